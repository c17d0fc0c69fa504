import { describe, expect, it } from 'vitest';
import { buildDeck } from '../extract/deck/index.ts';
import { copiedStrings, copyWords, type GoldFile, scoreDeck, scoreSheet } from './deck-score.ts';
import { ARTICLE_A, ARTICLE_B, resultA, resultB } from './fixtures/deck/facts.ts';

const ERAS = [
  { id: 'early', name: 'The early years', from: null, to: 1969, blurb: 'First contacts.' },
  { id: 'late', name: 'The later years', from: 1970, to: null, blurb: 'Trade grows.' },
];
const texts = new Map([
  ['a.txt', ARTICLE_A],
  ['b.txt', ARTICLE_B],
]);

describe('copyWords', () => {
  it('counts runs of letters, digits and apostrophes, case and punctuation ignored', () => {
    expect(copyWords('A nuclear-free zone, Pakistan’s "U-2" (1960)')).toEqual([
      'a',
      'nuclear',
      'free',
      'zone',
      "pakistan's",
      'u',
      '2',
      '1960',
    ]);
  });
});

describe('copiedStrings', () => {
  it('finds every string holding ten words of an article in a row, and only those', () => {
    const article = 'One two three four five six seven eight nine ten eleven.';
    const deck = {
      prompt: 'ONE two, three-four five six seven eight nine ten?',
      nested: [{ answer: 'two three four five six seven eight nine ten' }],
      short: 'one two three four five six seven eight nine',
    };
    expect(copiedStrings(deck, [article]).map((c) => c.text)).toEqual([deck.prompt]);
  });
});

describe('scoreDeck', () => {
  const built = buildDeck({
    id: 'ruritania',
    title: 'Ruritania and Borduria',
    description: 'Test deck.',
    eras: ERAS,
    results: [resultA(), resultB()],
    texts,
  });
  const extracted = [resultA(), resultB()].flatMap((r) => r.facts);

  it('counts an event told by two articles once, covered by the deck fact both meet', () => {
    const varga = extracted.filter((f) => f.summary.includes('Varga'));
    const gold: GoldFile = {
      facts: varga.map((f) => ({
        source: f.source,
        date: f.date,
        type: 'visit',
        quote: (texts.get(f.source) ?? '').slice(f.span[0], f.span[1]),
      })),
      conflicts: [],
    };
    const s = scoreDeck(built.deck, extracted, built.outcomes, gold, texts);
    expect(s.events).toHaveLength(1);
    expect(s.covered).toBe(1);
    expect(scoreSheet('test', s)).toContain('coverage: 1/1 (100.0%)');
  });

  it('says an event no extracted fact tells is not extracted, and finds the flagged conflict', () => {
    const gold: GoldFile = {
      facts: [{ source: 'a.txt', date: '1999', type: 'other', quote: 'Relations between Ruritania' }],
      conflicts: [
        {
          topic: 'the Varga visit',
          claims: extracted
            .filter((f) => f.summary.includes('Varga'))
            .map((f) => ({
              source: f.source,
              date: f.date,
              quote: (texts.get(f.source) ?? '').slice(f.span[0], f.span[1]),
            })),
          note: 'unresolved',
        },
      ],
    };
    const s = scoreDeck(built.deck, extracted, built.outcomes, gold, texts);
    expect(s.events[0]?.reason).toBe('not extracted');
    expect(s.conflicts).toEqual([{ topic: 'the Varga visit', found: true }]);
    expect(s.kinds.when).toBeGreaterThan(0);
  });
});
