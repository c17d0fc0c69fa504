import { describe, expect, it } from 'vitest';
import {
  hasVerbNotName,
  namesCountry,
  namesKnownPlace,
  pastTense,
  peopleAndPlaces,
  verbsOf,
  wordTags,
} from './nlp.ts';

describe('the compromise wrapper', () => {
  it('reads the people and places of a text', () => {
    const read = peopleAndPlaces('Nelson Mandela flew to Paris.');
    expect(read.people).toEqual(['Nelson Mandela']);
    expect(read.places).toEqual(['Paris.']);
  });

  it('tells whether a text names a known place or a country', () => {
    expect(namesKnownPlace('Paris')).toBe(true);
    expect(namesKnownPlace('a long meeting')).toBe(false);
    expect(namesCountry('France')).toBe(true);
    expect(namesCountry('the treaty')).toBe(false);
    // A second call is answered from the cache, with the same answer.
    expect(namesCountry('France')).toBe(true);
  });

  it('gives the past of a base verb, or null', () => {
    expect(pastTense('visit')).toBe('visited');
    expect(pastTense('sign')).toBe('signed');
    expect(pastTense('')).toBeNull();
  });

  it('reads verbs with their offsets, tense, form and negation', () => {
    const text = 'The minister did not sign the accord; the treaty was signed by both sides.';
    const verbs = verbsOf(text);
    expect(verbs.map((v) => [v.text, v.start, v.infinitive, v.tense, v.negative])).toEqual([
      ['did not sign', text.indexOf('did'), 'sign', 'PastTense', true],
      ['was signed', text.indexOf('was'), 'sign', 'PastTense', false],
    ]);
    expect(verbs[1]?.form).toBe('passive-past');
    expect(verbs[1]?.auxiliary).toBe('was');
    expect(verbsOf('It is late.')[0]?.copula).toBe(true);
  });

  it('tells a verb from a name', () => {
    expect(hasVerbNotName('the army marched')).toBe(true);
    expect(hasVerbNotName('the army chief')).toBe(false);
  });

  it("gives a word's proper-noun and plural tags", () => {
    expect(wordTags('Ministers')).toEqual({ properNoun: false, plural: true });
    expect(wordTags('Pakistan')).toEqual({ properNoun: true, plural: false });
  });
});
