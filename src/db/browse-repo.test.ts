import { describe, expect, it } from 'vitest';
import { asCardId, asDeckId } from '../domain/ids.ts';
import { makeCard } from '../testing/cards.ts';
import { freshDb } from '../testing/db.ts';
import { cardHistory, setSuspended } from './browse-repo.ts';

describe('browse repository', () => {
  it('suspends and unsuspends a card, and refuses an unknown one', async () => {
    const db = freshDb();
    await db.cards.add(makeCard({ id: 'a' }));
    await setSuspended(db, asCardId('a'), true);
    expect((await db.cards.get(asCardId('a')))?.suspended).toBe(1);
    await setSuspended(db, asCardId('a'), false);
    expect((await db.cards.get(asCardId('a')))?.suspended).toBe(0);
    await expect(setSuspended(db, asCardId('nope'), true)).rejects.toThrow(/No card/);
  });

  it('lists a card’s reviews oldest first', async () => {
    const db = freshDb();
    const log = {
      cardId: asCardId('a'),
      deckId: asDeckId('sample'),
      stateBefore: 0 as const,
      state: 1 as const,
      due: new Date(),
      stability: 1,
      difficulty: 5,
      scheduledDays: 0,
      learningSteps: 1,
      durationMs: 1000,
    };
    await db.reviews.bulkAdd([
      { ...log, rating: 3, review: new Date('2026-03-02T10:00:00Z') },
      { ...log, rating: 1, review: new Date('2026-03-01T10:00:00Z') },
      { ...log, cardId: asCardId('b'), rating: 4, review: new Date('2026-03-03T10:00:00Z') },
    ]);
    expect((await cardHistory(db, asCardId('a'))).map((r) => r.rating)).toEqual([1, 3]);
  });
});
