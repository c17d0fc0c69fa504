// Dates of facts as people read them, at the precision the sources give.
import type { DateValue } from './deck-schema.ts';

/** Month names, January first. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

function formatPoint(point: string): string {
  const [y, m, d] = point.split('-');
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (d && month) return `${Number(d)} ${month} ${y}`;
  if (month) return `${month} ${y}`;
  return y ?? point;
}

/**
 * "10 January 1966", "January 1966", "1966", "1960s", or a range "1954–1958" / "3–30 May 1950".
 * Never throws: an unexpected value is returned as it is.
 */
export function formatDateValue(date: DateValue): string {
  const { value, precision } = date;
  if (precision === 'decade') return `${value.slice(0, 3)}0s`;
  const [from, to] = value.split('/');
  if (!from) return value;
  if (!to) return formatPoint(from);
  const a = from.split('-');
  const b = to.split('-');
  // Shared month and year: "3–30 May 1950"; shared year: "March–April 1954".
  if (a.length === 3 && b.length === 3 && a[0] === b[0] && a[1] === b[1]) {
    return `${Number(a[2])}–${formatPoint(to)}`;
  }
  if (a.length === 2 && b.length === 2 && a[0] === b[0]) {
    return `${MONTHS[Number(a[1]) - 1] ?? a[1]}–${formatPoint(to)}`;
  }
  return `${formatPoint(from)}–${formatPoint(to)}`;
}

/** The first year a date value names, or null when it names none. */
export function startYear(value: string): number | null {
  const m = /^(\d{4})/.exec(value);
  return m ? Number(m[1]) : null;
}
