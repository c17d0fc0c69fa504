// Backups of a person's progress: card schedules, suspensions, every review and the settings, as one
// JSON file; and restoring one onto the decks this device has.
import * as v from 'valibot';
import type { CardRecord, RecallDb, ReviewRecord } from './schema.ts';

export const BACKUP_KIND = 'css-recall-backup';

const DateString = v.pipe(
  v.string(),
  v.isoTimestamp(),
  v.transform((s) => new Date(s)),
);
const StateValue = v.picklist([0, 1, 2, 3]);

const CardProgressSchema = v.object({
  id: v.string(),
  due: DateString,
  stability: v.number(),
  difficulty: v.number(),
  elapsed_days: v.number(),
  scheduled_days: v.number(),
  learning_steps: v.number(),
  reps: v.number(),
  lapses: v.number(),
  state: StateValue,
  last_review: v.optional(DateString),
  suspended: v.picklist([0, 1]),
});

const ReviewSchema = v.object({
  cardId: v.string(),
  deckId: v.string(),
  rating: v.picklist([1, 2, 3, 4]),
  stateBefore: StateValue,
  state: StateValue,
  due: DateString,
  stability: v.number(),
  difficulty: v.number(),
  scheduledDays: v.number(),
  learningSteps: v.number(),
  review: DateString,
  durationMs: v.number(),
});

const BackupSchema = v.object({
  kind: v.literal(BACKUP_KIND),
  format: v.literal(1),
  exportedAt: v.string(),
  cards: v.array(CardProgressSchema),
  reviews: v.array(ReviewSchema),
  settings: v.array(v.object({ key: v.string(), value: v.unknown() })),
});

export interface RestoreSummary {
  cards: number;
  reviews: number;
  /** Cards in the backup that no deck on this device has (their reviews are kept all the same). */
  unknownCards: number;
}

/** Everything a person would lose with the browser's data, as a JSON-ready object. */
export async function exportBackup(db: RecallDb, now: Date): Promise<unknown> {
  return db.transaction('r', db.cards, db.reviews, db.settings, async () => {
    const cards = await db.cards.toArray();
    const reviews = await db.reviews.toArray();
    const settings = await db.settings.toArray();
    return {
      kind: BACKUP_KIND,
      format: 1,
      exportedAt: now.toISOString(),
      cards: cards
        .filter((c) => c.reps > 0 || c.suspended)
        .map((c) => ({
          id: c.id,
          due: c.due.toISOString(),
          stability: c.stability,
          difficulty: c.difficulty,
          elapsed_days: c.elapsed_days,
          scheduled_days: c.scheduled_days,
          learning_steps: c.learning_steps,
          reps: c.reps,
          lapses: c.lapses,
          state: c.state,
          ...(c.last_review ? { last_review: c.last_review.toISOString() } : {}),
          suspended: c.suspended,
        })),
      reviews: reviews.map(({ id: _id, ...r }) => ({
        ...r,
        due: r.due.toISOString(),
        review: r.review.toISOString(),
      })),
      settings,
    };
  });
}

/**
 * Restores a backup in one transaction: card schedules replace this device's, reviews not already here
 * are added, settings are replaced. Throws an Error with a readable message when the file is not a backup.
 */
export async function restoreBackup(db: RecallDb, input: unknown): Promise<RestoreSummary> {
  const parsed = v.safeParse(BackupSchema, input);
  if (!parsed.success) {
    const first = parsed.issues[0];
    const where = first ? v.getDotPath(first) : null;
    throw new Error(`This file is not a CSS Recall backup${where ? ` (problem at ${where})` : ''}.`);
  }
  const backup = parsed.output;
  return db.transaction('rw', db.cards, db.reviews, db.settings, async () => {
    let cards = 0;
    let unknownCards = 0;
    for (const p of backup.cards) {
      const existing = await db.cards.get(p.id as CardRecord['id']);
      if (!existing) {
        unknownCards += 1;
        continue;
      }
      const { id: _id, last_review, ...progress } = p;
      const { last_review: _old, ...rest } = existing;
      const next: CardRecord = last_review ? { ...rest, ...progress, last_review } : { ...rest, ...progress };
      await db.cards.put(next);
      cards += 1;
    }
    const seen = new Set((await db.reviews.toArray()).map((r) => `${r.cardId}\u0000${r.review.getTime()}`));
    const fresh = backup.reviews.filter((r) => !seen.has(`${r.cardId}\u0000${r.review.getTime()}`));
    await db.reviews.bulkAdd(fresh as ReviewRecord[]);
    await db.settings.bulkPut(backup.settings);
    return { cards, reviews: fresh.length, unknownCards };
  });
}
