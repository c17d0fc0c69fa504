import { describe, expect, it } from 'vitest';
import type { ReviewRecord } from '../../db/schema.ts';
import { asCardId, asDeckId } from '../../domain/ids.ts';
import { makeCard } from '../../testing/cards.ts';
import { percent, reviewsPerDay, streak, studyDayIndex, tallyByEra } from './progress-model.ts';

const review = (cardId: string, at: string, rating: 1 | 2 | 3 | 4, stateBefore: 0 | 2 = 2): ReviewRecord => ({
  cardId: asCardId(cardId),
  deckId: asDeckId('sample'),
  rating,
  stateBefore,
  state: 2,
  due: new Date(at),
  stability: 10,
  difficulty: 5,
  scheduledDays: 10,
  learningSteps: 0,
  review: new Date(at),
  durationMs: 3000,
});

describe('progress model', () => {
  it('starts a study day at the set hour, local time', () => {
    // The tests run with the machine's zone; build local times so the check holds in any zone.
    const before = new Date(2026, 2, 10, 3, 59);
    const after = new Date(2026, 2, 10, 4, 0);
    expect(studyDayIndex(after, 4) - studyDayIndex(before, 4)).toBe(1);
    expect(studyDayIndex(new Date(2026, 2, 10, 23, 0), 4)).toBe(studyDayIndex(after, 4));
    expect(studyDayIndex(new Date(2026, 2, 10, 23, 0), 0)).toBe(
      studyDayIndex(new Date(2026, 2, 10, 0, 0), 0),
    );
  });

  it('tallies cards and true retention by era, leaving out suspended and retired cards', () => {
    const now = new Date('2026-06-01T12:00:00Z');
    const cards = [
      makeCard({
        id: 'a',
        era: 'early',
        state: 2,
        scheduled_days: 30,
        due: new Date('2026-07-01T00:00:00Z'),
      }),
      makeCard({ id: 'b', era: 'early', state: 1, due: new Date('2026-05-31T00:00:00Z') }),
      makeCard({ id: 'c', era: 'late' }),
      makeCard({ id: 'd', era: 'late', suspended: 1, state: 2 }),
      makeCard({ id: 'e', era: 'late', retired: 1 }),
    ];
    const reviews = [
      review('a', '2026-05-20T10:00:00Z', 3),
      review('a', '2026-05-25T10:00:00Z', 1),
      review('b', '2026-05-25T10:00:00Z', 3, 0),
      review('a', '2026-01-01T10:00:00Z', 1),
    ];
    const { total, eras } = tallyByEra(cards, reviews, now);
    expect(total).toEqual({ cards: 3, seen: 2, mature: 1, due: 1, checked: 2, recalled: 1 });
    expect(eras.get('late')).toEqual({ cards: 1, seen: 0, mature: 0, due: 0, checked: 0, recalled: 0 });
    expect(percent(total.recalled, total.checked)).toBe(50);
    expect(percent(0, 0)).toBeNull();
  });

  it('counts reviews per day and the streak', () => {
    const now = new Date(2026, 5, 10, 12, 0);
    const reviews = [
      review('a', new Date(2026, 5, 10, 9, 0).toISOString(), 3),
      review('a', new Date(2026, 5, 9, 9, 0).toISOString(), 3),
      review('b', new Date(2026, 5, 9, 22, 0).toISOString(), 3),
      review('a', new Date(2026, 5, 7, 9, 0).toISOString(), 3),
    ];
    expect(reviewsPerDay(reviews, now, 4, 4)).toEqual([1, 0, 2, 1]);
    expect(streak(reviews, now, 4)).toBe(2);
    // Before today's first review the streak still counts up to yesterday.
    expect(streak(reviews.slice(1), now, 4)).toBe(1);
    expect(streak([], now, 4)).toBe(0);
  });
});
