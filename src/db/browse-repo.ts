// Read and edit access for the Browse screen: every card, one card's review history, suspension.
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
