// The deck's digest: one line per card (id, date, prompt, answer), committed beside the deck file so
// that a review shows every card a regeneration adds, drops or rewords.
import type { Deck } from '../../domain/deck-schema.ts';

/** A field as one line: tabs and line breaks would split the record. */
function field(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ');
}

/**
 * The digest of `deck`: one tab-separated line per card, in the deck's order, ending in a newline.
 * The date is the date value of the card's fact ("1966-01-10", "1954/1958"); a card on several facts
 * (an order card) lists theirs, comma-separated.
 */
export function deckDigest(deck: Deck): string {
  const dates = new Map(deck.facts.map((f) => [f.id, f.date.value]));
  const lines = deck.cards.map((card) =>
    [card.id, card.facts.map((id) => dates.get(id) ?? '?').join(','), card.prompt, card.answer]
      .map(field)
      .join('\t'),
  );
  return lines.map((line) => `${line}\n`).join('');
}

/** Where the digest of the deck file `deckPath` ("decks/x.deck.json") is kept: "decks/x.deck.digest.txt". */
export function digestPathOf(deckPath: string): string {
  return deckPath.replace(/\.deck\.json$/, '.deck.digest.txt');
}
