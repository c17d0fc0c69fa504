// A person's own edit of a card: the fields they may change (question, answer, options, note), how an
// edit is checked, and how it is laid over the deck's text so that it survives deck updates.
import type { DeckCard } from './deck-schema.ts';

/** The fields an edit may change; `explanation` is the note shown with the answer. */
export interface CardEditFields {
  prompt: string;
  answer: string;
  explanation: string;
  /** Multiple-choice cards only: four options, one of them the answer. */
  choices?: string[];
}

export interface CardEdit {
  fields: CardEditFields;
  /** The deck's own text of those fields, as last loaded (to tell when the deck has changed them). */
  shipped: CardEditFields;
  editedAt: Date;
  /** True when a deck update changed the card's text after it was edited; the edit was kept. */
  deckChanged: boolean;
}

export function editableFields(card: DeckCard): CardEditFields {
  const out: CardEditFields = { prompt: card.prompt, answer: card.answer, explanation: card.explanation };
  if (card.choices) out.choices = [...card.choices];
  return out;
}

/** The card with the edit's fields in place of the deck's. */
export function applyEdit(card: DeckCard, fields: CardEditFields): DeckCard {
  const out: DeckCard = {
    ...card,
    prompt: fields.prompt,
    answer: fields.answer,
    explanation: fields.explanation,
  };
  if (card.choices && fields.choices) out.choices = [...fields.choices];
  return out;
}

/** The deck's own text of a card whose stored content may carry an edit. */
export function deckText(content: DeckCard, edit: CardEdit | undefined): DeckCard {
  return edit ? applyEdit(content, edit.shipped) : content;
}

/**
 * An edit laid over the deck's text `deck` (which may be newer than the text it was made on): the
 * content to show and the edit to keep, marked `deckChanged` once the deck has changed those fields.
 */
export function layEdit(deck: DeckCard, edit: CardEdit): { content: DeckCard; edit: CardEdit } {
  const shipped = editableFields(deck);
  return {
    content: applyEdit(deck, edit.fields),
    edit: { ...edit, shipped, deckChanged: edit.deckChanged || !sameFields(edit.shipped, shipped) },
  };
}

export function sameFields(a: CardEditFields, b: CardEditFields): boolean {
  return (
    a.prompt === b.prompt &&
    a.answer === b.answer &&
    a.explanation === b.explanation &&
    (a.choices ?? []).join('\u0000') === (b.choices ?? []).join('\u0000')
  );
}

/** What is wrong with an edit, one message per problem; empty when it can be saved. */
export function checkEdit(fields: CardEditFields): string[] {
  const problems: string[] = [];
  if (fields.prompt.trim() === '') problems.push('The question cannot be empty.');
  if (fields.answer.trim() === '') problems.push('The answer cannot be empty.');
  if (fields.choices) {
    const choices = fields.choices.map((c) => c.trim());
    if (choices.some((c) => c === '')) problems.push('Every option needs a text.');
    else if (new Set(choices).size !== choices.length) problems.push('Two options are the same.');
    if (!choices.includes(fields.answer.trim())) problems.push('One of the options must be the answer.');
  }
  return problems;
}

/** The fields with spaces trimmed, as they are saved. */
export function trimFields(fields: CardEditFields): CardEditFields {
  const out: CardEditFields = {
    prompt: fields.prompt.trim(),
    answer: fields.answer.trim(),
    explanation: fields.explanation.trim(),
  };
  if (fields.choices) out.choices = fields.choices.map((c) => c.trim());
  return out;
}
