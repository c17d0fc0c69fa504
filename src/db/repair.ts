// Finds stored cards whose schedule the app cannot use (an invalid date, a stability that is not a
// positive finite number, an unknown state…) and rebuilds each from its review history, or as new.
import { replaySchedule } from '../domain/replay.ts';
import { createScheduler, newSchedulingFields } from '../domain/scheduler.ts';
import type { CardRecord, RecallDb } from './schema.ts';
import { loadSettings } from './settings-repo.ts';

const isDate = (d: unknown): d is Date => d instanceof Date && !Number.isNaN(d.getTime());
const isCount = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 0;
const isDays = (n: unknown) => typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= 36500;

/** Why a stored card's schedule cannot be used, or null when it can. */
export function unusableSchedule(c: CardRecord): string | null {
  if (!isDate(c.due)) return 'its due date is not a date';
  if (c.last_review !== undefined && !isDate(c.last_review)) return 'its last review is not a date';
  if (![0, 1, 2, 3].includes(c.state)) return 'its state is unknown';
  if (!(Number.isFinite(c.stability) && c.stability >= 0)) return 'its stability is not a usable number';
  if (c.state !== 0 && c.stability === 0) return 'it was studied but has no stability';
  if (!(Number.isFinite(c.difficulty) && c.difficulty >= 0 && c.difficulty <= 10)) {
    return 'its difficulty is out of range';
  }
  if (!isDays(c.scheduled_days) || !isDays(c.elapsed_days)) return 'its interval is out of range';
  if (!isCount(c.reps) || !isCount(c.lapses) || !isCount(c.learning_steps))
    return 'a count is not a whole number';
  if (c.suspended !== 0 && c.suspended !== 1) return 'its suspension flag is unknown';
  return null;
}

export interface RepairReport {
  /** The prompts of the cards rebuilt, to name them. */
  repaired: { prompt: string; problem: string }[];
}

/**
 * Rebuilds every card with an unusable schedule in one transaction: from its reviews (those with
 * valid dates and ratings) when it has any, else as a new card due at `now`. Other cards are untouched.
 */
export async function repairCards(db: RecallDb, now: Date): Promise<RepairReport> {
  return db.transaction('rw', db.cards, db.reviews, db.settings, async () => {
    const broken: { card: CardRecord; problem: string }[] = [];
    await db.cards.each((card) => {
      const problem = unusableSchedule(card);
      if (problem) broken.push({ card, problem });
    });
    if (broken.length === 0) return { repaired: [] };
    const scheduler = createScheduler({ ...(await loadSettings(db)), fuzz: false });
    const fixed: CardRecord[] = [];
    for (const { card } of broken) {
      const history = (await db.reviews.where('cardId').equals(card.id).toArray()).filter(
        (r) => isDate(r.review) && [1, 2, 3, 4].includes(r.rating),
      );
      const fields = replaySchedule(scheduler, history) ?? newSchedulingFields(now);
      const { last_review: _bad, ...rest } = card;
      fixed.push({ ...rest, ...fields, suspended: card.suspended === 1 ? 1 : 0 });
    }
    await db.cards.bulkPut(fixed);
    return {
      repaired: broken.map(({ card, problem }) => ({
        prompt: typeof card.content?.prompt === 'string' ? card.content.prompt : card.id,
        problem,
      })),
    };
  });
}
