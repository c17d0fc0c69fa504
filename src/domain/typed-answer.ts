// Answering a card by typing: which cards can be typed (a date or a name), how a typed answer is
// graded, and the rating the grade suggests (as a multiple-choice pick does).
import type { DeckCard } from './deck-schema.ts';
import type { RatingValue } from './scheduler.ts';
import { gradeDate, readTypedDate, type TypedGrade } from './typed-date.ts';
import { gradeName } from './typed-name.ts';

export type TypedKind = 'date' | 'name';

export type TypedResult =
  | { ok: true; grade: TypedGrade; message: string; suggested: RatingValue }
  | { ok: false; hint: string };

/** Right suggests Good, partly right Hard, wrong Again. */
export const GRADE_RATING: Record<TypedGrade, RatingValue> = { right: 3, partial: 2, wrong: 1 };

/**
 * How a card's answer can be typed: a date for "when" and multiple-choice date cards whose answer
 * reads as a date, a name for "who" cards, null for the rest (sentences and orderings).
 */
export function typedKind(card: Pick<DeckCard, 'kind' | 'answer'>): TypedKind | null {
  if (card.kind === 'who') return 'name';
  if ((card.kind === 'when' || card.kind === 'mcq-date') && readTypedDate(card.answer).ok) return 'date';
  return null;
}

/**
 * Grades what was typed for a card. A date is graded at the precision of the card's answer; a name
 * also against the other names a conflict's sources give. Unreadable or ambiguous dates and empty
 * answers are refused with a hint, so the person can type again.
 */
export function gradeTyped(card: Pick<DeckCard, 'kind' | 'answer' | 'conflict'>, typed: string): TypedResult {
  const kind = typedKind(card);
  if (typed.trim() === '') {
    return { ok: false, hint: kind === 'name' ? 'Type a name.' : 'Type a date, e.g. 10 January 1966.' };
  }
  if (kind === 'name') {
    const others = card.conflict?.field === 'name' ? card.conflict.claims.map((c) => c.value) : [];
    const g = gradeName(card.answer, typed, others);
    return { ok: true, grade: g.grade, message: g.message, suggested: GRADE_RATING[g.grade] };
  }
  const expected = readTypedDate(card.answer);
  if (kind !== 'date' || !expected.ok) return { ok: false, hint: 'This card cannot be answered by typing.' };
  const read = readTypedDate(typed);
  if (!read.ok) return { ok: false, hint: read.hint };
  const g = gradeDate(expected.date, read.date, card.answer);
  if (g.grade === 'wrong' && card.conflict?.field === 'date') {
    // A date another source gives is no slip of memory: partly right, and the card says whose it is.
    const claim = card.conflict.claims.find((c) => {
      const r = readTypedDate(c.value);
      return r.ok && gradeDate(r.date, read.date, c.value).grade === 'right';
    });
    if (claim) {
      const message = `Partly right: one source gives ${claim.value}; this card's answer is ${card.answer}.`;
      return { ok: true, grade: 'partial', message, suggested: GRADE_RATING.partial };
    }
  }
  return { ok: true, grade: g.grade, message: g.message, suggested: GRADE_RATING[g.grade] };
}
