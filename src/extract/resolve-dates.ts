// Turns relative date mentions into dates, from the last date the narrative gave before them.
import type { AbsoluteMention, DateMention, MentionPrecision } from './date-mentions.ts';

export interface ResolvedDate {
  start: number;
  end: number;
  value: string;
  precision: MentionPrecision;
  relative: boolean;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The first endpoint of a date value, as year, month and day (month and day null when absent). */
function partsOf(value: string): { y: number; m: number | null; d: number | null } {
  const [first = ''] = value.split('/');
  const [y = '0', m, d] = first.split('-');
  return { y: +y, m: m ? +m : null, d: d ? +d : null };
}

/** The date a relative mention stands for, given the anchor; null when it cannot be worked out. */
export function resolveRelative(
  mention: DateMention,
  anchor: AbsoluteMention | ResolvedDate | null,
): ResolvedDate | null {
  if (mention.kind === 'absolute') {
    return {
      start: mention.start,
      end: mention.end,
      value: mention.value,
      precision: mention.precision,
      relative: false,
    };
  }
  if (!anchor) return null;
  const a = partsOf(anchor.value);
  const at = (value: string, precision: MentionPrecision): ResolvedDate => ({
    start: mention.start,
    end: mention.end,
    value,
    precision,
    relative: true,
  });
  if (mention.monthDay) {
    const { month, day } = mention.monthDay;
    // "The following February" after a date in or past February is next year's.
    const y = mention.next && (a.m === null || month <= a.m) ? a.y + 1 : a.y;
    return day === null ? at(`${y}-${pad(month)}`, 'month') : at(`${y}-${pad(month)}-${pad(day)}`, 'day');
  }
  if (mention.shift === 'same') {
    if (mention.unit === 'day' && anchor.precision !== 'range') return at(anchor.value, anchor.precision);
    if (mention.unit === 'month' && a.m !== null && anchor.precision !== 'range') {
      return at(`${a.y}-${pad(a.m)}`, 'month');
    }
    return at(String(a.y), 'year');
  }
  if (mention.shift === 'span') return at(`${a.y}/${a.y + mention.amount}`, 'range');
  if (mention.unit === 'year') return at(String(a.y + mention.amount), 'year');
  if (mention.unit === 'month') {
    // "Two months later" after a bare year: the year is all we know.
    if (a.m === null) return at(String(a.y), 'year');
    const date = new Date(Date.UTC(a.y, a.m - 1 + mention.amount, 1));
    return at(`${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}`, 'month');
  }
  if (a.m === null) return at(String(a.y), 'year');
  if (a.d === null) return at(`${a.y}-${pad(a.m)}`, 'month');
  const date = new Date(Date.UTC(a.y, a.m - 1, a.d + mention.amount));
  return at(`${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`, 'day');
}
