// The one wrapper around chrono-node: reads a full calendar date ("6th January, 1966",
// "June 02, 2014") into its parts, and finds the dates with a day in a text, so an upgrade of the
// library touches this file only.
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
  const first = chronoMentions(text)[0];
  if (!first || (first.year === null && first.month === null)) return null;
  return { year: first.year, month: first.month, day: first.day };
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

/** A day the text writes: its month and day, and its year when the text gives it (else null). */
export interface ChronoDay {
  index: number;
  text: string;
  start: { year: number | null; month: number; day: number };
  end: { year: number | null; month: number; day: number } | null;
}

type Components = chrono.ParsedResult['start'];

function dayOf(c: Components | undefined | null): ChronoDay['start'] | null {
  if (!c?.isCertain('month') || !c.isCertain('day')) return null;
  const month = c.get('month');
  const day = c.get('day');
  if (month === null || day === null) return null;
  return { year: c.isCertain('year') ? c.get('year') : null, month, day };
}

const NUMERIC = /(\d{1,2})[/.](\d{1,2})[/.](\d{4})\s*$/;

/**
 * "9/4/2015" read day first, as Pakistan and most of the world write it (chrono-node's English
 * parser reads it month first); month first only when the second number cannot be a month.
 */
function dayFirst(text: string): ChronoDay['start'] | null {
  const m = NUMERIC.exec(text);
  if (!m) return null;
  const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (b >= 1 && b <= 12 && a >= 1 && a <= 31) return { year, month: b, day: a };
  if (a >= 1 && a <= 12 && b >= 1 && b <= 31) return { year, month: a, day: b };
  return null;
}

const MONTH_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;

/**
 * Every date with a certain month and day that chrono-node's strict parsers read in `text` ("Sept.
 * 30", "5 June 1965", "March 22-23", "10/05/1997"), nothing counted from a reference date. A month
 * name written in lower case ("may 5") is the verb, not the month.
 */
export function readDayDates(text: string): ChronoDay[] {
  const out: ChronoDay[] = [];
  for (const r of chrono.strict.parse(text, new Date(2000, 0, 1))) {
    if (r.tags().has('result/relativeDate')) continue;
    const start = dayOf(r.start);
    if (!start) continue;
    const month = MONTH_WORD.exec(r.text)?.[0];
    if (month && !/^[A-Z]/.test(month)) continue;
    // "2 1/2", "7/8": a slash without a year is a fraction.
    if (r.text.includes('/') && !/\d{4}/.test(r.text)) continue;
    const end = r.end ? dayOf(r.end) : null;
    out.push({ index: r.index, text: r.text, start: dayFirst(r.text) ?? start, end });
  }
  return out;
}
