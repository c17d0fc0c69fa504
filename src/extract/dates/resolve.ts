// Resolution, as HeidelTime does it: a deictic mention ("yesterday", "last year") is counted from
// the document date; an anaphoric one ("the next day", "two months later") from the last mentioned
// date of the unit it needs; a year-less date takes the year of a date given in its paragraph, else
// the document date's year chosen by the clause's tense ("will visit on 3 May" after the document
// date, "said on Friday" before it), else the last year mentioned.
import type { Candidate } from './find.ts';
import { tenseAt } from './tense.ts';
import {
  addDays,
  type DatePoint,
  type DateValue,
  type Lean,
  type Resolved,
  weekdayOf,
  weekOf,
} from './value.ts';

export type Day = { year: number; month: number; day: number };
export type Month = { year: number; month: number };

/** The narrative's last date of each unit. */
export interface Anchors {
  year: number | null;
  month: Month | null;
  day: Day | null;
}

export interface ResolveContext {
  text: string;
  /** The report's own date, when it has one with a year. */
  documentDate: DatePoint | null;
  /**
   * The narrative's last dates before `text`, when it is one sentence of a longer text (in place of
   * the document date as the first anchors); its year dates year-less days as one of the paragraph's.
   */
  narrative?: Anchors;
}

const hasDay = (p: DatePoint): p is DatePoint & Day =>
  p.year !== undefined && p.month !== undefined && p.day !== undefined;

function monthShift(m: Month, n: number): Month {
  const i = m.year * 12 + (m.month - 1) + n;
  return { year: Math.floor(i / 12), month: (i % 12) + 1 };
}

/** The year of month `month` that lies before (-1), after (1) or in (0) the year of `anchor`. */
function yearFor(month: number, anchor: Month, lean: -1 | 0 | 1, day?: number, anchorDay?: number): number {
  const before = month < anchor.month || (month === anchor.month && (day ?? 0) <= (anchorDay ?? 0));
  if (lean === -1) return before ? anchor.year : anchor.year - 1;
  if (lean === 1) return before ? anchor.year + 1 : anchor.year;
  return anchor.year;
}

/** The day of `weekday` nearest `from` on the side `lean` says (0: in its week); `same` lets it be `from` itself. */
function weekdayNear(from: Day, weekday: number, lean: -1 | 0 | 1, same: boolean): Day {
  const today = weekdayOf(from.year, from.month, from.day);
  let delta: number;
  if (lean === 0) delta = weekday - today;
  else if (lean === -1) delta = -((today - weekday + 7) % 7 || (same ? 0 : 7));
  else delta = (weekday - today + 7) % 7 || (same ? 0 : 7);
  return addDays(from, delta) as Day;
}

const withPart = (p: DatePoint, part: DatePoint['part']): DatePoint => (part ? { ...p, part } : p);

class Resolver {
  private readonly anchors: Anchors;
  /** The last year the text itself gave, and the paragraph it was given in. */
  private textYear: { year: number; paragraph: number } | null = null;
  private readonly doc: Day | null;

  constructor(private readonly ctx: ResolveContext) {
    const d = ctx.documentDate;
    this.doc = d && hasDay(d) && !d.bc ? { year: d.year, month: d.month, day: d.day } : null;
    this.anchors = ctx.narrative
      ? { ...ctx.narrative }
      : {
          year: d?.year ?? null,
          month: d?.year !== undefined && d.month !== undefined ? { year: d.year, month: d.month } : null,
          day: this.doc,
        };
    if (ctx.narrative?.year != null) this.textYear = { year: ctx.narrative.year, paragraph: 0 };
  }

  private tenseLean(c: Candidate): -1 | 1 | null {
    const tense = tenseAt(this.ctx.text, c.start, c.end);
    return tense === 'future' ? 1 : tense === 'past' ? -1 : null;
  }

  /** The year for a point the text gives without one. */
  private yearless(p: DatePoint, c: Candidate, paragraph: number, lean: Lean | undefined): DatePoint | null {
    const month = p.month;
    if (month === undefined) return null;
    if (lean !== undefined && lean !== null && this.doc) {
      return { ...p, year: yearFor(month, this.doc, lean, p.day, this.doc.day) };
    }
    // A year the paragraph gives dates what follows it ("In 1965 … On September 6"), unless it is the
    // report's own time: then the report's date and the clause's tense say which year.
    const near = this.textYear && this.doc && Math.abs(this.textYear.year - this.doc.year) <= 1;
    if (this.textYear && this.textYear.paragraph === paragraph && !near) {
      return { ...p, year: this.textYear.year };
    }
    if (this.doc) {
      const side = this.tenseLean(c);
      return {
        ...p,
        year: side === null ? this.doc.year : yearFor(month, this.doc, side, p.day, this.doc.day),
      };
    }
    const year = this.textYear?.year ?? this.anchors.year;
    return year === null ? null : { ...p, year };
  }

  private relative(v: Extract<DateValue, { kind: 'relative' }>): DatePoint | null {
    const { unit, shift, set } = v;
    const base: Anchors =
      v.anchor === 'document'
        ? { year: this.doc?.year ?? null, month: this.doc, day: this.doc }
        : this.anchors;
    if (set?.month !== undefined) {
      const month = set.month;
      if (unit === 'year') return base.year === null ? null : { year: base.year + shift, month };
      const from =
        base.month ?? (base.year === null ? null : { year: base.year, month: v.lean === 1 ? 12 : 1 });
      if (!from) return null;
      return withPart({ year: yearFor(month, from, v.lean ?? 0), month }, v.part);
    }
    if (unit === 'decade') {
      return base.year === null ? null : { decade: Math.floor(base.year / 10) + shift };
    }
    if (unit === 'year') return base.year === null ? null : { year: base.year + shift };
    if (unit === 'month') {
      if (base.month) return monthShift(base.month, shift);
      return base.year === null ? null : { year: base.year };
    }
    if (base.day) {
      if (unit === 'week') {
        const day = addDays(base.day, shift * 7) as Day;
        // "last week" is a week; "two weeks ago" a day.
        return Math.abs(shift) > 1 ? day : weekOf(day.year, day.month, day.day);
      }
      const day = addDays(base.day, shift);
      return set?.time ? { ...day, time: set.time } : day;
    }
    // A day counted from a month or a year: the month or the year is all that is known.
    if (base.month) return { ...base.month };
    return base.year === null ? null : { year: base.year };
  }

  private weekday(v: Extract<DateValue, { kind: 'weekday' }>, c: Candidate): DatePoint | null {
    const useDoc = v.anchor === 'document' && this.doc !== null;
    const from = useDoc ? this.doc : this.anchors.day;
    if (!from) return null;
    let day: Day;
    if (v.lean !== null) day = weekdayNear(from, v.weekday, v.lean, false);
    else if (useDoc) {
      const side = this.tenseLean(c) ?? -1;
      day = weekdayNear(from, v.weekday, side, side === -1);
    } else day = weekdayNear(from, v.weekday, 1, true);
    return v.time ? { ...day, time: v.time } : day;
  }

  resolve(c: Candidate, paragraph: number): Resolved | null {
    const v = c.value;
    let out: Resolved | null = null;
    if (v.kind === 'point') {
      const p = v.point;
      const point =
        p.year !== undefined || p.decade !== undefined ? p : this.yearless(p, c, paragraph, v.lean);
      out = point ? { point } : null;
    } else if (v.kind === 'range') {
      const known = v.from.year !== undefined || v.from.decade !== undefined;
      const from = known ? v.from : this.yearless(v.from, c, paragraph, undefined);
      if (from && (from.year !== undefined || from.decade !== undefined)) {
        const to =
          v.to.year !== undefined || v.to.decade !== undefined || from.year === undefined
            ? v.to
            : { ...v.to, year: (v.to.month ?? 0) < (from.month ?? 0) ? from.year + 1 : from.year };
        out = { from, to };
      }
    } else if (v.kind === 'relative') {
      const point = this.relative(v);
      const from = this.anchors.year;
      out = !point ? null : v.through && from !== null ? { from: { year: from }, to: point } : { point };
    } else {
      const point = this.weekday(v, c);
      out = point ? { point } : null;
    }
    // A glance back ("a year earlier", "two days before") does not move the narrative's time.
    const back = (v.kind === 'relative' && v.shift < 0) || (v.kind === 'weekday' && v.anchor === 'narrative');
    if (out && !back) this.remember('point' in out ? out.point : out.from, paragraph);
    return out;
  }

  private remember(p: DatePoint, paragraph: number): void {
    if (p.year === undefined || p.bc || p.week !== undefined) return;
    const a = this.anchors;
    this.textYear = { year: p.year, paragraph };
    if (p.month === undefined) {
      if (a.year !== p.year) {
        a.month = null;
        a.day = null;
      }
      a.year = p.year;
      return;
    }
    if (a.month?.year !== p.year || a.month.month !== p.month) a.day = null;
    a.year = p.year;
    a.month = { year: p.year, month: p.month };
    if (p.day !== undefined) a.day = { year: p.year, month: p.month, day: p.day };
  }
}

export interface ResolvedMention extends Candidate {
  /** The date it stands for, or null when nothing in the text or its document date tells. */
  resolved: Resolved | null;
}

/** Resolves the mentions of one text, in order; `mentions` are sorted by start. */
export function resolveMentions(mentions: readonly Candidate[], ctx: ResolveContext): ResolvedMention[] {
  const resolver = new Resolver(ctx);
  const breaks: number[] = [];
  for (const m of ctx.text.matchAll(/\n[ \t]*\n/g)) breaks.push(m.index);
  let paragraph = 0;
  return mentions.map((c) => {
    while (paragraph < breaks.length && (breaks[paragraph] ?? 0) < c.start) paragraph++;
    return { ...c, resolved: resolver.resolve(c, paragraph) };
  });
}
