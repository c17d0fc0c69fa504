import { describe, expect, it } from 'vitest';
import { asCardId, asDeckId } from '../domain/ids.ts';
import { makeCard } from '../testing/cards.ts';
import { freshDb } from '../testing/db.ts';
import { exportBackup, restoreBackup } from './backup.ts';
import type { ReviewRecord } from './schema.ts';

const review: Omit<ReviewRecord, 'review'> = {
  cardId: asCardId('a'),
  deckId: asDeckId('sample'),
  rating: 3,
  stateBefore: 0,
  state: 1,
  due: new Date('2026-03-01T10:10:00Z'),
  stability: 2.3,
  difficulty: 5.1,
  scheduledDays: 0,
  learningSteps: 1,
  durationMs: 4200,
};

describe('backup', () => {
  it('round-trips progress, reviews and settings through JSON onto a fresh device', async () => {
    const from = freshDb();
    const studied = makeCard({
      id: 'a',
      state: 2,
      reps: 3,
      stability: 12.5,
      difficulty: 4.2,
      scheduled_days: 12,
      due: new Date('2026-03-13T10:00:00Z'),
      last_review: new Date('2026-03-01T10:00:00Z'),
    });
    await from.cards.bulkAdd([studied, makeCard({ id: 'b', suspended: 1 }), makeCard({ id: 'c' })]);
    await from.reviews.add({ ...review, review: new Date('2026-03-01T10:00:00Z') });
    await from.settings.put({ key: 'newPerDay', value: 12 });
    const file = JSON.parse(JSON.stringify(await exportBackup(from, new Date('2026-03-02T00:00:00Z'))));
    expect(file.cards.map((c: { id: string }) => c.id)).toEqual(['a', 'b']);

    const to = freshDb();
    await to.cards.bulkAdd([makeCard({ id: 'a' }), makeCard({ id: 'b' }), makeCard({ id: 'c' })]);
    const summary = await restoreBackup(to, file);
    expect(summary).toEqual({ cards: 2, reviews: 1, unknownCards: 0 });
    expect(await to.cards.get(asCardId('a'))).toEqual(studied);
    expect((await to.cards.get(asCardId('b')))?.suspended).toBe(1);
    expect((await to.reviews.toArray()).map((r) => r.review)).toEqual([new Date('2026-03-01T10:00:00Z')]);
    expect(await to.settings.get('newPerDay')).toEqual({ key: 'newPerDay', value: 12 });

    // Restoring twice adds no review twice.
    expect((await restoreBackup(to, file)).reviews).toBe(0);
    expect(await to.reviews.count()).toBe(1);
  });

  it('counts cards no deck here has, and keeps their reviews', async () => {
    const from = freshDb();
    await from.cards.add(makeCard({ id: 'gone', reps: 1 }));
    const file = JSON.parse(JSON.stringify(await exportBackup(from, new Date())));
    const to = freshDb();
    expect(await restoreBackup(to, file)).toEqual({ cards: 0, reviews: 0, unknownCards: 1 });
  });

  it('refuses a file that is not a backup, and changes nothing', async () => {
    const db = freshDb();
    await db.cards.add(makeCard({ id: 'a' }));
    await expect(restoreBackup(db, { hello: 'world' })).rejects.toThrow(/not a CSS Recall backup/);
    await expect(restoreBackup(db, null)).rejects.toThrow(/not a CSS Recall backup/);
    expect(await db.cards.get(asCardId('a'))).toEqual(makeCard({ id: 'a' }));
  });
});
