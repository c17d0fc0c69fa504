// Decks a person makes from their own articles: the deck id a name gives, the default name, the
// limits on an article, and card ids kept apart from every other deck's.
import { asDeckId, type DeckId, deckCardId } from './ids.ts';

/** The name an imported deck gets when the person gives none. */
export const DEFAULT_DECK_NAME = 'My articles';

/** What every imported deck says about itself. */
export const IMPORTED_DECK_DESCRIPTION = 'Dated facts from articles you imported.';

/** Every imported deck's id starts with this, so it never meets a shipped deck's id. */
export const IMPORTED_PREFIX = 'imported-';

/** The longest article accepted, in characters (JavaScript string length). */
export const MAX_ARTICLE_CHARS = 200_000;

/** The longest deck name or article title kept, in characters. */
export const MAX_NAME_CHARS = 120;

/** 32-bit FNV-1a of a string, as 8 hex digits: a short stable tag for names with no Latin letters. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * Characters that change how text is shown without being seen: bidirectional embeddings, overrides
 * and isolates (which can make a title read backwards), zero-width spaces and joiners, word joiners
 * and byte-order marks.
 */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\u180E]/g;

/** `text` without the characters that change how it is shown without being seen (see INVISIBLE). */
export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** Whether two articles' texts are the same, spaces at either end and invisible characters aside. */
export function sameArticleText(a: string, b: string): boolean {
  return withoutInvisible(a).trim() === withoutInvisible(b).trim();
}

/** The name a person typed, tidied: spaces folded, cut to `MAX_NAME_CHARS`, the default when empty. */
export function deckNameOf(typed: string): string {
  const name = withoutInvisible(typed).replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_CHARS).trim();
  return name === '' ? DEFAULT_DECK_NAME : name;
}

/**
 * The id of the imported deck a name makes: `imported-` and the name's letters and digits
 * ("My articles" → "imported-my-articles"; accents dropped). Names that differ only in case, spacing
 * or punctuation make the same deck. A name with no Latin letter or digit (say, in Urdu script) gets
 * `imported-deck-` and a hash of the name.
 */
export function importedDeckId(typed: string): DeckId {
  const name = deckNameOf(typed);
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  return asDeckId(`${IMPORTED_PREFIX}${slug === '' ? `deck-${fnv1a(name)}` : slug}`);
}

/**
 * A card id of an imported deck: the generator's id (stable for the same fact and kind) after the
 * deck's id. Two decks, or a shipped deck and an imported one, may hold the same fact, and card ids
 * are unique across the whole database.
 */
export function importedCardId(deckId: DeckId, cardId: string): string {
  return deckCardId(deckId, cardId);
}
