// The date stage as the fact extractor reads it: the dates of one sentence, resolved from the
// narrative's last dates and the document date, written as the project writes a fact's date
// ("1966-01-06", "1966-01", "1966", a range "1954/1958").
import { findMentions } from './find.ts';
import { type Anchors, resolveMentions } from './resolve.ts';
import type { DatePoint, Resolved } from './value.ts';

export type MentionPrecision = 'day' | 'month' | 'year' | 'range';

/** A date of a sentence, with its offsets in the sentence. */
export interface ResolvedDate {
  start: number;
  end: number;
  value: string;
  precision: MentionPrecision;
  /** Counted from another date, or a day or month given without its year. */
  relative: boolean;
}

export interface SentenceContext {
  /** The narrative's last date before the sentence. */
  anchor: ResolvedDate | null;
  /** Its last date with a day. */
  lastDay: ResolvedDate | null;
  /** The report's own date, if it has one. */
  documentDate: DatePoint | null;
}

const NAMING = /(?<!\b(?:on|of|by|from|until|till|to|since)\s+)\bthe\s+$/i;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

const DECADE_PARTS = { early: [0, 3], mid: [4, 6], late: [7, 9] } as const;

/** A point as the project writes it, or null for what a fact cannot be dated by (a week, a year BCE). */
function written(p: DatePoint): { value: string; precision: MentionPrecision } | null {
  if (p.bc || p.week !== undefined) return null;
  if (p.decade !== undefined) {
    const [a, b] = p.part ? DECADE_PARTS[p.part] : [0, 9];
    return { value: `${p.decade * 10 + a}/${p.decade * 10 + b}`, precision: 'range' };
  }
  if (p.year === undefined) return null;
  const y = pad(p.year, 4);
  if (p.month === undefined) return { value: y, precision: 'year' };
  if (p.day === undefined) return { value: `${y}-${pad(p.month)}`, precision: 'month' };
  return { value: `${y}-${pad(p.month)}-${pad(p.day)}`, precision: 'day' };
}

/** A resolved value as the project writes it. */
export function projectDate(r: Resolved): { value: string; precision: MentionPrecision } | null {
  if ('point' in r) return written(r.point);
  const a = written(r.from);
  const b = written(r.to);
  if (!a || !b) return null;
  if (a.value === b.value) return a;
  // A span from a decade or to one runs from the first one's start to the last one's end.
  const from = a.value.split('/')[0] ?? a.value;
  const to = b.value.split('/').at(-1) ?? b.value;
  return { value: `${from}/${to}`, precision: 'range' };
}

function anchorsOf(anchor: ResolvedDate | null, lastDay: ResolvedDate | null): Anchors {
  const [y, m, d] = (anchor?.value.split('/')[0] ?? '').split('-').map(Number);
  const [dy, dm, dd] = (lastDay?.value.split('/')[0] ?? '').split('-').map(Number);
  const year = y === undefined || Number.isNaN(y) ? null : y;
  return {
    year,
    // A year that repeats the last day's year ("elected in 1965" after 5 October 1965) keeps its month.
    month:
      year !== null && m
        ? { year, month: m }
        : year !== null && dy === year && dm
          ? { year, month: dm }
          : null,
    day:
      dy && dm && dd
        ? { year: dy, month: dm, day: dd }
        : year !== null && m && d
          ? { year, month: m, day: d }
          : null,
  };
}

/** The dates of one sentence, in order, resolved as the stage resolves a whole text. */
export function sentenceDates(text: string, context: SentenceContext): ResolvedDate[] {
  const narrative =
    context.anchor || context.lastDay ? anchorsOf(context.anchor, context.lastDay) : undefined;
  const resolved = resolveMentions(findMentions(text), {
    text,
    documentDate: context.documentDate,
    ...(narrative ? { narrative } : {}),
  });
  return resolved.flatMap((m) => {
    const date = m.resolved ? projectDate(m.resolved) : null;
    if (!date) return [];
    const v = m.value;
    // "the Sept. 11 attacks": a day without its year that names an event dates no fact by itself.
    if (v.kind === 'point' && v.point.year === undefined && NAMING.test(text.slice(0, m.start))) return [];
    const relative =
      v.kind === 'relative' ||
      v.kind === 'weekday' ||
      (v.kind === 'point' && v.point.year === undefined && v.point.decade === undefined) ||
      (v.kind === 'range' && v.from.year === undefined);
    return [{ start: m.start, end: m.end, ...date, relative }];
  });
}

/** Where `text` writes a date of any kind: [start, end) offsets, in order. */
export function dateSpans(text: string): Array<[number, number]> {
  return findMentions(text).map((m) => [m.start, m.end]);
}

/** The dates `text` writes out in full (with their year), as the project writes them. */
export function writtenDates(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of findMentions(text)) {
    const v = m.value;
    const r: Resolved | null =
      v.kind === 'point' && (v.point.year !== undefined || v.point.decade !== undefined)
        ? { point: v.point }
        : v.kind === 'range' && v.from.year !== undefined && v.to.year !== undefined
          ? { from: v.from, to: v.to }
          : null;
    const date = r ? projectDate(r) : null;
    if (date) out.add(date.value);
  }
  return out;
}
