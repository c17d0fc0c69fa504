// Branded identifiers: a card id can never be passed where a deck id belongs.
export type DeckId = string & { readonly brand: 'DeckId' };
export type CardId = string & { readonly brand: 'CardId' };
export type FactId = string & { readonly brand: 'FactId' };
export type EraId = string & { readonly brand: 'EraId' };
export type SourceId = string & { readonly brand: 'SourceId' };
export type ArticleId = string & { readonly brand: 'ArticleId' };

export const asDeckId = (s: string): DeckId => s as DeckId;
export const asCardId = (s: string): CardId => s as CardId;
export const asFactId = (s: string): FactId => s as FactId;
export const asEraId = (s: string): EraId => s as EraId;
export const asSourceId = (s: string): SourceId => s as SourceId;
export const asArticleId = (s: string): ArticleId => s as ArticleId;

/**
 * The stored id of a deck's card: the deck's id, a colon, and the card's id in its deck file, so two
 * decks (shipped or imported) never share a card id. An id already in that form is kept as it is.
 */
export function deckCardId(deckId: DeckId, cardId: string): CardId {
  return asCardId(cardId.startsWith(`${deckId}:`) ? cardId : `${deckId}:${cardId}`);
}
