// Siblings: the cards of one fact (a date card, its multiple-choice twin, a who card…). Anki buries a
// card's siblings for the rest of the study day once one is shown, so one card never gives another's
// answer away. Pure: cards are described by their deck, kind and the facts they ask about.

export interface SiblingCard {
  deckId: string;
  kind: string;
  content: { facts: readonly string[] };
}

/**
 * The keys a card shares with its siblings: one per fact it asks about, within its deck. An ordering
 * card puts several facts in order and asks none of them, so it is no sibling of theirs (no keys).
 */
export function siblingKeys(card: SiblingCard): string[] {
  if (card.kind === 'order') return [];
  return card.content.facts.map((fact) => `${card.deckId}\u0000${fact}`);
}

/** Counts of sibling keys, for the cards studied so far today (a key may be studied more than once). */
export type StudiedKeys = ReadonlyMap<string, number>;

/** `keys` with `card`'s keys counted once more (`by` 1) or once less (`by` -1); a new map. */
export function countKeys(keys: StudiedKeys, card: SiblingCard, by: 1 | -1): Map<string, number> {
  const out = new Map(keys);
  for (const key of siblingKeys(card)) {
    const n = (out.get(key) ?? 0) + by;
    if (n > 0) out.set(key, n);
    else out.delete(key);
  }
  return out;
}
