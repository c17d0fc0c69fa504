// Progress data: the cards, the reviews of the recent window, and which study days had reviews, read
// through the review index so a year of logs is never loaded to draw thirty days of them.
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
}

/** What the Progress screen shows, as of `now`, with study days starting at `dayStartHour`. */
export async function loadProgressData(
  db: RecallDb,
  now: Date,
  dayStartHour: number,
  windowDays: number,
): Promise<ProgressData> {
  const since = new Date(now.getTime() - windowDays * DAY_MS);
  return db.transaction('r', db.cards, db.reviews, async () => {
    const [cards, recent, reviewDays] = await Promise.all([
      db.cards.toArray(),
      db.reviews.where('review').aboveOrEqual(since).toArray(),
      studiedDays(db, now, dayStartHour),
    ]);
    return { cards, recent, reviewDays };
  });
}

/** Walks back from today a batch of days at a time, counting each day's reviews on the index (no log is read). */
async function studiedDays(db: RecallDb, now: Date, dayStartHour: number): Promise<{ review: Date }[]> {
  const out: { review: Date }[] = [];
  let end = now;
  let first = true;
  for (;;) {
    const days: { start: Date; end: Date }[] = [];
    for (let i = 0; i < BATCH; i++) {
      const start = studyDayStart(new Date(end.getTime() - 1), dayStartHour);
      days.push({ start, end });
      end = start;
    }
    const counts = await Promise.all(
      days.map((d) => db.reviews.where('review').between(d.start, d.end, true, false).count()),
    );
    for (const [i, n] of counts.entries()) {
      const day = days[i];
      // Today without a review yet does not break the streak; any other empty day ends it.
      if (n === 0 && !(first && i === 0)) return out;
      if (n > 0 && day) out.push({ review: day.start });
    }
    first = false;
  }
}
