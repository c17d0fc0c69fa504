// Recall statistics from cards and review logs: per era, retention, reviews per study day, streak.
import type { CardRecord, ReviewRecord } from '../../db/schema.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
/** An interval of this many days or more makes a card "mature", as in Anki. */
export const MATURE_DAYS = 21;

export interface Tally {
  cards: number;
  seen: number;
  mature: number;
  due: number;
  /** Reviews of cards already in review (not learning) in the window, and how many were recalled. */
  checked: number;
  recalled: number;
}

const emptyTally = (): Tally => ({ cards: 0, seen: 0, mature: 0, due: 0, checked: 0, recalled: 0 });

/** The study-day index of a moment: days since the epoch, each beginning at `dayStartHour` local time. */
export function studyDayIndex(at: Date, dayStartHour: number): number {
  const local = at.getTime() - at.getTimezoneOffset() * 60_000 - dayStartHour * 3_600_000;
  return Math.floor(local / DAY_MS);
}

/** Totals for all cards and for each era; retired and suspended cards are left out. */
export function tallyByEra(
  cards: readonly CardRecord[],
  reviews: readonly ReviewRecord[],
  now: Date,
  windowDays = 30,
): { total: Tally; eras: Map<string, Tally> } {
  const total = emptyTally();
  const eras = new Map<string, Tally>();
  const eraOf = new Map<string, string>();
  const add = (era: string, f: (t: Tally) => void) => {
    let t = eras.get(era);
    if (!t) {
      t = emptyTally();
      eras.set(era, t);
    }
    f(t);
    f(total);
  };
  for (const c of cards) {
    if (c.retired || c.suspended) continue;
    eraOf.set(c.id, c.era);
    add(c.era, (t) => {
      t.cards += 1;
      if (c.state !== 0) t.seen += 1;
      if (c.state === 2 && c.scheduled_days >= MATURE_DAYS) t.mature += 1;
      if (c.state !== 0 && c.due.getTime() <= now.getTime()) t.due += 1;
    });
  }
  const since = now.getTime() - windowDays * DAY_MS;
  for (const r of reviews) {
    if (r.stateBefore !== 2 || r.review.getTime() < since) continue;
    const era = eraOf.get(r.cardId);
    if (era === undefined) continue;
    add(era, (t) => {
      t.checked += 1;
      if (r.rating > 1) t.recalled += 1;
    });
  }
  return { total, eras };
}

/** Reviews per study day for the last `days` days, oldest first, ending with today. */
export function reviewsPerDay(
  reviews: readonly ReviewRecord[],
  now: Date,
  dayStartHour: number,
  days = 30,
): number[] {
  const today = studyDayIndex(now, dayStartHour);
  const counts = new Array<number>(days).fill(0);
  for (const r of reviews) {
    const i = days - 1 - (today - studyDayIndex(r.review, dayStartHour));
    if (i >= 0 && i < days) counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts;
}

/** Consecutive study days with at least one review, counting back from today (or yesterday, if today has none yet). */
export function streak(
  reviews: readonly Pick<ReviewRecord, 'review'>[],
  now: Date,
  dayStartHour: number,
): number {
  const days = new Set(reviews.map((r) => studyDayIndex(r.review, dayStartHour)));
  let day = studyDayIndex(now, dayStartHour);
  if (!days.has(day)) day -= 1;
  let n = 0;
  while (days.has(day)) {
    n += 1;
    day -= 1;
  }
  return n;
}

/** A share as a whole percentage, or null when there is nothing to divide. */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 100);
}
