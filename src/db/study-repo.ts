// Study data: the cards today's queue can show (read by index), today's review counts, and writing one rating
// (card and review log in one transaction) or undoing it.
import { Dexie } from 'dexie';
import type { CardId } from '../domain/ids.ts';
import type { RatingOutcome } from '../domain/scheduler.ts';
import type { CardRecord, DeckRecord, RecallDb } from './schema.ts';

/** Thrown when the card changed in another tab since this one read it; the rating was not written. */
export class StaleCardError extends Error {
  override name = 'StaleCardError';
}

/** Which cards a study session draws from: the chosen decks and eras (empty = all). */
export interface StudyChoice {
  decks: readonly string[];
  eras: readonly string[];
}

/** Whether a card can be studied in this choice: neither suspended nor retired, in its decks and eras. */
export function inChoice(c: CardRecord, choice: StudyChoice): boolean {
  return (
    c.suspended === 0 &&
    c.retired === 0 &&
    (choice.decks.length === 0 || choice.decks.includes(c.deckId)) &&
    (choice.eras.length === 0 || choice.eras.includes(c.era))
  );
}

export interface QueueWindow extends StudyChoice {
  now: Date;
  /** Learning cards due before this moment (the end of the study day) are read. */
  dayEnd: Date;
  /** At most this many new cards, in deck order, and this many due reviews, soonest first. */
  newLimit: number;
  reviewLimit: number;
}

/**
 * The cards today's queue can show, read through indexes: learning and relearning cards due today,
 * the first `reviewLimit` reviews due today (before `dayEnd`), the first `newLimit` new cards. Nothing else is read.
 * `newFull` / `reviewFull` say a list stopped at its limit (more such cards may exist).
 */
export async function loadQueueWindow(
  db: RecallDb,
  w: QueueWindow,
): Promise<{ cards: CardRecord[]; newFull: boolean; reviewFull: boolean }> {
  const ok = (c: CardRecord) => inChoice(c, w);
  const learning = (state: 1 | 3) =>
    db.cards
      .where('[state+due]')
      .between([state, Dexie.minKey], [state, w.dayEnd], true, false)
      .filter(ok)
      .toArray();
  const [learn, relearn, reviews, fresh] = await Promise.all([
    learning(1),
    learning(3),
    w.reviewLimit > 0
      ? db.cards
          .where('[state+due]')
          // A review is due for the whole study day its due time falls in (Anki's day rule).
          .between([2, Dexie.minKey], [2, w.dayEnd], true, false)
          .filter(ok)
          .limit(w.reviewLimit)
          .toArray()
      : [],
    w.newLimit > 0
      ? db.cards
          .where('[state+deckId+due]')
          // Every key [0, …] sorts between [0] and [1].
          .between([0], [1], true, false)
          .filter(ok)
          .limit(w.newLimit)
          .toArray()
      : [],
  ]);
  return {
    cards: [...learn, ...relearn, ...reviews, ...fresh],
    newFull: fresh.length >= w.newLimit,
    reviewFull: reviews.length >= w.reviewLimit,
  };
}

/** Whether the choice holds any card to study at all (stops at the first one found). */
export async function hasStudyCards(db: RecallDb, choice: StudyChoice): Promise<boolean> {
  const from =
    choice.decks.length > 0
      ? db.cards.where('deckId').anyOf([...choice.decks])
      : db.cards.where('retired').equals(0);
  return (await from.filter((c) => inChoice(c, choice)).first()) !== undefined;
}

/** Cards by id, for the ones a change touched; missing ones come back as undefined. */
export function getCards(db: RecallDb, ids: readonly CardId[]): Promise<(CardRecord | undefined)[]> {
  return db.cards.bulkGet([...ids]);
}

export function listStudyDecks(db: RecallDb): Promise<DeckRecord[]> {
  return db.decks.orderBy('id').toArray();
}

/**
 * Reviews done since `since`, split as the daily limits count them: cards that were new, and the
 * rest. Counted on the [stateBefore+review] index, so no log is read.
 */
export async function doneSince(db: RecallDb, since: Date): Promise<{ new: number; review: number }> {
  const count = (state: 0 | 2) =>
    db.reviews
      .where('[stateBefore+review]')
      .between([state, since], [state, Dexie.maxKey], true, true)
      .count();
  const [fresh, review] = await Promise.all([count(0), count(2)]);
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
