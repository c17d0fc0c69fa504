// The undo log: the last ratings that can still be undone (as Anki's 30 steps), kept in IndexedDB so
// undo survives leaving Study and a reload. Undoing one puts its card back and removes its review log
// in one transaction, only while the stored card is still as that rating left it.

import type { CardRecord, RecallDb, UndoRecord } from './schema.ts';
import { StaleCardError, undoReview } from './study-repo.ts';

/** How many ratings can be undone, newest first (Anki's limit). */
export const UNDO_LIMIT = 30;

/** The ratings that can be undone, oldest first (the last one is undone first). */
export async function listUndo(db: RecallDb): Promise<UndoRecord[]> {
  return (await db.undo.orderBy('id').reverse().limit(UNDO_LIMIT).toArray()).reverse();
}

/** Keeps a rating for undo and forgets those past the limit. Returns the entry's id. */
export async function pushUndo(db: RecallDb, entry: Omit<UndoRecord, 'id'>): Promise<number> {
  return db.transaction('rw', db.undo, async () => {
    const id = (await db.undo.add(entry)) as number;
    const old = await db.undo.orderBy('id').reverse().offset(UNDO_LIMIT).primaryKeys();
    if (old.length > 0) await db.undo.bulkDelete(old);
    return id;
  });
}

/**
 * Undoes the rating kept as `undoId`: the card goes back to `before` and the review log is removed,
 * and the entry is forgotten, all in one transaction. Throws StaleCardError (and forgets every
 * entry, since none older can be undone past a rating another tab built on) when the card was rated
 * since, or the log is not this rating's.
 */
export async function undoRating(
  db: RecallDb,
  undoId: number | null,
  before: CardRecord,
  after: CardRecord,
  logId: number,
): Promise<void> {
  try {
    await db.transaction('rw', [db.cards, db.reviews, db.undo], async () => {
      const log = await db.reviews.get(logId);
      // A restored backup gives reviews new ids: the log must be this rating's, not one with its id.
      if (!log || log.cardId !== before.id || log.review.getTime() !== after.last_review?.getTime()) {
        throw new StaleCardError('This rating is no longer the card’s last one.');
      }
      await undoReview(db, before, after, logId);
      if (undoId !== null) await db.undo.delete(undoId);
    });
  } catch (e) {
    if (e instanceof StaleCardError) await db.undo.clear();
    throw e;
  }
}
