import { describe, expect, it } from 'vitest';
import { buildQueue, type QueueCard } from './queue.ts';
import { putFirst } from './study-first.ts';

const now = new Date('2026-02-10T12:00:00Z');
const card = (id: string, over: Partial<QueueCard & { last_review: Date }> = {}) => ({
  id,
  deckId: 'd',
  era: 'e1',
  due: new Date('2026-02-10T11:00:00Z'),
  state: 2 as const,
  suspended: 0 as const,
  retired: 0 as const,
  ...over,
});
const options = {
  now,
  dayEnd: new Date('2026-02-11T04:00:00Z'),
  newPerDay: 1,
  reviewsPerDay: 100,
  newDoneToday: 0,
  reviewsDoneToday: 0,
  decks: [],
  eras: [],
};
const sent = new Date('2026-02-10T09:00:00Z');

describe('putFirst', () => {
  const cards = [
    card('due'),
    card('later', { due: new Date('2026-03-01T00:00:00Z') }),
    card('new1', { state: 0 }),
    card('new2', { state: 0 }),
    card('rated', { due: new Date('2026-03-01T00:00:00Z'), last_review: new Date('2026-02-10T10:00:00Z') }),
    card('other-era', { era: 'e2', due: new Date('2026-03-01T00:00:00Z') }),
  ];
  const queue = buildQueue(cards, options);

  it('puts the sent cards first in the order sent, due or not, and counts each once', () => {
    const first = ['later', 'new2', 'due'].map((cardId, i) => ({
      cardId,
      addedAt: new Date(sent.getTime() + i),
    }));
    const out = putFirst(queue, cards, first, options);
    expect(out.cards.map((c) => c.id)).toEqual(['later', 'new2', 'due', 'new1']);
    expect(out.counts).toEqual({ new: 2, learning: 0, review: 2 });
    expect(queue.cards.map((c) => c.id)).toEqual(['due', 'new1']);
  });

  it('lets go of a card once it is rated after being sent, and of cards outside the selection', () => {
    const first = [
      { cardId: 'rated', addedAt: sent },
      { cardId: 'other-era', addedAt: sent },
      { cardId: 'gone', addedAt: sent },
    ];
    expect(putFirst(queue, cards, first, { decks: [], eras: ['e1'] })).toBe(queue);
    expect(putFirst(queue, cards, [], options)).toBe(queue);
  });

  it('holds back the due siblings of a sent card when siblings are buried', () => {
    const fact = (c: { id: string }) => [c.id.replace(/-.*/, '')];
    const cards = [card('a-review'), card('b-review'), card('a-new', { state: 0 })];
    const bury = { studied: new Set<string>(), keysOf: fact };
    const q = buildQueue(cards, { ...options, bury });
    const out = putFirst(q, cards, [{ cardId: 'a-new', addedAt: sent }], { ...options, bury });
    expect(out.cards.map((c) => c.id)).toEqual(['a-new', 'b-review']);
    expect(out.counts).toEqual({ new: 1, learning: 0, review: 1 });
    expect(out.buried).toBe(q.buried + 1);
  });
});
