// A card's schedule computed again from its review history: each rating applied in time order to a
// card that starts new, so the schedule cannot contradict the log.
import { newSchedulingFields, type RatingValue, type Scheduler, type SchedulingFields } from './scheduler.ts';

export interface PastRating {
  rating: RatingValue;
  review: Date;
}

/**
 * The schedule `ratings` give a card that was new before the first of them, or null when there are
 * none. The ratings may come in any order; they are applied oldest first.
 */
export function replaySchedule(
  scheduler: Scheduler,
  ratings: readonly PastRating[],
): SchedulingFields | null {
  const ordered = [...ratings].sort((a, b) => a.review.getTime() - b.review.getTime());
  const first = ordered[0];
  if (!first) return null;
  let card = newSchedulingFields(first.review);
  for (const r of ordered) card = scheduler.rate(card, r.rating, r.review).card;
  return card;
}
