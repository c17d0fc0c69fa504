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
