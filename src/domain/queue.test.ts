import { describe, expect, it } from 'vitest';
import { buildQueue, type QueueCard, type QueueOptions } from './queue.ts';

const now = new Date('2026-03-01T10:00:00Z');
const ago = (min: number) => new Date(now.getTime() - min * 60_000);
const card = (id: string, over: Partial<QueueCard> = {}): QueueCard => ({
  id,
  deckId: 'd1',
  era: 'early',
  due: ago(60),
  state: 0,
  suspended: 0,
  retired: 0,
  ...over,
});
const opts: QueueOptions = {
  now,
  dayEnd: new Date('2026-03-02T04:00:00Z'),
  newPerDay: 2,
  reviewsPerDay: 1,
  newDoneToday: 0,
  reviewsDoneToday: 0,
  decks: [],
  eras: [],
};

describe('study queue', () => {
  it('shows due learning cards, then reviews, then new cards, within the daily limits', () => {
    const q = buildQueue(
      [
        card('n1', { due: ago(3) }),
        card('n2', { due: ago(2) }),
        card('n3', { due: ago(1) }),
        card('r1', { state: 2, due: ago(100) }),
        card('r2', { state: 2, due: ago(50) }),
        card('l1', { state: 1, due: ago(1) }),
        card('later', { state: 2, due: new Date('2026-03-05T00:00:00Z') }),
      ],
      opts,
    );
    expect(q.cards.map((c) => c.id)).toEqual(['l1', 'r1', 'n1', 'n2']);
    expect(q.counts).toEqual({ new: 2, learning: 1, review: 1 });
  });

  it('counts what was done today against the limits', () => {
    const q = buildQueue([card('n1'), card('n2'), card('r1', { state: 2 })], {
      ...opts,
      newDoneToday: 1,
      reviewsDoneToday: 1,
    });
    expect(q.cards.map((c) => c.id)).toEqual(['n1']);
  });

  it('keeps to the chosen decks and eras and leaves out suspended and retired cards', () => {
    const cards = [
      card('a', { era: 'early' }),
      card('b', { era: 'later' }),
      card('c', { deckId: 'd2', era: 'later' }),
      card('s', { era: 'later', suspended: 1 }),
      card('x', { era: 'later', retired: 1 }),
    ];
    const big = { ...opts, newPerDay: 20 };
    expect(buildQueue(cards, { ...big, eras: ['later'] }).cards.map((c) => c.id)).toEqual(['b', 'c']);
    expect(buildQueue(cards, { ...big, decks: ['d2'] }).cards.map((c) => c.id)).toEqual(['c']);
    expect(buildQueue(cards, big).cards).toHaveLength(3);
  });

  it('reports the next learning card due later today', () => {
    const soon = new Date(now.getTime() + 5 * 60_000);
    const q = buildQueue([card('l', { state: 1, due: soon })], opts);
    expect(q.cards).toEqual([]);
    expect(q.nextLearningDue).toEqual(soon);
  });
});
