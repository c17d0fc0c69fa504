import { describe, expect, it } from 'vitest';
import { asCardId, asDeckId } from '../domain/ids.ts';
import { streak } from '../features/progress/progress-model.ts';
import { makeCard } from '../testing/cards.ts';
import { freshDb } from '../testing/db.ts';
import { loadProgressData } from './progress-repo.ts';
import type { ReviewRecord } from './schema.ts';

const log = (review: Date): ReviewRecord => ({
  cardId: asCardId('a'),
  deckId: asDeckId('sample'),
  rating: 3,
  stateBefore: 2,
  state: 2,
  due: review,
  stability: 10,
  difficulty: 5,
  scheduledDays: 10,
  learningSteps: 0,
  review,
  durationMs: 3000,
});

describe('progress repository', () => {
  it('reads the recent window of reviews and finds the studied days back to the first gap', async () => {
    const db = freshDb();
    await db.cards.add(makeCard({ id: 'a' }));
    // Local times, so the study days (starting at 4 am) are the same in any zone.
    const now = new Date(2026, 5, 20, 12, 0);
    const day = (back: number, hour: number) => new Date(2026, 5, 20 - back, hour, 0);
    // Not yet today; yesterday, the day before (two reviews, one after midnight, so still that
    // study day), 90 days back without a gap; then a gap, then more.
    const streakDays = Array.from({ length: 90 }, (_, i) => day(i + 1, 10));
    await db.reviews.bulkAdd([
      ...streakDays.map(log),
      log(day(1, 2)), // 2 am belongs to the study day before
      log(day(95, 10)),
      log(day(96, 10)),
    ]);
    const data = await loadProgressData(db, now, 4, 30, 365);
    expect(data.cards.map((c) => c.id)).toEqual(['a']);
    expect(data.recent.every((r) => r.review.getTime() >= now.getTime() - 30 * 86_400_000)).toBe(true);
    expect(data.recent.length).toBe(30);
    expect(data.reviewDays.length).toBe(90);
    expect(streak(data.reviewDays, now, 4)).toBe(90);
    // The year, counted day by day on the index: today none, yesterday one, the day before two.
    expect(data.year.length).toBe(365);
    expect(data.year.slice(-4)).toEqual([1, 2, 1, 0]);
    expect(data.year.reduce((a, b) => a + b, 0)).toBe(93);
    expect(data.year[365 - 1 - 95]).toBe(1);
    expect(data.year[365 - 1 - 93]).toBe(0);
  });

  it('has no studied days without reviews', async () => {
    const db = freshDb();
    const data = await loadProgressData(db, new Date(2026, 5, 20, 12), 4, 30, 7);
    expect(data).toEqual({ cards: [], recent: [], reviewDays: [], year: [0, 0, 0, 0, 0, 0, 0] });
  });
});
