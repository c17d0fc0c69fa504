// The named slots a date rule's pattern is built from ("{day} {month} {year}"): each a vocabulary
// of the lexicon turned into a pattern, and a reader from the matched words to their meaning.
import {
  ANAPHORIC_SHIFTS,
  DATE_LEADS,
  DAY_TIMES,
  type DayTime,
  DEICTIC_DAYS,
  DEICTIC_SHIFTS,
  DIRECTIONS,
  ERAS,
  MONTH_NAMES,
  MONTHS,
  matchAny,
  NUMBER_WORDS,
  numberValue,
  ORDINAL_WORDS,
  PARTS,
  type Part,
  PERIOD_WORDS,
  SEASONS,
  type Season,
  TENS,
  type TimeUnit,
  UNITS,
  VAGUE_COUNTS,
  WEEKDAYS,
} from '../lexicon/index.ts';

/** What a rule's slots read from one match; a slot the pattern has not got is absent. */
export interface Slots {
  year?: number;
  year2?: number;
  /** Two digits ending a range of years: "58" in "1954-58". */
  yy?: number;
  /** A year of any length, before an era marker: "323" in "323 BC". */
  anyyear?: number;
  era?: 'BC' | 'AD';
  decade?: number;
  /** The second decade of a span: "the 1970s and 1980s". */
  decade2?: number;
  month?: number;
  month2?: number;
  day?: number;
  day2?: number;
  weekday?: number;
  n?: number;
  unit?: TimeUnit;
  part?: Part;
  season?: Season;
  time?: DayTime;
  /** A year spelled in words: "nineteen ninety-six", "two thousand". */
  spelledyear?: number;
  /** "this" 0, "last" -1, "next" 1: a count from the document date. */
  deixis?: number;
  /** "that" 0, "the following" 1, "the previous" -1: a count from the last mentioned date. */
  anaphor?: number;
  /** "later" 1, "earlier" -1. */
  direction?: number;
  /** "today" 0, "yesterday" -1 …, with "tonight" read as the night of the day. */
  dayword?: number;
  /** A word that leads a date: "in", "since", "early". */
  lead?: string;
  /** "time" in "at the same time". */
  period?: string;
}

type SlotName = keyof Slots;

interface SlotDef {
  source: string;
  /** The slot's value, or undefined when the words do not make one (the match is then dropped). */
  read: (text: string) => Slots[SlotName] | undefined;
}

const lower = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ');
const starts = (text: string): boolean => /^[A-Z]/.test(text);
const inRange = (n: number, lo: number, hi: number): number | undefined =>
  Number.isInteger(n) && n >= lo && n <= hi ? n : undefined;

const UNITS_DIGITS = matchAny(Object.keys(NUMBER_WORDS).filter((w) => (NUMBER_WORDS[w] ?? 99) < 10));
const NUMBER = `(?:\\d{1,3}|${matchAny(Object.keys(TENS))}(?:[\\s-]+${UNITS_DIGITS})?|${matchAny([
  ...Object.keys(NUMBER_WORDS),
  ...Object.keys(VAGUE_COUNTS),
])})`;
/** A month's name, or its abbreviation with or without a full stop ("Sept.", "Sep"). */
const FULL_MONTHS = MONTH_NAMES.map((m) => m.toLowerCase());
const MONTH = `(?:${matchAny(FULL_MONTHS)}|${matchAny(Object.keys(MONTHS).filter((m) => !FULL_MONTHS.includes(m)))}\\.?)`;
const WEEKDAY_NAMES = Object.keys(WEEKDAYS).filter((w) => w.endsWith('day'));
const YEAR_WORDS = `(?:nineteen|twenty)[\\s-]+(?:${matchAny(Object.keys(TENS))}(?:[\\s-]+${UNITS_DIGITS})?|hundred|${matchAny(Object.keys(NUMBER_WORDS).filter((w) => w.length > 2 && (NUMBER_WORDS[w] ?? 0) >= 10 && (NUMBER_WORDS[w] ?? 0) < 20))})|two\\s+thousand(?:\\s+(?:and\\s+)?${UNITS_DIGITS})?`;

function spelledYear(text: string): number | undefined {
  const words = text.toLowerCase().split(/[\s-]+/);
  if (words[0] === 'two' && words[1] === 'thousand') {
    const rest = words.filter((w, i) => i > 1 && w !== 'and');
    return 2000 + (rest.length ? numberValue(rest.join(' ')) : 0);
  }
  const century = words[0] === 'nineteen' ? 1900 : 2000;
  const rest = words.slice(1).join(' ');
  if (rest === 'hundred') return century;
  const n = numberValue(rest);
  return Number.isNaN(n) ? undefined : century + n;
}

const DECADE = "(?:\\d{3}0|['’]\\d0)['’]?s";

/** A decade's first three digits: 197 for "1970s" and for "’70s". */
function readDecade(text: string): number | undefined {
  const digits = text.replace(/\D/g, '');
  return digits.length === 2 ? 190 + Math.floor(+digits / 10) : inRange(Math.floor(+digits / 10), 100, 209);
}

export const SLOTS: Record<SlotName, SlotDef> = {
  year: { source: '\\d{4}', read: (t) => inRange(+t, 1000, 2099) },
  year2: { source: '\\d{4}', read: (t) => inRange(+t, 1000, 2099) },
  yy: { source: '\\d{2}', read: (t) => +t },
  anyyear: { source: '\\d{1,4}', read: (t) => inRange(+t, 1, 9999) },
  era: { source: matchAny(Object.keys(ERAS)), read: (t) => ERAS[t.toLowerCase()] },
  decade: { source: DECADE, read: readDecade },
  decade2: { source: DECADE, read: readDecade },
  month: { source: MONTH, read: readMonth },
  month2: { source: MONTH, read: readMonth },
  day: { source: `(?:\\d{1,2}(?:st|nd|rd|th)?|${matchAny(Object.keys(ORDINAL_WORDS))})`, read: readDay },
  day2: { source: `(?:\\d{1,2}(?:st|nd|rd|th)?|${matchAny(Object.keys(ORDINAL_WORDS))})`, read: readDay },
  weekday: {
    source: matchAny(WEEKDAY_NAMES),
    read: (t) => (starts(t) ? WEEKDAYS[t.toLowerCase()] : undefined),
  },
  n: { source: NUMBER, read: (t) => inRange(numberValue(t.replace(/\s+/g, ' ')), 1, 999) },
  unit: { source: matchAny(Object.keys(UNITS)), read: (t) => UNITS[t.toLowerCase()] },
  part: { source: matchAny(Object.keys(PARTS)), read: (t) => PARTS[lower(t)] },
  season: { source: matchAny(Object.keys(SEASONS)), read: (t) => SEASONS[t.toLowerCase()] },
  time: { source: matchAny(Object.keys(DAY_TIMES)), read: (t) => DAY_TIMES[t.toLowerCase()] },
  spelledyear: { source: `(?:${YEAR_WORDS})`, read: spelledYear },
  deixis: { source: matchAny(Object.keys(DEICTIC_SHIFTS)), read: (t) => DEICTIC_SHIFTS[lower(t)] },
  anaphor: { source: matchAny(Object.keys(ANAPHORIC_SHIFTS)), read: (t) => ANAPHORIC_SHIFTS[lower(t)] },
  direction: { source: matchAny(Object.keys(DIRECTIONS)), read: (t) => DIRECTIONS[lower(t)] },
  dayword: { source: matchAny(Object.keys(DEICTIC_DAYS)), read: (t) => DEICTIC_DAYS[lower(t)] },
  lead: { source: matchAny(DATE_LEADS), read: (t) => lower(t) },
  period: { source: matchAny(PERIOD_WORDS), read: (t) => lower(t) },
};

/** A month name read only when written with a capital ("May", "MAY"), so the verb "may" is no month. */
function readMonth(text: string): number | undefined {
  return starts(text) ? MONTHS[text.toLowerCase().replace('.', '')] : undefined;
}

function readDay(text: string): number | undefined {
  const t = text.toLowerCase();
  const n = /^\d/.test(t) ? Number.parseInt(t, 10) : ORDINAL_WORDS[t];
  return n === undefined ? undefined : inRange(n, 1, 31);
}

/** A pattern's spaces as white space: " " any run of it, " ?" maybe some, inside brackets one character. */
function spaces(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] as string;
    if (ch === '\\') {
      out += ch + (pattern[i + 1] ?? '');
      i++;
    } else if (ch === '[') {
      inClass = true;
      out += ch;
    } else if (ch === ']') {
      inClass = false;
      out += ch;
    } else if (ch !== ' ') out += ch;
    else if (inClass) out += '\\s';
    else if (pattern[i + 1] === '?') {
      out += '\\s*';
      i++;
    } else out += '\\s+';
  }
  return out;
}

/**
 * A rule's pattern as a regular expression: each `{slot}` becomes a named group of that slot's
 * vocabulary, each space any run of white space; the whole stands between word boundaries.
 */
export function compilePattern(pattern: string, caseSensitive = false): RegExp {
  const source = spaces(pattern).replace(/\{([a-z]\w*)\}/g, (_, name: string) => {
    const slot = SLOTS[name as SlotName];
    if (!slot) throw new Error(`unknown slot {${name}} in date pattern ${pattern}`);
    return `(?<${name}>${slot.source})`;
  });
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, caseSensitive ? 'gu' : 'giu');
}

/** The slots of one match, or null when one of them does not read. */
export function readSlots(groups: Record<string, string | undefined> | undefined): Slots | null {
  const slots: Record<string, unknown> = {};
  for (const [name, text] of Object.entries(groups ?? {})) {
    if (text === undefined) continue;
    const value = SLOTS[name as SlotName].read(text);
    if (value === undefined) return null;
    slots[name] = value;
  }
  return slots as Slots;
}
