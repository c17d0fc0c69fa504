import { describe, expect, it } from 'vitest';
import { asCardId, asDeckId } from '../domain/ids.ts';
import { makeCard } from '../testing/cards.ts';
import { freshDb } from '../testing/db.ts';
import { testScheduler as scheduler } from '../testing/scheduler.ts';
import { repairCards, unusableSchedule } from './repair.ts';
import { recordReview } from './study-repo.ts';

const now = new Date('2026-03-10T10:00:00Z');

describe('repairCards', () => {
  it('rebuilds cards with unusable schedules from their reviews, or as new, and leaves the rest alone', async () => {
    const db = freshDb();
    const good = makeCard({ id: 'd:good' });
    await db.cards.bulkAdd([
      good,
      makeCard({ id: 'd:studied' }),
      makeCard({ id: 'd:never', state: 2, stability: Number.POSITIVE_INFINITY }),
    ]);
    const studied = await db.cards.get(asCardId('d:studied'));
    if (!studied) throw new Error('missing');
    const { card: rated } = await recordReview(
      db,
      studied,
      scheduler.rate(studied, 3, new Date('2026-03-01T10:00:00Z')),
      1000,
    );
    await db.cards.update(asCardId('d:studied'), { due: new Date(Number.NaN) });

    const report = await repairCards(db, now);
    expect(report.repaired.map((r) => r.problem).sort()).toEqual([
      'its due date is not a date',
      'its stability is not a usable number',
    ]);
    expect(await db.cards.get(asCardId('d:studied'))).toEqual(rated);
    expect(await db.cards.get(asCardId('d:never'))).toMatchObject({
      state: 0,
      stability: 0,
      due: now,
      reps: 0,
    });
    expect(await db.cards.get(asCardId('d:good'))).toEqual(good);
    expect((await repairCards(db, now)).repaired).toEqual([]);
  });

  it('accepts what the app itself writes', () => {
    expect(unusableSchedule(makeCard({ id: 'x', deckId: asDeckId('d') }))).toBeNull();
  });
});
