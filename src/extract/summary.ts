// A one-line summary of a fact in our own words, built from its fields (never from the sentence).
import type { FactType } from '../domain/deck-schema.ts';

function list(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** "Liaquat Ali Khan made a visit to USA." — one sentence from type, actors, place and object. */
export function summarise(
  type: FactType,
  actors: string[],
  place: string | null,
  object: string | null,
  date: string,
): string {
  const who = list(actors.slice(0, 3));
  const subject = who || 'The parties';
  const where = place ? ` in ${place}` : '';
  switch (type) {
    case 'visit':
      return `${who || 'A delegation'} made a visit${place ? ` to ${place}` : ''} (${date}).`;
    case 'agreement':
      return `${subject} concluded ${object ?? 'an agreement'}${where} (${date}).`;
    case 'organization':
      return `${subject}: a step on membership${object ? ` of ${object}` : ''} (${date}).`;
    case 'statement':
      return `${subject} made a public statement${where} (${date}).`;
    case 'relations':
      return `Relations${who ? ` involving ${who}` : ''} changed${where} (${date}).`;
    case 'military':
      return `A military event${who ? ` involving ${who}` : ''}${where}${object ? `, concerning ${object}` : ''} (${date}).`;
    case 'economic':
      return `An economic step${who ? ` involving ${who}` : ''}${where}${object ? `, concerning ${object}` : ''} (${date}).`;
    default:
      return `An event${who ? ` involving ${who}` : ''}${where} (${date}).`;
  }
}
