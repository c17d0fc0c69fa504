import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../domain/deck-schema.ts';
import { ARTICLE_A, ARTICLE_B, makeFact, resultA, resultB } from '../../testing/fixtures/deck/facts.ts';
import type { ExtractionResult } from '../types.ts';
import { buildDeck, type DeckInput } from './build-deck.ts';
import { copiedRun, copyIndex } from './copy-guard.ts';

const ERAS = [
  { id: 'early', name: 'The early years', from: null, to: 1969, blurb: 'First contacts.' },
  { id: 'late', name: 'The later years', from: 1970, to: null, blurb: 'Trade grows.' },
];

function input(results: ExtractionResult[] = [resultA(), resultB()]): DeckInput {
  return {
    id: 'ruritania',
    title: 'Ruritania and Borduria',
    description: 'Test deck.',
    eras: ERAS,
    results,
    texts: new Map([
      ['a.txt', ARTICLE_A],
      ['b.txt', ARTICLE_B],
    ]),
  };
}

describe('buildDeck', () => {
  it('is deterministic, whatever the order of its input', () => {
    const one = JSON.stringify(buildDeck(input()).deck);
    const two = JSON.stringify(buildDeck(input([resultB(), resultA()])).deck);
    expect(two).toBe(one);
  });

  it('writes a deck the schema accepts, with a conflict on the merged visit', () => {
    const { deck } = buildDeck(input());
    expect(parseDeck(deck).ok).toBe(true);
    const varga = deck.facts.find((f) => f.summary.includes('Varga'));
    expect(varga?.sources.map((s) => s.source)).toEqual(['a', 'b']);
    expect(varga?.conflict?.field).toBe('date');
    const when = deck.cards.find((c) => c.kind === 'when' && c.facts[0] === varga?.id);
    expect(when?.prompt).toBe(
      'When did Foreign Minister Tomas Varga visit Ruritania for talks on river trade?',
    );
    expect(when?.answer).toBe('12 March 1961');
    expect(when?.conflict).toEqual(varga?.conflict);
  });

  it('keeps the ids of untouched facts and cards when another fact changes or is added', () => {
    const before = buildDeck(input()).deck;
    const a = resultA();
    const edited: ExtractionResult = {
      ...a,
      facts: [
        ...a.facts.map((f) =>
          f.date === '1972' ? { ...f, summary: 'A railway joining the capitals opened for freight.' } : f,
        ),
        makeFact({
          source: 'a.txt',
          date: '1990',
          precision: 'year',
          type: 'organization',
          actors: ['Ruritania', 'League of Rivers'],
          place: null,
          summary: 'Ruritania joined the League of Rivers.',
          paragraph: 6,
          span: [500, 540],
        }),
      ],
    };
    const after = buildDeck(input([edited, resultB()])).deck;
    const untouched = before.facts.filter((f) => !f.summary.includes('rail'));
    for (const f of untouched) expect(after.facts.map((x) => x.id)).toContain(f.id);
    const cardIds = new Set(after.cards.map((c) => c.id));
    for (const c of before.cards.filter(
      (c) => c.kind !== 'order' && untouched.some((f) => f.id === c.facts[0]),
    )) {
      expect(cardIds.has(c.id)).toBe(true);
    }
  });

  it('gives multiple-choice dates three wrong options that no source claims', () => {
    const { deck } = buildDeck(input());
    for (const c of deck.cards.filter((x) => x.kind === 'mcq-date')) {
      expect(c.choices).toHaveLength(4);
      expect(c.choices).toContain(c.answer);
      expect(c.conflict?.field).not.toBe('date');
    }
  });

  it('drops a fact whose summary copies ten words of an article, and copies nothing anywhere', () => {
    const a = resultA();
    const copying: ExtractionResult = {
      ...a,
      facts: a.facts.map((f) =>
        f.date === '1975'
          ? {
              ...f,
              summary:
                'Prime Minister Elena Kossuth opened a steel works at Varna in 1975 with Bordurian money.',
            }
          : f,
      ),
    };
    const { deck, dropped } = buildDeck(input([copying, resultB()]));
    expect(deck.facts.some((f) => f.summary.includes('Kossuth'))).toBe(false);
    expect(dropped.some((d) => d.includes('Kossuth'))).toBe(true);
    const guard = copyIndex([ARTICLE_A, ARTICLE_B]);
    expect(copiedRun(JSON.stringify(deck), guard)).toBeNull();
  });

  it('falls back to decade eras when none are given', () => {
    const { deck } = buildDeck({ ...input(), eras: null });
    expect(deck.eras.map((e) => e.id)).toEqual(['1960s', '1970s', '1980s']);
  });
});
