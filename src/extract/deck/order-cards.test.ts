import { describe, expect, it } from 'vitest';
import type { Era } from '../../domain/deck-schema.ts';
import type { FactDraft } from './draft.ts';
import { eraInPrompt, orderCards } from './order-cards.ts';

const ERA: Era = { id: 'e', name: 'The river years', from: 1950, to: 1969, blurb: '' };

function draft(year: number, subject: string): FactDraft {
  return {
    fact: {
      id: `f${year}`,
      date: { value: String(year), precision: 'year' },
      era: 'e',
      type: 'other',
      actors: [],
      place: null,
      object: null,
      summary: `${subject} opened a bridge.`,
      sources: [{ source: 's', paragraph: 1, item: null }],
      conflict: null,
    },
    clause: { subject, past: 'opened', infinitive: 'open', passive: null, rest: ' a bridge' },
    people: [],
    sortKey: String(year),
    nation: null,
    told: true,
    sentence: '',
    clauseText: '',
    source: 'a.txt',
  };
}

describe('orderCards', () => {
  it('needs four events with distinct years', () => {
    expect(
      orderCards(ERA, [draft(1950, 'Ruritania'), draft(1951, 'Borduria'), draft(1952, 'Syldavia')]),
    ).toEqual([]);
  });

  it('splits many events into cards of four or five, each in date order', () => {
    const drafts = [1950, 1952, 1953, 1955, 1956, 1958, 1960, 1961, 1963].map((y) =>
      draft(y, `Town ${y - 1900}`),
    );
    const cards = orderCards(ERA, drafts);
    expect(cards).toHaveLength(2);
    for (const card of cards) {
      const years = (card.order ?? []).map((o) => Number(o.date));
      expect(years.length).toBeGreaterThanOrEqual(4);
      expect([...years].sort()).toEqual(years);
    }
  });
});

describe('eraInPrompt', () => {
  it('puts an era title after its years in brackets, and lowercases a leading "The" or "Before"', () => {
    expect(eraInPrompt('1954–64: Western pacts and the U-2 crisis')).toBe(
      '1954–64 (Western pacts and the U-2 crisis)',
    );
    expect(eraInPrompt('The 1950s')).toBe('the 1950s');
    expect(eraInPrompt('Before 1947')).toBe('before 1947');
  });
});
