// The whole pipeline on articles in our own words: what a candidate would see after an import.
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../domain/deck-schema.ts';
import { copiedStrings } from '../../testing/deck-score.ts';
import { CHINA_TIES } from '../../testing/fixtures/extract/china-ties.ts';
import { CHINA_TIMELINE } from '../../testing/fixtures/extract/china-timeline.ts';
import { TURKEY_TIES } from '../../testing/fixtures/extract/turkey-ties.ts';
import { extractArticles } from '../index.ts';
import { buildDeck } from './build-deck.ts';

const inputs = [
  { source: 'china-ties.txt', text: CHINA_TIES },
  { source: 'turkey-ties.txt', text: TURKEY_TIES },
  { source: 'china-timeline.txt', text: CHINA_TIMELINE },
];

function deck() {
  return buildDeck({
    id: 'ties',
    title: 'Ties',
    description: 'Two fixture articles.',
    eras: null,
    results: extractArticles(inputs),
    texts: new Map(inputs.map((i) => [i.source, i.text])),
  }).deck;
}

describe('extract then write a deck', () => {
  it('writes a valid deck with questions about named events, in our own words', () => {
    const d = deck();
    expect(parseDeck(d).ok).toBe(true);
    const prompts = d.cards.map((c) => c.prompt);
    expect(prompts).toContain('When did President Turgut Ozal visit Islamabad?');
    expect(prompts).toContain('When was the Ankara Declaration signed by the two foreign ministers?');
    expect(prompts).toContain('In which year did Benazir Bhutto go to Ankara?');
    expect(prompts).toContain("When did Pakistan recognise the People's Republic of China?");
    expect(prompts).toContain('In which year did work on the Karakoram Highway start?');
    // The relative clause's date (Nixon's visit, February 1972) is not given to Kissinger's trip.
    const trip = d.cards.filter((c) => c.kind === 'when' && c.prompt.includes('Kissinger'));
    expect(trip.map((c) => c.answer)).toEqual(['July 1971']);
    // Every string the deck writer wrote (a source's title is the article's headline, cited as it is).
    expect(
      copiedStrings(
        { ...d, sources: [] },
        inputs.map((i) => i.text),
      ),
    ).toEqual([]);
  });

  it('asks nothing vague or broken', () => {
    for (const c of deck().cards) {
      expect(c.prompt).toMatch(/^(?:When|In which|On|In|Who|What|Which|Put)\b.*[?.]$/);
      // No pronoun that points outside the card, no doubled word, no phrase cut before the mark.
      // ("Put these events … in order" is the order card's own wording.)
      // ("… did this happen?" is the plain card's own wording.)
      const own = c.prompt.replace(/ did this happen\?/, '');
      if (c.kind !== 'order') expect(own).not.toMatch(/\b(?:he|she|it|they|this|these)\b/i);
      expect(c.prompt).not.toMatch(/\b(\w+) \1\b/i);
      expect(c.prompt).not.toMatch(/\b(?:a|an|the|of|to|with|in|and|as)\?$/i);
    }
  });
});
