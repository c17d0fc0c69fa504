// A card a person adds to a deck by hand: what it holds, how it is checked, and how it is told apart
// from the deck's own cards (its ids start with `own-`), so deck updates and rebuilds leave it be.
import type { DeckCard } from './deck-schema.ts';

/** The id prefix of hand-added cards and of the one fact each asks about (never made by a deck). */
export const OWN_PREFIX = 'own-';
/** The source a hand-added card cites: the person who added it. */
export const OWN_SOURCE = 'own';

/** The kinds a hand-added card can be: asked by a date, a name, or in words. */
export type OwnKind = 'when' | 'who' | 'what';
export const OWN_KINDS: readonly OwnKind[] = ['when', 'who', 'what'];

export interface NewCardFields {
  kind: OwnKind;
  era: string;
  prompt: string;
  answer: string;
  /** The note shown with the answer. */
  explanation: string;
}

/** Whether a card was added by hand (not made by its deck). */
export function isOwnCard(card: Pick<DeckCard, 'id'>): boolean {
  return card.id.startsWith(OWN_PREFIX);
}

/** What is wrong with a new card, one message per problem; empty when it can be saved. */
export function checkNewCard(fields: NewCardFields, eras: readonly string[]): string[] {
  const problems: string[] = [];
  if (fields.prompt.trim() === '') problems.push('The question cannot be empty.');
  if (fields.answer.trim() === '') problems.push('The answer cannot be empty.');
  if (!OWN_KINDS.includes(fields.kind)) problems.push('Choose what the answer is: a date, a name or words.');
  if (eras.length > 0 && !eras.includes(fields.era)) problems.push('Choose one of the deck’s eras.');
  return problems;
}

/** The deck card for a hand-added card; `token` makes its id (and its fact's) unique. */
export function ownDeckCard(fields: NewCardFields, token: string): DeckCard {
  const id = `${OWN_PREFIX}${token}`;
  return {
    id,
    kind: fields.kind,
    facts: [id],
    era: fields.era,
    prompt: fields.prompt.trim(),
    answer: fields.answer.trim(),
    explanation: fields.explanation.trim(),
    sources: [{ source: OWN_SOURCE, paragraph: 0, item: null }],
    conflict: null,
  };
}
