// What burying siblings needs from the database: the cards rated since the study day began, one entry
// per rating (so undoing one rating takes exactly one away).
import type { CardRecord, RecallDb } from './schema.ts';

/** The card of every rating since `since`, in rating order; a card rated twice comes twice. */
export async function cardsRatedSince(db: RecallDb, since: Date): Promise<CardRecord[]> {
  const reviews = await db.reviews.where('review').aboveOrEqual(since).toArray();
  const ids = [...new Set(reviews.map((r) => r.cardId))];
  const cards = new Map(
    (await db.cards.bulkGet(ids)).flatMap((c) => (c ? [[c.id as string, c] as const] : [])),
  );
  return reviews.flatMap((r) => {
    const card = cards.get(r.cardId);
    return card ? [card] : [];
  });
}
