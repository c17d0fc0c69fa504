import { describe, expect, it } from 'vitest';
import { makeDeckCard } from '../testing/cards.ts';
import { seedRecords } from './seed.ts';

describe('bench seed', () => {
  it('copies the deck to the asked size, 60% review, 10% learning, the rest new, with logs before today', () => {
    const nowMs = Date.parse('2026-03-01T10:00:00Z');
    const deck = {
      format: 'css-recall-deck/1',
      id: 'shipped',
      title: 'T',
      description: 'D',
      version: 'v',
      eras: [],
      sources: [],
      facts: [],
      cards: [makeDeckCard({ id: 'a' }), makeDeckCard({ id: 'b' })],
    } as unknown as Parameters<typeof seedRecords>[0];
    const seed = seedRecords(deck, { cards: 2000, reviews: 5000, nowMs });
    expect(seed.cards).toHaveLength(2000);
    expect(new Set(seed.cards.map((c) => c.id)).size).toBe(2000);
    expect(seed.cards.every((c) => c.content.id === c.id)).toBe(true);
    const share = (f: (s: number) => boolean) => seed.cards.filter((c) => f(c.state)).length / 2000;
    expect(share((s) => s === 2)).toBeCloseTo(0.6, 1);
    expect(share((s) => s === 1 || s === 3)).toBeCloseTo(0.1, 1);
    expect(share((s) => s === 0)).toBeCloseTo(0.3, 1);
    expect(seed.reviews).toHaveLength(5000);
    expect(seed.reviews.every((r) => r.reviewMs <= nowMs - 86_400_000)).toBe(true);
    expect(seedRecords(deck, { cards: 2000, reviews: 5000, nowMs })).toEqual(seed);
  });
});
