// Read and edit access for the Browse screen: every card, one card's review history, suspension.

import { checkNewCard, type NewCardFields, ownDeckCard } from '../domain/card-add.ts';
import {
  applyEdit,
  type CardEditFields,
  checkEdit,
  editableFields,
  trimFields,
} from '../domain/card-edit.ts';
import { type CardId, type DeckId, deckCardId } from '../domain/ids.ts';
import { newSchedulingFields } from '../domain/scheduler.ts';
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

/**
 * Adds a card the person wrote to a deck: a new card, due now, that deck updates and rebuilds keep
 * (see domain/card-add.ts). Throws with the problems' words when it cannot be saved, or if the deck
 * is unknown. Returns the new card's id.
 */
export async function addCard(
  db: RecallDb,
  deckId: DeckId,
  fields: NewCardFields,
  now: Date,
  token: string = crypto.randomUUID().replaceAll('-', '').slice(0, 16),
): Promise<CardId> {
  return db.transaction('rw', db.decks, db.cards, async () => {
    const deck = await db.decks.get(deckId);
    if (!deck) throw new Error('That deck is no longer here.');
    const problems = checkNewCard(
      fields,
      deck.eras.map((e) => e.id),
    );
    if (problems.length > 0) throw new Error(problems.join(' '));
    const content = ownDeckCard(fields, token);
    const id = deckCardId(deckId, content.id);
    await db.cards.add({
      id,
      deckId,
      era: content.era,
      kind: content.kind,
      content,
      conflict: null,
      ...newSchedulingFields(now),
      suspended: 0,
      retired: 0,
    });
    return id;
  });
}
