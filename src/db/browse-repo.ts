// Read and edit access for the Browse screen: every card, one card's review history, suspension.
import {
  applyEdit,
  type CardEditFields,
  checkEdit,
  editableFields,
  trimFields,
} from '../domain/card-edit.ts';
import type { CardId } from '../domain/ids.ts';
import type { CardRecord, DeckRecord, RecallDb, ReviewRecord } from './schema.ts';

/** Every card of every deck, retired ones included (the screen decides what to show). */
export function listAllCards(db: RecallDb): Promise<CardRecord[]> {
  return db.cards.toArray();
}

export function listDecks(db: RecallDb): Promise<DeckRecord[]> {
  return db.decks.orderBy('id').toArray();
}

/** A card's reviews, oldest first. */
export async function cardHistory(db: RecallDb, cardId: CardId): Promise<ReviewRecord[]> {
  const rows = await db.reviews.where('cardId').equals(cardId).toArray();
  return rows.sort((a, b) => a.review.getTime() - b.review.getTime());
}

/** Suspends a card (it leaves every study queue) or brings it back. Throws if the card is unknown. */
export async function setSuspended(db: RecallDb, cardId: CardId, suspended: boolean): Promise<void> {
  const changed = await db.cards.update(cardId, { suspended: suspended ? 1 : 0 });
  if (changed === 0 && !(await db.cards.get(cardId))) throw new Error(`No card ${cardId}`);
}

/**
 * Saves the person's edit of a card's question, answer, options and note; its schedule and history
 * stay. Throws with the problems' words when the edit cannot be saved, or if the card is unknown.
 */
export async function editCard(
  db: RecallDb,
  cardId: CardId,
  fields: CardEditFields,
  now: Date,
): Promise<void> {
  const problems = checkEdit(fields);
  if (problems.length > 0) throw new Error(problems.join(' '));
  await db.transaction('rw', db.cards, async () => {
    const card = await db.cards.get(cardId);
    if (!card) throw new Error(`No card ${cardId}`);
    const shipped = card.edit?.shipped ?? editableFields(card.content);
    const clean = trimFields(fields);
    const deckText = card.edit ? applyEdit(card.content, shipped) : card.content;
    await db.cards.put({
      ...card,
      content: applyEdit(deckText, clean),
      edit: { fields: clean, shipped, editedAt: now, deckChanged: card.edit?.deckChanged ?? false },
    });
  });
}

/** Drops the person's edit: the card shows the deck's text again. Does nothing to a card not edited. */
export async function revertEdit(db: RecallDb, cardId: CardId): Promise<void> {
  await db.transaction('rw', db.cards, async () => {
    const card = await db.cards.get(cardId);
    if (!card?.edit) return;
    const { edit, ...rest } = card;
    await db.cards.put({ ...rest, content: applyEdit(card.content, edit.shipped) });
  });
}
