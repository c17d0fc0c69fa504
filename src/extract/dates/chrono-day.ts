// Date mentions with a day, as chrono-node reads them (through its one wrapper), turned into the
// date stage's values: only what the text says, so a missing year stays missing until resolution.
import { type ChronoDay, readDayDates } from '../chrono-dates.ts';
import type { DatePoint, DateValue } from './value.ts';

export interface Candidate {
  start: number;
  end: number;
  rule: string;
  value: DateValue;
  /** The rule's place in its table: the earlier wins a tie between two matches of one length. */
  rank: number;
}

const LEADING = /^(?:on|in|at|by|from|since|until|till|of)\s+/i;

function pointOf(d: ChronoDay['start']): DatePoint {
  return d.year === null ? { month: d.month, day: d.day } : { year: d.year, month: d.month, day: d.day };
}

/** The day dates chrono-node finds in `text`, as candidates of the rule `chrono-day`. */
export function chronoCandidates(text: string, rule: string): Candidate[] {
  const out: Candidate[] = [];
  for (const found of readDayDates(text)) {
    const lead = LEADING.exec(found.text)?.[0].length ?? 0;
    const start = found.index + lead;
    const end = found.index + found.text.length;
    const from = pointOf(found.start);
    if (!found.end) {
      out.push({ start, end, rule, rank: -1, value: { kind: 'point', point: from } });
      continue;
    }
    const to = pointOf(found.end);
    // "31 May to 2 June 2022": the first day takes the year the last one gives.
    if (from.year === undefined && to.year !== undefined) {
      from.year =
        to.month !== undefined && from.month !== undefined && from.month > to.month ? to.year - 1 : to.year;
    }
    out.push({ start, end, rule, rank: -1, value: { kind: 'range', from, to } });
  }
  return out;
}
