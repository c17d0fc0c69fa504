// A one-line summary of a fact in our own words, built from its fields (never from the sentence).
import type { FactType } from '../domain/deck-schema.ts';

const LABEL: Record<FactType, string> = {
  visit: 'Visit',
  agreement: 'Agreement',
  relations: 'Change in relations',
  military: 'Military event',
  economic: 'Economic step',
  organization: 'Membership step',
  statement: 'Statement',
  other: 'Event',
};

/** "Visit by Prime Minister X and USA to Tashkent (1966-01-06)." */
export function summarise(
  type: FactType,
  actors: string[],
  place: string | null,
  object: string | null,
  date: string,
): string {
  const who = actors.slice(0, 3).join(', ');
  const parts = [LABEL[type]];
  if (object) parts.push(`on ${object}`);
  if (who) parts.push(`involving ${who}`);
  if (place) parts.push(`at ${place}`);
  return `${parts.join(' ')} (${date}).`;
}
