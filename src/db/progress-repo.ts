// Progress data: the cards, the reviews of the recent window, which study days had reviews, and how
// many each day of the last year had, read through the review index so a year of logs is never loaded
// to draw thirty days of them (days are counted on the index, no log read).
import { studyDayStart } from '../domain/study-day.ts';
import type { CardRecord, RecallDb, ReviewRecord } from './schema.ts';

const DAY_MS = 86_400_000;
/** Days counted per batch when walking back through the streak. */
const BATCH = 64;

export interface ProgressData {
  cards: CardRecord[];
  /** Reviews of the last `windowDays` days (and today), oldest first. */
  recent: ReviewRecord[];
  /**
   * One entry (the day's start) for each study day with a review, from today (or yesterday) back to
   * the first day without one: all a streak needs.
   */
  reviewDays: { review: Date }[];
  /** Reviews on each of the last `yearDays` study days, oldest first, ending with today. */
  year: number[];
}

/** What the Progress screen shows, as of `now`, with study days starting at `dayStartHour`. */
export async function loadProgressData(
  db: RecallDb,
  now: Date,
  dayStartHour: number,
  windowDays: number,
  yearDays: number,
): Promise<ProgressData> {
  const since = new Date(now.getTime() - windowDays * DAY_MS);
  return db.transaction('r', db.cards, db.reviews, async () => {
    const [cards, recent, reviewDays, year] = await Promise.all([
      db.cards.toArray(),
      db.reviews.where('review').aboveOrEqual(since).toArray(),
      studiedDays(db, now, dayStartHour),
      countDays(db, daysBefore(now, dayStartHour, yearDays).reverse()),
    ]);
    return { cards, recent, reviewDays, year };
  });
}

interface DayRange {
  start: Date;
  end: Date;
}

/** The `n` study days back from the one holding `end` (that one first), each from its start to the next. */
function daysBefore(end: Date, dayStartHour: number, n: number): DayRange[] {
  const days: DayRange[] = [];
  let to = end;
  for (let i = 0; i < n; i++) {
    const start = studyDayStart(new Date(to.getTime() - 1), dayStartHour);
    days.push({ start, end: to });
    to = start;
  }
  return days;
}

/** Each day's reviews, counted on the index. */
function countDays(db: RecallDb, days: readonly DayRange[]): Promise<number[]> {
  return Promise.all(
    days.map((d) => db.reviews.where('review').between(d.start, d.end, true, false).count()),
  );
}

/** Walks back from today a batch of days at a time, counting each day's reviews on the index (no log is read). */
async function studiedDays(db: RecallDb, now: Date, dayStartHour: number): Promise<{ review: Date }[]> {
  const out: { review: Date }[] = [];
  let end = now;
  let first = true;
  for (;;) {
    const days = daysBefore(end, dayStartHour, BATCH);
    end = days.at(-1)?.start ?? end;
    const counts = await countDays(db, days);
    for (const [i, n] of counts.entries()) {
      const day = days[i];
      // Today without a review yet does not break the streak; any other empty day ends it.
      if (n === 0 && !(first && i === 0)) return out;
      if (n > 0 && day) out.push({ review: day.start });
    }
    first = false;
  }
}
