// The one wrapper around chrono-node: reads a full calendar date ("6th January, 1966",
// "June 02, 2014") into its parts, so an upgrade of the library touches this file only.
import * as chrono from 'chrono-node/en';

export interface DayParts {
  year: number;
  month: number;
  day: number;
}

/** Year, month and day of a date written out in full, or null when chrono does not read all three. */
export function readFullDate(text: string): DayParts | null {
  const result = chrono.strict.parse(text, new Date(2000, 0, 1))[0];
  if (!result) return null;
  const { start } = result;
  if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) return null;
  const year = start.get('year');
  const month = start.get('month');
  const day = start.get('day');
  if (year === null || month === null || day === null) return null;
  return { year, month, day };
}

/** What a date written without all its parts gives ("Aug 11", "Sunday"): the parts chrono is sure of. */
export interface LooseParts {
  year: number | null;
  month: number | null;
  day: number | null;
}

/** The calendar parts chrono reads as written in `text` (none guessed), or null when it reads none. */
export function readLooseDate(text: string): LooseParts | null {
  const result = chrono.strict.parse(text, new Date(2000, 0, 1))[0];
  if (!result) return null;
  const { start } = result;
  const part = (unit: 'year' | 'month' | 'day'): number | null =>
    start.isCertain(unit) ? (start.get(unit) ?? null) : null;
  const parts = { year: part('year'), month: part('month'), day: part('day') };
  return parts.year === null && parts.month === null ? null : parts;
}

/** A date chrono-node finds in running text: where it stands and the parts it is sure of. */
export interface ChronoMention extends LooseParts {
  start: number;
  end: number;
}

/** Every date chrono-node's strict English parser finds in `text`, as written (no part guessed). */
export function chronoMentions(text: string): ChronoMention[] {
  return chrono.strict.parse(text, new Date(2000, 0, 1)).map((r) => {
    const part = (unit: 'year' | 'month' | 'day'): number | null =>
      r.start.isCertain(unit) ? (r.start.get(unit) ?? null) : null;
    return {
      start: r.index,
      end: r.index + r.text.length,
      year: part('year'),
      month: part('month'),
      day: part('day'),
    };
  });
}
