// Finds the date expressions in a sentence (full dates, months, years, ranges, decades, and
// relative ones such as "the same year") with their offsets, normalised with their precision.
import { readFullDate } from './chrono-dates.ts';

export type MentionPrecision = 'day' | 'month' | 'year' | 'range';

/** A date read from the text: "1966-01-06", "1966-01", "1966", or "1954/1958". */
export interface AbsoluteMention {
  kind: 'absolute';
  start: number;
  end: number;
  value: string;
  precision: MentionPrecision;
}

/** A date given relative to the narrative: resolved later from the last date before it. */
export interface RelativeMention {
  kind: 'relative';
  start: number;
  end: number;
  /** 'same': the anchor as it is (at year precision when `unit` is 'year'). */
  shift: 'same' | 'add' | 'span';
  unit: 'year' | 'month' | 'day';
  amount: number;
  /** For "on May 1" without a year: month and day to put in the anchor's year. */
  monthDay?: { month: number; day: number | null };
  /** "the following February": the first such month after the anchor, in its year or the next. */
  next?: boolean;
}

export type DateMention = AbsoluteMention | RelativeMention;

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const YEAR = '(1[5-9][0-9]{2}|20[0-9]{2})';
const ORD = '(?:st|nd|rd|th)?';
const DASH = '\\s*(?:-|–|—|to|till|until)\\s*';

const pad = (n: number): string => String(n).padStart(2, '0');

function monthNumber(name: string): number {
  const key = name.toLowerCase().replace('.', '').slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(key)) + 1;
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

function amountOf(word: string): number {
  return NUMBER_WORDS[word.toLowerCase()] ?? Number(word);
}

/** "and 1200 tanks stayed": a number counting things, not a year (a year names them: "the 1970 polls"). */
function isCount(m: RegExpExecArray): boolean {
  const after = m.input.slice(m.index + m[0].length);
  if (!/^\s+[a-z]+s\b/.test(after) || /^\s+(?:was|has|is|as|its|this|his|saw|witnessed|marks)\b/.test(after))
    return false;
  const before = m.input.slice(0, m.index);
  return !/(?:\b(?:the|in|on|of|since|by|from|until|till|to|during|before|after|year|early|late|mid)|[’']s)\s*$/i.test(
    before,
  );
}

type Reader = (
  m: RegExpExecArray,
) => Omit<AbsoluteMention, 'kind' | 'start' | 'end'> | Omit<RelativeMention, 'kind' | 'start' | 'end'> | null;

interface Pattern {
  re: RegExp;
  kind: 'absolute' | 'relative';
  read: Reader;
}

const g = (m: RegExpExecArray, i: number): string => m[i] ?? '';

function dayValue(m: RegExpExecArray): string | null {
  const parts = readFullDate(m[0]);
  return parts ? `${parts.year}-${pad(parts.month)}-${pad(parts.day)}` : null;
}

const PATTERNS: Pattern[] = [
  // ISO "2002-06-14"
  {
    kind: 'absolute',
    re: new RegExp(`\\b${YEAR}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])\\b`, 'g'),
    read: (m) => ({ value: `${g(m, 1)}-${g(m, 2)}-${g(m, 3)}`, precision: 'day' }),
  },
  // "3-30 May 1950"
  {
    kind: 'absolute',
    re: new RegExp(`\\b(\\d{1,2})${ORD}${DASH}(\\d{1,2})${ORD}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}\\b`, 'g'),
    read: (m) => {
      const mm = pad(monthNumber(g(m, 3)));
      return {
        value: `${g(m, 4)}-${mm}-${pad(+g(m, 1))}/${g(m, 4)}-${mm}-${pad(+g(m, 2))}`,
        precision: 'range',
      };
    },
  },
  // "May 3-30, 1950"
  {
    kind: 'absolute',
    re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})${ORD}${DASH}(\\d{1,2})${ORD},?\\s+${YEAR}\\b`, 'g'),
    read: (m) => {
      const mm = pad(monthNumber(g(m, 1)));
      return {
        value: `${g(m, 4)}-${mm}-${pad(+g(m, 2))}/${g(m, 4)}-${mm}-${pad(+g(m, 3))}`,
        precision: 'range',
      };
    },
  },
  // "March–April 1954"
  {
    kind: 'absolute',
    re: new RegExp(`\\b${MONTH}${DASH}${MONTH},?\\s+${YEAR}\\b`, 'g'),
    read: (m) => ({
      value: `${g(m, 3)}-${pad(monthNumber(g(m, 1)))}/${g(m, 3)}-${pad(monthNumber(g(m, 2)))}`,
      precision: 'range',
    }),
  },
  // "6th January, 1966", "5 June 1965"
  {
    kind: 'absolute',
    re: new RegExp(`\\b(\\d{1,2})${ORD}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}\\b`, 'g'),
    read: (m) => {
      const value = dayValue(m);
      return value ? { value, precision: 'day' } : null;
    },
  },
  // "June 02, 2014", "April 5 1965"
  {
    kind: 'absolute',
    re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})${ORD},?\\s+${YEAR}\\b`, 'g'),
    read: (m) => {
      const value = dayValue(m);
      return value ? { value, precision: 'day' } : null;
    },
  },
  // "November, 2014", "late December 1949"
  {
    kind: 'absolute',
    re: new RegExp(`\\b${MONTH},?\\s+(?:of\\s+)?${YEAR}\\b`, 'g'),
    read: (m) => ({ value: `${g(m, 2)}-${pad(monthNumber(g(m, 1)))}`, precision: 'month' }),
  },
  // "from 1988 to 2001", "between 1954 and 1958"
  {
    kind: 'absolute',
    re: new RegExp(`\\b(?:from|between)\\s+${YEAR}\\s+(?:to|till|until|and)\\s+${YEAR}\\b`, 'gi'),
    read: (m) => ({ value: `${g(m, 1)}/${g(m, 2)}`, precision: 'range' }),
  },
  // "1954-58", "1922–1927"
  {
    kind: 'absolute',
    re: new RegExp(`(?<![\\dA-Za-z/$£€.-])${YEAR}\\s*(?:-|–|—)\\s*(\\d{2}|\\d{4})(?![\\d%])`, 'g'),
    read: (m) => {
      const from = g(m, 1);
      const tail = g(m, 2);
      const to = tail.length === 2 ? `${from.slice(0, 2)}${tail}` : tail;
      return +to > +from && +to - +from < 100 ? { value: `${from}/${to}`, precision: 'range' } : null;
    },
  },
  // "early 1950s", "the 1990s"
  {
    kind: 'absolute',
    re: /\b(?:(early|mid|late)[\s-]+)?(1[0-9]{2}|20[0-9])0'?s\b/gi,
    read: (m) => {
      const base = +g(m, 2) * 10;
      const part = g(m, 1).toLowerCase();
      const [a, b] = part === 'early' ? [0, 3] : part === 'mid' ? [4, 6] : part === 'late' ? [7, 9] : [0, 9];
      return { value: `${base + a}/${base + b}`, precision: 'range' };
    },
  },
  // bare year, not part of a number, an amount or a model name
  {
    kind: 'absolute',
    re: new RegExp(
      `(?<![\\dA-Za-z/$£€#.,:-])${YEAR}(?![\\d%/]|\\s*(?:-|–)\\s*\\d|,\\d|\\.\\d|\\s+(?:million|billion|crore|lakh|feet|km|kilometres|kilometers|miles|metres|meters|tons|tonnes|troops|soldiers|people|delegates|MW|hours)\\b)`,
      'g',
    ),
    read: (m) => (isCount(m) ? null : { value: g(m, 1), precision: 'year' }),
  },
  // "in September of the same year", "that September", "that same month's" month: the anchor's year
  {
    kind: 'relative',
    re: new RegExp(
      `\\b(?:${MONTH}\\s+(?:of\\s+)?(?:the\\s+same|that)\\s+year|(?:that|the\\s+same)\\s+(?:same\\s+)?${MONTH})\\b(?!,?\\s*\\d{4})`,
      'g',
    ),
    read: (m) => {
      const month = monthNumber(g(m, 1) || g(m, 2));
      return month === 0 ? null : { shift: 'same', unit: 'month', amount: 0, monthDay: { month, day: null } };
    },
  },
  // "the following February", "the next July": the first such month after the anchor
  {
    kind: 'relative',
    re: new RegExp(`\\b(?:the\\s+)?(?:following|next)\\s+${MONTH}\\b(?!,?\\s*\\d{4})`, 'gi'),
    read: (m) => {
      const month = monthNumber(g(m, 1));
      return month === 0
        ? null
        : { shift: 'same', unit: 'month', amount: 0, monthDay: { month, day: null }, next: true };
    },
  },
  // "that month", "the same month", "that same month"
  {
    kind: 'relative',
    re: /\b(?:(?:in|during|of|by)\s+)?(?:that|the\s+same|that\s+same)\s+month\b/gi,
    read: () => ({ shift: 'same', unit: 'month', amount: 0 }),
  },
  // "the following month", "the next day"
  {
    kind: 'relative',
    re: /\b(?:the\s+)?(?:following|next|subsequent)\s+(month|day)\b/gi,
    read: (m) => ({ shift: 'add', unit: g(m, 1).toLowerCase() === 'month' ? 'month' : 'day', amount: 1 }),
  },
  // "on May 1", "in March" after a year was given
  {
    kind: 'relative',
    re: new RegExp(
      `\\b(?:[Oo]n|[Ii]n|[Bb]y|[Ss]ince|[Ff]rom|[Uu]ntil|[Tt]ill)\\s+(?:(?:the\\s+)?(\\d{1,2})${ORD}\\s+(?:of\\s+)?${MONTH}|${MONTH}(?:\\s+(\\d{1,2})${ORD})?)\\b(?!,?\\s*\\d{4})`,
      'g',
    ),
    read: (m) => {
      const month = monthNumber(g(m, 2) || g(m, 3));
      const dayText = g(m, 1) || g(m, 4);
      if (month === 0) return null;
      return {
        shift: 'same',
        unit: dayText ? 'day' : 'month',
        amount: 0,
        monthDay: { month, day: dayText ? +dayText : null },
      };
    },
  },
  // "the same year", "that year", "at the same time", "in the same period"
  {
    kind: 'relative',
    re: /\b(?:(?:in|during|of|by)\s+)?(?:the\s+same|that)\s+(year|time|period)\b|\blater\s+(?:that|the\s+same)\s+year\b/gi,
    read: () => ({ shift: 'same', unit: 'year', amount: 0 }),
  },
  // "on this fateful day", "that day": the date just given
  {
    kind: 'relative',
    re: /\b(?:on\s+)?(?:this|that|the\s+same)\s+(?:fateful\s+|very\s+)?day\b/gi,
    read: () => ({ shift: 'same', unit: 'day', amount: 0 }),
  },
  // "the following year", "the next year", "a year later", "two years later"
  {
    kind: 'relative',
    re: /\b(?:the\s+)?(?:following|next|subsequent)\s+year\b|\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+(later|after(?:wards)?|before|earlier)\b/gi,
    read: (m) => {
      const n = m[1] ? amountOf(g(m, 1)) : 1;
      const back = /before|earlier/i.test(g(m, 2));
      return { shift: 'add', unit: 'year', amount: back ? -n : n };
    },
  },
  // "within a period of five years": from the anchor's year to that many years on
  {
    kind: 'relative',
    re: /\bwithin\s+(?:a\s+(?:period|span)\s+of\s+|the\s+next\s+)?(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years\b/gi,
    read: (m) => ({ shift: 'span', unit: 'year', amount: amountOf(g(m, 1)) }),
  },
  // "two months later", "a day before"
  {
    kind: 'relative',
    re: /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+(months?|days?|weeks?)\s+(later|after(?:wards)?|before|earlier)\b/gi,
    read: (m) => {
      const n = amountOf(g(m, 1));
      // "a day before <event>" dates the event after the anchor; "a day earlier" goes back.
      const back = /earlier/i.test(g(m, 3));
      const unit = g(m, 2).toLowerCase().startsWith('month') ? 'month' : 'day';
      const amount = unit === 'day' && g(m, 2).toLowerCase().startsWith('week') ? n * 7 : n;
      return { shift: 'add', unit, amount: back ? -amount : amount };
    },
  },
];

/** Every date expression in `text`, in order of appearance; offsets are relative to `text`. */
export function findDateMentions(text: string): DateMention[] {
  const taken: Array<[number, number]> = [];
  const out: DateMention[] = [];
  const free = (a: number, b: number): boolean => taken.every(([s, e]) => b <= s || a >= e);
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!free(start, end)) continue;
      const read = p.read(m);
      if (!read) continue;
      taken.push([start, end]);
      out.push({ ...read, kind: p.kind, start, end } as DateMention);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
