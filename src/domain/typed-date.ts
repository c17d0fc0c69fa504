// Typed dates: reads what a person types ("10 Jan 1966", "January 10, 1966", "1954-58") into a date
// value at the precision typed, and grades it against a fact's date at the fact's precision.
import { MONTHS } from './date-format.ts';
import type { DateValue } from './deck-schema.ts';

export type TypedGrade = 'right' | 'partial' | 'wrong';

export type ReadDateResult =
  | { ok: true; date: DateValue }
  | { ok: false; reason: 'empty' | 'ambiguous' | 'unreadable'; hint: string };

export interface DateGrade {
  grade: TypedGrade;
  /** One sentence for the person who typed: what was right, and the full answer. */
  message: string;
}

const HINT_FORMATS = 'Write it as 10 January 1966, January 1966 or 1966.';

/** Month words by their lower-case spellings: full names, three-letter and common short forms. */
const MONTH_WORDS: ReadonlyMap<string, number> = new Map(
  MONTHS.flatMap((name, i) => {
    const lower = name.toLowerCase();
    const forms = [lower, lower.slice(0, 3)];
    if (lower === 'september') forms.push('sept');
    return forms.map((form) => [form, i + 1] as const);
  }),
);

interface Point {
  year: number;
  month?: number;
  day?: number;
}

type PointResult =
  | { ok: true; point: Point }
  | { ok: false; reason: 'unreadable' }
  /** Day, month and year both ways round. */
  | { ok: false; reason: 'ambiguous'; readings?: [number, number, number][] };

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function validPoint(p: Point): boolean {
  if (p.year < 1 || p.year > 9999) return false;
  if (p.month === undefined) return p.day === undefined;
  if (p.month < 1 || p.month > 12) return false;
  return p.day === undefined || (p.day >= 1 && p.day <= daysInMonth(p.year, p.month));
}

function point(year: number, month?: number, day?: number): PointResult {
  const p: Point = { year };
  if (month !== undefined) p.month = month;
  if (day !== undefined) p.day = day;
  return validPoint(p) ? { ok: true, point: p } : { ok: false, reason: 'unreadable' };
}

/** Spaces, no commas, no full stops after abbreviations, no ordinal endings ("10th" → "10"). */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[–—−]/g, '-')
    .replace(/(\d)(st|nd|rd|th)\b/g, '$1')
    .replace(/\b(of|the|in|on|year)\b/g, ' ')
    .replace(/([a-z])\./g, '$1')
    .replace(/,/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** One date: "1966", "1966-01-10", "10 jan 1966", "january 10 1966", "jan 1966", "10/1/1966". */
function readPoint(text: string): PointResult {
  let m = /^(\d{4})$/.exec(text);
  if (m) return point(Number(m[1]));
  m = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(text);
  if (m) return point(Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3]));
  m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(text);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const year = Number(m[3]);
    // 10/1/1966 is 10 January in Pakistan and 1 October in the United States: refuse to guess.
    if (a <= 12 && b <= 12 && a !== b)
      return {
        ok: false,
        reason: 'ambiguous',
        readings: [
          [a, b, year],
          [b, a, year],
        ],
      };
    return a > 12 ? point(year, b, a) : point(year, a, b);
  }
  m = /^(\d{1,2})[/.](\d{4})$/.exec(text);
  if (m) return point(Number(m[2]), Number(m[1]));
  const words = text.split(' ');
  const monthOf = (w: string | undefined) => (w === undefined ? undefined : MONTH_WORDS.get(w));
  const isDay = (w: string | undefined) => w !== undefined && /^\d{1,2}$/.test(w);
  const isYear = (w: string | undefined) => w !== undefined && /^\d{4}$/.test(w);
  const [w0, w1, w2] = words;
  if (words.length === 3 && isDay(w0) && monthOf(w1) && isYear(w2)) {
    return point(Number(w2), monthOf(w1), Number(w0));
  }
  if (words.length === 3 && monthOf(w0) && isDay(w1) && isYear(w2)) {
    return point(Number(w2), monthOf(w0), Number(w1));
  }
  if (words.length === 2 && monthOf(w0) && isYear(w1)) return point(Number(w1), monthOf(w0));
  return { ok: false, reason: 'unreadable' };
}

/** The start of a range may leave out what its end gives: "3-30 may 1950", "march-april 1954". */
function readRangeStart(text: string, end: Point): PointResult {
  const whole = readPoint(text);
  if (whole.ok) return whole;
  if (whole.reason === 'ambiguous') return whole;
  if (/^\d{1,2}$/.test(text) && end.month !== undefined && end.day !== undefined) {
    return point(end.year, end.month, Number(text));
  }
  const words = text.split(' ');
  const month = MONTH_WORDS.get(words[0] ?? '');
  if (month !== undefined && words.length === 1) return point(end.year, month);
  if (month !== undefined && words.length === 2 && /^\d{1,2}$/.test(words[1] ?? '')) {
    return point(end.year, month, Number(words[1]));
  }
  if (words.length === 2 && /^\d{1,2}$/.test(words[0] ?? '')) {
    const m = MONTH_WORDS.get(words[1] ?? '');
    if (m !== undefined) return point(end.year, m, Number(words[0]));
  }
  return { ok: false, reason: 'unreadable' };
}

function pointValue(p: Point): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  let out = String(p.year).padStart(4, '0');
  if (p.month !== undefined) out += `-${pad(p.month)}`;
  if (p.day !== undefined) out += `-${pad(p.day)}`;
  return out;
}

function pointPrecision(p: Point): 'day' | 'month' | 'year' {
  return p.day !== undefined ? 'day' : p.month !== undefined ? 'month' : 'year';
}

/** "Is that 10 January 1966 or 1 October 1966? Write the month as a word." */
function ambiguous(readings: [number, number, number][] = []): ReadDateResult {
  const [one, two] = readings.map(([d, m, y]) => `${d} ${MONTHS[m - 1]} ${y}`);
  const question = one && two ? `Is that ${one} or ${two}?` : 'Is that day/month or month/day?';
  return { ok: false, reason: 'ambiguous', hint: `${question} Write the month as a word.` };
}

const REFUSALS = {
  unreadable: {
    ok: false,
    reason: 'unreadable',
    hint: `That is not a date this app can read. ${HINT_FORMATS}`,
  },
} as const;

/**
 * Reads a typed date at the precision typed: a day, a month, a year, a decade ("1960s") or a range
 * ("1954-1958", "1954 to 58", "March-April 1954", "3-30 May 1950"). Numeric dates whose day and month
 * could be swapped ("10/1/1966") are refused as ambiguous. Never throws.
 */
export function readTypedDate(text: string): ReadDateResult {
  const t = normalise(text);
  if (t === '') return { ok: false, reason: 'empty', hint: `Type a date. ${HINT_FORMATS}` };
  const decade = /^(\d{3})0s$/.exec(t);
  if (decade) return { ok: true, date: { value: `${decade[1]}0`, precision: 'decade' } };
  const single = readPoint(t);
  if (single.ok)
    return { ok: true, date: { value: pointValue(single.point), precision: pointPrecision(single.point) } };
  if (single.reason === 'ambiguous') return ambiguous(single.readings);
  const parts = t
    .replace(/^(between|from) /, '')
    .split(/ ?- ?| to | until | and /)
    .map((s) => s.trim());
  if (parts.length !== 2) return REFUSALS.unreadable;
  const [first = '', second = ''] = parts;
  // "1954-58": the end's century comes from the start.
  const endText = /^\d{4}$/.test(first) && /^\d{2}$/.test(second) ? `${first.slice(0, 2)}${second}` : second;
  const end = readPoint(endText);
  if (!end.ok) return end.reason === 'ambiguous' ? ambiguous(end.readings) : REFUSALS.unreadable;
  const start = readRangeStart(first, end.point);
  if (!start.ok) return start.reason === 'ambiguous' ? ambiguous(start.readings) : REFUSALS.unreadable;
  const from = pointValue(start.point);
  const to = pointValue(end.point);
  if (from >= to) return REFUSALS.unreadable;
  return { ok: true, date: { value: `${from}/${to}`, precision: 'range' } };
}

/** The first and last day a date value covers, as "YYYY-MM-DD" strings (which sort as dates). */
export function dateSpan(date: DateValue): [string, string] {
  if (date.precision === 'decade') {
    const y = Number(date.value.slice(0, 4));
    return [`${String(y).padStart(4, '0')}-01-01`, `${String(y + 9).padStart(4, '0')}-12-31`];
  }
  const [from = date.value, to = from] = date.value.split('/');
  const first = (v: string) => (v.length === 4 ? `${v}-01-01` : v.length === 7 ? `${v}-01` : v);
  const last = (v: string) => {
    if (v.length === 4) return `${v}-12-31`;
    if (v.length === 7) return `${v}-${daysInMonth(Number(v.slice(0, 4)), Number(v.slice(5, 7)))}`;
    return v;
  };
  return [first(from), last(to)];
}

/**
 * Grades a typed date against the fact's date, at the fact's precision: the same span is right; a
 * finer date inside a point fact is right (the sources give no more); a coarser date that holds the
 * answer (the year alone, the month and year) is partly right, as is the right month with a wrong day;
 * anything else is wrong.
 */
export function gradeDate(expected: DateValue, typed: DateValue, answerText: string): DateGrade {
  const [es, ee] = dateSpan(expected);
  const [ts, te] = dateSpan(typed);
  if (es === ts && ee === te) return { grade: 'right', message: `Right: ${answerText}.` };
  const inside = ts >= es && te <= ee;
  if (inside && expected.precision !== 'range') {
    return { grade: 'right', message: `Right: the sources give ${answerText}, no more.` };
  }
  if (inside) return { grade: 'partial', message: `Partly right: that falls within ${answerText}.` };
  if (ts <= es && te >= ee) {
    const what = typed.precision === 'year' ? 'The year is right' : 'That is right as far as it goes';
    return { grade: 'partial', message: `Partly right. ${what}; the full answer is ${answerText}.` };
  }
  if (expected.precision === 'day' && typed.precision === 'day' && ts.slice(0, 7) === es.slice(0, 7)) {
    return {
      grade: 'partial',
      message: `Partly right: the month and year are right; the answer is ${answerText}.`,
    };
  }
  return { grade: 'wrong', message: `Not quite: the answer is ${answerText}.` };
}
