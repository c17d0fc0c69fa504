import { describe, expect, it } from 'vitest';
import type { Clause } from '../retell.ts';
import { rewordings, withNameFirst, withNameOnly, withOtherVerb } from './own-words.ts';

const clause = (over: Partial<Clause>): Clause => ({
  subject: 'Borduria',
  past: 'signed',
  infinitive: 'sign',
  passive: null,
  rest: ' the Harbour Accord',
  ...over,
});

describe('own words', () => {
  it('puts another verb for the same event, in the active and the passive', () => {
    expect(withOtherVerb(clause({}))).toMatchObject({ past: 'concluded', infinitive: 'conclude' });
    expect(withOtherVerb(clause({ subject: 'The Harbour Accord', passive: 'was', rest: '' }))).toMatchObject({
      past: 'concluded',
      passive: 'was',
    });
  });

  it('changes a verb only in the sense it has in the clause', () => {
    expect(
      withOtherVerb(clause({ past: 'paid', infinitive: 'pay', rest: ' a state visit to Varna' })),
    ).toMatchObject({ past: 'made' });
    expect(withOtherVerb(clause({ past: 'paid', infinitive: 'pay', rest: ' its debts' }))).toBeNull();
    expect(withOtherVerb(clause({ past: 'crowded', infinitive: 'crowd' }))).toBeNull();
  });

  it('tells a meeting held somewhere, and meeting someone, each in its own words', () => {
    expect(withOtherVerb(clause({ past: 'met', infinitive: 'meet', rest: ' in Varna' }))?.past).toBe(
      'held a meeting',
    );
    expect(withOtherVerb(clause({ past: 'met', infinitive: 'meet', rest: ' Tomas Varga' }))?.past).toBe(
      'held talks with',
    );
    expect(withOtherVerb(clause({ past: 'met', infinitive: 'meet', rest: ' with Tomas Varga' }))).toBeNull();
  });

  it('names a person before their office, or alone, only where the fact names that person', () => {
    const names = ['Tomas Varga'];
    expect(withNameFirst(clause({ subject: "Borduria's first envoy Tomas Varga" }), names)?.subject).toBe(
      "Tomas Varga, Borduria's first envoy,",
    );
    expect(withNameOnly(clause({ subject: 'Foreign Minister Tomas Varga' }), names)?.subject).toBe(
      'Tomas Varga',
    );
    expect(withNameOnly(clause({ subject: 'Premier Ivo Hollo and envoy Tomas Varga' }), names)).toBeNull();
    expect(
      withNameFirst(clause({ subject: 'Prime Minister Liaquat Ali Khan' }), ['Liaquat Ali Khan'])?.subject,
    ).toBe('Liaquat Ali Khan, Prime Minister,');
    expect(withNameFirst(clause({ subject: 'Borduria and Ruritania' }), names)).toBeNull();
  });

  it('offers the clause as it stands first, then its rewordings', () => {
    const all = rewordings(clause({ subject: "Borduria's first envoy Tomas Varga" }), ['Tomas Varga']);
    expect(all[0]?.past).toBe('signed');
    expect(all.some((c) => c.past === 'concluded' && c.subject.startsWith('Tomas Varga'))).toBe(true);
  });
});
