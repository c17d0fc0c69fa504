// Eras of a deck: the era file in decks/eras (deck id, title, year ranges) and a decade fallback.
import * as v from 'valibot';
import { type Era, EraSchema } from '../../domain/deck-schema.ts';

export const EraFileSchema = v.object({
  /** The deck id the era file belongs to, e.g. "pakistan-russia". */
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)),
  title: v.pipe(v.string(), v.minLength(1)),
  description: v.string(),
  /** Words whose presence in the articles suggests this deck when no --deck is given. */
  keywords: v.array(v.string()),
  eras: v.pipe(v.array(EraSchema), v.minLength(1)),
});
export type EraFile = v.InferOutput<typeof EraFileSchema>;

/** The era holding `year`: the first whose range contains it, else the nearest at either end. */
export function eraFor(year: number, eras: readonly Era[]): Era {
  const hit = eras.find((e) => (e.from === null || e.from <= year) && (e.to === null || year <= e.to));
  if (hit) return hit;
  const first = eras[0];
  const last = eras[eras.length - 1];
  if (!first || !last) throw new Error('eraFor: no eras');
  return year < (first.from ?? year) ? first : last;
}

/**
 * Generic eras for a deck without an era file: one per decade that holds a fact, with everything
 * before 1900 in one "before 1900" era. Names read "The 1960s".
 */
export function decadeEras(years: readonly number[]): Era[] {
  const decades = [...new Set(years.map((y) => (y < 1900 ? 1890 : Math.floor(y / 10) * 10)))].sort(
    (a, b) => a - b,
  );
  return decades.map((d) =>
    d < 1900
      ? {
          id: 'before-1900',
          name: 'Before 1900',
          from: null,
          to: 1899,
          blurb: 'Events before the twentieth century.',
        }
      : { id: `${d}s`, name: `The ${d}s`, from: d, to: d + 9, blurb: `Events from ${d} to ${d + 9}.` },
  );
}
