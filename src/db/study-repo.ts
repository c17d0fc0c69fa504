// Study data: the cards in the chosen decks and eras, today's review counts, and writing one rating
// (card and review log in one transaction) or undoing it.
import type { CardId } from '../domain/ids.ts';
import type { RatingOutcome } from '../domain/scheduler.ts';
import type { CardRecord, DeckRecord, RecallDb, ReviewRecord } from './schema.ts';

/** Thrown when the card changed in another tab since this one read it; the rating was not written. */
export class StaleCardError extends Error {
  override name = 'StaleCardError';
}

/** Every card that can be studied (not retired, not suspended), in the chosen decks and eras (empty = all). */
export async function loadStudyCards(
  db: RecallDb,
  decks: readonly string[],
  eras: readonly string[],
): Promise<CardRecord[]> {
  const cards = await db.cards.where('retired').equals(0).toArray();
  return cards.filter(
    (c) =>
      c.suspended === 0 &&
      (decks.length === 0 || decks.includes(c.deckId)) &&
      (eras.length === 0 || eras.includes(c.era)),
  );
}

export function listStudyDecks(db: RecallDb): Promise<DeckRecord[]> {
  return db.decks.orderBy('id').toArray();
}

/** Reviews made since `since` (the start of the study day), oldest first. */
export function reviewsSince(db: RecallDb, since: Date): Promise<ReviewRecord[]> {
  return db.reviews.where('review').aboveOrEqual(since).sortBy('review');
}

/** Reviews done since `since`, split as the daily limits count them: cards that were new, and the rest. */
export async function doneSince(db: RecallDb, since: Date): Promise<{ new: number; review: number }> {
  const logs = await reviewsSince(db, since);
  let fresh = 0;
  let review = 0;
  for (const log of logs) {
    if (log.stateBefore === 0) fresh += 1;
    else if (log.stateBefore === 2) review += 1;
  }
  return { new: fresh, review };
}

/**
 * Writes a rating in one transaction: the card's new schedule and its review log, both or neither.
 * Throws StaleCardError when the stored card is no longer the one rated (another tab got there first),
 * and the browser's QuotaExceededError when the disk is full. Returns the stored card and the log's id.
 */
export async function recordReview(
  db: RecallDb,
  before: CardRecord,
  outcome: RatingOutcome,
  durationMs: number,
): Promise<{ card: CardRecord; logId: number }> {
  return db.transaction('rw', db.cards, db.reviews, async () => {
    const stored = await db.cards.get(before.id);
    if (
      !stored ||
      stored.reps !== before.reps ||
      stored.last_review?.getTime() !== before.last_review?.getTime()
    ) {
      throw new StaleCardError('This card was just studied in another tab.');
    }
    const { last_review: _old, ...rest } = stored;
    const card: CardRecord = { ...rest, ...outcome.card };
    await db.cards.put(card);
    const logId = await db.reviews.add({
      cardId: before.id,
      deckId: before.deckId,
      ...outcome.log,
      durationMs: Math.max(0, Math.round(durationMs)),
    });
    return { card, logId: logId as number };
  });
}

/**
 * Undoes a rating: puts the card back as it was and removes its review log, in one transaction; only
 * while the stored card is still `after`, the card as this rating left it. Throws StaleCardError (and
 * changes nothing) when another tab rated the card since, so undo never erases another tab's rating.
 */
export async function undoReview(
  db: RecallDb,
  before: CardRecord,
  after: CardRecord,
  logId: number,
): Promise<void> {
  await db.transaction('rw', db.cards, db.reviews, async () => {
    const stored = await db.cards.get(before.id);
    if (
      !stored ||
      stored.reps !== after.reps ||
      stored.last_review?.getTime() !== after.last_review?.getTime() ||
      !(await db.reviews.get(logId))
    ) {
      throw new StaleCardError('This card was studied again in another tab.');
    }
    await db.reviews.delete(logId);
    await db.cards.put(before);
  });
}

export function getCard(db: RecallDb, id: CardId): Promise<CardRecord | undefined> {
  return db.cards.get(id);
}
