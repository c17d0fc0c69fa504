// Small pieces of English shared by the card writers: date phrases, question words, roles.

import { formatDateValue } from '../../domain/date-format.ts';
import type { DateValue } from '../../domain/deck-schema.ts';
import { OFFICES } from '../lexicon/index.ts';

/** "on 17 April 1968", "in April 1968", "in 1968", "during 1954–1958", "in the 1960s". */
export function datePhrase(date: DateValue): string {
  const text = formatDateValue(date);
  switch (date.precision) {
    case 'day':
      return `on ${text}`;
    case 'range':
      return `during ${text}`;
    case 'decade':
      return `in the ${text}`;
    default:
      return `in ${text}`;
  }
}

/** The question word that asks for a date at its precision: "In which year" for a year. */
export function whenWord(date: DateValue): string {
  if (date.precision === 'year') return 'In which year';
  if (date.precision === 'decade') return 'In which decade';
  return 'When';
}

/** Words of an office, lower case inside a sentence ("Soviet premier"); qualifiers and nationalities are not. */
const LOWER_ROLES = new Set([...OFFICES.flatMap((o) => o.split(/[\s-]+/)), 'the']);

/** A role read inside a sentence: "Soviet Premier" → "Soviet premier"; nationalities stay capitalised. */
export function roleInSentence(role: string): string {
  return role
    .replace(/^the\s+/i, '')
    .split(/\s+/)
    .map((w) => (LOWER_ROLES.has(w.toLowerCase()) ? w.toLowerCase() : w))
    .join(' ');
}

/** Four-digit years named in a text. */
export function yearsIn(text: string): number[] {
  return [...text.matchAll(/\b(1[5-9]\d\d|20\d\d)\b/g)].map((m) => Number(m[1]));
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
