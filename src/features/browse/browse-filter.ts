// Which cards the Browse screen lists: text search plus deck, era, kind and state filters.

import type { CardRecord } from '../../db/schema.ts';
import type { CardKind } from '../../domain/deck-schema.ts';

export type CardStatus = 'new' | 'learning' | 'review' | 'relearning' | 'suspended' | 'retired';

export interface BrowseFilter {
  query: string;
  deck: string | null;
  era: string | null;
  kind: CardKind | null;
  status: CardStatus | null;
}

export const EMPTY_FILTER: BrowseFilter = { query: '', deck: null, era: null, kind: null, status: null };

const STATE_STATUS: readonly CardStatus[] = ['new', 'learning', 'review', 'relearning'];

/** A card's status as a person sees it: retired and suspended win over the scheduling state. */
export function cardStatus(card: CardRecord): CardStatus {
  if (card.retired) return 'retired';
  if (card.suspended) return 'suspended';
  return STATE_STATUS[card.state] ?? 'new';
}

/** Lower-cased, accent-free text for matching ("Kosygin’s" matches "kosygins"). */
export function foldText(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’'`]/g, '')
    .toLowerCase();
}

/** The searchable text of a card, computed once per card. */
const haystacks = new WeakMap<CardRecord, string>();
function haystack(card: CardRecord): string {
  let h = haystacks.get(card);
  if (h === undefined) {
    const c = card.content;
    h = foldText([c.prompt, c.answer, c.explanation, ...(c.choices ?? [])].join(' \u0001 '));
    haystacks.set(card, h);
  }
  return h;
}

/**
 * Filters and orders cards for display: every word of the query must appear in the card's text.
 * Retired cards show only when the status filter asks for them.
 */
export function filterCards(cards: readonly CardRecord[], f: BrowseFilter): CardRecord[] {
  const words = foldText(f.query).split(/\s+/).filter(Boolean);
  const out = cards.filter((card) => {
    if (f.deck !== null && card.deckId !== f.deck) return false;
    if (f.era !== null && card.era !== f.era) return false;
    if (f.kind !== null && card.kind !== f.kind) return false;
    const status = cardStatus(card);
    if (f.status === null ? status === 'retired' : status !== f.status) return false;
    if (words.length === 0) return true;
    const h = haystack(card);
    return words.every((w) => h.includes(w));
  });
  return out;
}
