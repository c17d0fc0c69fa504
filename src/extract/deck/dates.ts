// Date values of facts: bounds, agreement between two claims, sort keys and nearby years.
import type { DateValue } from '../../domain/deck-schema.ts';

export interface DateBounds {
  /** First day covered, as yyyymmdd. */
  from: number;
  /** Last day covered, as yyyymmdd. */
  to: number;
}

function pointBounds(point: string): DateBounds {
  const [y = '0', m, d] = point.split('-');
  const year = Number(y) * 10000;
  if (m && d) {
    const day = year + Number(m) * 100 + Number(d);
    return { from: day, to: day };
  }
  if (m) return { from: year + Number(m) * 100 + 1, to: year + Number(m) * 100 + 31 };
  return { from: year + 101, to: year + 1231 };
}

/** The days a date value covers ("1966" covers all of 1966; "1954/1958" five years). */
export function dateBounds(date: DateValue): DateBounds {
  if (date.precision === 'decade') {
    const start = Number(date.value.slice(0, 3)) * 10;
    return { from: start * 10000 + 101, to: (start + 9) * 10000 + 1231 };
  }
  const [a = date.value, b] = date.value.split('/');
  const first = pointBounds(a);
  return b ? { from: first.from, to: pointBounds(b).to } : first;
}

/** The first year a date value names. */
export function yearOf(date: DateValue): number {
  return Math.floor(dateBounds(date).from / 10000);
}

/**
 * Two claims agree when one contains the other ("1966" and "6 January 1966"); they disagree when
 * they name different days, months or years.
 */
export function datesAgree(a: DateValue, b: DateValue): boolean {
  const x = dateBounds(a);
  const y = dateBounds(b);
  return (x.from <= y.from && y.to <= x.to) || (y.from <= x.from && x.to <= y.to);
}

/** How finely a date is known: higher is finer. Used to prefer "6 January 1966" over "1966". */
export function fineness(date: DateValue): number {
  const order = { decade: 0, range: 1, year: 2, month: 3, day: 4 } as const;
  return order[date.precision];
}

/** A sort key: earlier first, then the wider date first. */
export function dateSortKey(date: DateValue): string {
  const b = dateBounds(date);
  return `${String(b.from).padStart(8, '0')}-${String(99999999 - b.to).padStart(8, '0')}`;
}

/** Years between the starts of two dates, as a non-negative number. */
export function yearGap(a: DateValue, b: DateValue): number {
  return Math.abs(yearOf(a) - yearOf(b));
}
