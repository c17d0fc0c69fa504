// The date a report is told from: its publication line, the lone date line under its headline, or
// its dateline ("KARACHI, Aug 11:", the year taken from the other two). Read, never itself a fact.
import { readLooseDate } from './chrono-dates.ts';
import type { LayoutLine } from './layout.ts';

export interface ReportDate {
  /** "2002-08-11", "2002-08" or "2002". */
  value: string;
  precision: 'day' | 'month' | 'year';
  /** The rule that found it. */
  rule: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function calendarValue(year: number, month: number | null, day: number | null): ReportDate['value'] {
  if (month === null) return String(year);
  return day === null ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
}

function precisionOf(month: number | null, day: number | null): ReportDate['precision'] {
  return month === null ? 'year' : day === null ? 'month' : 'day';
}

/** The report's date from its laid-out lines, or null when nothing in it dates the report. */
export function reportDate(text: string, lines: LayoutLine[]): ReportDate | null {
  const read = (l: LayoutLine | undefined) => (l?.dateAt ? readLooseDate(text.slice(...l.dateAt)) : null);
  const dateOnly = lines.filter((l) => l.kind === 'date-only');
  const firstProse = lines.findIndex((l) => l.kind === 'prose');
  // A lone date line above the text (or just under its first line) is the report's date.
  const head =
    dateOnly.length === 1 && lines.indexOf(dateOnly[0] as LayoutLine) <= Math.max(firstProse, 3)
      ? read(dateOnly[0])
      : null;
  const published = read(lines.find((l) => l.kind === 'publication'));
  const dateline = read(lines.find((l) => l.rule === 'layout.dateline' && l.dateAt));
  const full = [dateline, head, published].find((p) => p?.year != null && p.month !== null);
  if (dateline && dateline.year === null && dateline.month !== null) {
    // "KARACHI, Aug 11:" in a report published 12 August 2002: the dateline's day, the year of the rest.
    const year = (head ?? published)?.year ?? null;
    if (year !== null) {
      return {
        value: calendarValue(year, dateline.month, dateline.day),
        precision: precisionOf(dateline.month, dateline.day),
        rule: 'report-date.dateline-day',
      };
    }
  }
  if (!full || full.year === null) return null;
  const rule =
    full === dateline
      ? 'report-date.dateline'
      : full === head
        ? 'report-date.date-line'
        : 'report-date.published';
  return {
    value: calendarValue(full.year, full.month, full.day),
    precision: precisionOf(full.month, full.day),
    rule,
  };
}
