// The values of date mentions: underspecified as read (a month without its year, "the previous
// year"), resolved into points and ranges, and written as TimeML ("1998-08-07", "199X") or as the
// project's dates ("1954/1958").
import type { DayTime, Part, Season, TimeUnit } from '../lexicon/index.ts';

/** A calendar point, as fine as the text gives it. A year BCE has `bc` set. */
export interface DatePoint {
  year?: number;
  /** The decade's first three digits: 199 for "the 1990s". Set instead of `year`. */
  decade?: number;
  bc?: boolean;
  month?: number;
  day?: number;
  /** ISO week of `year`, for "last week". */
  week?: number;
  season?: Season;
  time?: DayTime;
  /** "early 1998", "the end of May": kept for the reader, not written into the value. */
  part?: Part;
}

/**
 * Which year a year-less point takes: -1 the last such before the anchor ("last April"), 1 the
 * next after it ("next April"), 0 the anchor's own ("this September"), null by the clause's tense.
 */
export type Lean = -1 | 0 | 1 | null;

/** What the text says, before resolution. */
export type DateValue =
  | { kind: 'point'; point: DatePoint; lean?: Lean }
  | { kind: 'range'; from: DatePoint; to: DatePoint }
  /**
   * A date counted from an anchor: the document date ("yesterday", "last year") or the narrative's
   * last date of the unit ("the next day", "two months later"). `set` fixes a field after the shift
   * ("that September"); `weekday` finds that day ("last Friday", "the previous Friday").
   */
  | {
      kind: 'relative';
      anchor: 'document' | 'narrative';
      unit: TimeUnit;
      shift: number;
      set?: { month?: number; time?: DayTime; season?: Season };
      part?: Part;
      lean?: Lean;
      /** "within five years": the span from the anchor to the shifted date, not the shifted date alone. */
      through?: boolean;
    }
  | { kind: 'weekday'; weekday: number; anchor: 'document' | 'narrative'; lean: Lean; time?: DayTime };

/** A resolved value: one point, or a range from one point to another. */
export type Resolved = { point: DatePoint } | { from: DatePoint; to: DatePoint };

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** ISO year and week of a day. */
function isoWeek(y: number, m: number, d: number): { year: number; week: number } {
  const date = new Date(Date.UTC(y, m - 1, d));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const first = Date.UTC(date.getUTCFullYear(), 0, 1);
  return { year: date.getUTCFullYear(), week: Math.ceil(((date.getTime() - first) / 86400000 + 1) / 7) };
}

/** The day `n` days after y-m-d (n may be negative). */
export function addDays(p: Required<Pick<DatePoint, 'year' | 'month' | 'day'>>, n: number): DatePoint {
  const date = new Date(Date.UTC(p.year, p.month - 1, p.day + n));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The ISO weekday (Monday 1 … Sunday 7) of y-m-d. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay() || 7;
}

/** The week a day falls in, as a point ("1998-W32"). */
export function weekOf(year: number, month: number, day: number): DatePoint {
  return isoWeek(year, month, day);
}

function yearText(p: DatePoint): string | null {
  if (p.decade !== undefined) return `${pad(p.decade, 3)}X`;
  if (p.year === undefined) return null;
  return p.bc ? `BC${pad(p.year, 4)}` : pad(p.year, 4);
}

/** A point as TimeML writes it: "1998", "1998-08", "1998-08-07", "199X", "1998-W32", "1998-SU", "1998-08-07TAF". */
export function pointToTimeml(p: DatePoint): string | null {
  const y = yearText(p);
  if (y === null) return null;
  if (p.week !== undefined) return `${y}-W${pad(p.week)}`;
  if (p.season !== undefined && p.month === undefined) return `${y}-${p.season}`;
  if (p.month === undefined) return y;
  if (p.day === undefined) return `${y}-${pad(p.month)}`;
  const day = `${y}-${pad(p.month)}-${pad(p.day)}`;
  return p.time ? `${day}T${p.time}` : day;
}

/** A resolved value in TimeML; a range is written "A/B" as the project writes ranges. */
export function toTimeml(r: Resolved): string | null {
  if ('point' in r) return pointToTimeml(r.point);
  const a = pointToTimeml(r.from);
  const b = pointToTimeml(r.to);
  return a && b ? `${a}/${b}` : null;
}

/** True for a value that names a calendar year, month or day (not a week, a season or a time of day). */
export function isCalendar(p: DatePoint): boolean {
  return !p.bc && p.week === undefined && (p.season === undefined || p.month !== undefined);
}
