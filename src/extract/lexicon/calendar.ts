// The calendar's words: months, weekdays, seasons, parts of a period and units of time, each a
// dictionary from the written form to its meaning. Every stage reads them from here.

/** Month names and their abbreviations, lower case, to the month's number (1–12). */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** The full English name of each month, January first (the deck writes dates with the same list). */
export { MONTHS as MONTH_NAMES } from '../../domain/date-format.ts';

/** Weekday names and abbreviations to their number, Monday 1 … Sunday 7 (ISO 8601). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1,
  mon: 1,
  tuesday: 2,
  tues: 2,
  tue: 2,
  wednesday: 3,
  wed: 3,
  thursday: 4,
  thurs: 4,
  thu: 4,
  friday: 5,
  fri: 5,
  saturday: 6,
  sat: 6,
  sunday: 7,
  sun: 7,
};

export type Season = 'SP' | 'SU' | 'FA' | 'WI';

/** Seasons to their TimeML codes. */
export const SEASONS: Readonly<Record<string, Season>> = {
  spring: 'SP',
  summer: 'SU',
  autumn: 'FA',
  fall: 'FA',
  winter: 'WI',
};

export type Part = 'early' | 'mid' | 'late';

/** Words that place a date in the first, middle or last part of its period ("early 1998", "the end of May"). */
export const PARTS: Readonly<Record<string, Part>> = {
  early: 'early',
  'the beginning of': 'early',
  'the start of': 'early',
  'the first half of': 'early',
  mid: 'mid',
  'the middle of': 'mid',
  'the middle of the': 'mid',
  late: 'late',
  'the end of': 'late',
  'the close of': 'late',
  'the second half of': 'late',
  'the last half of': 'late',
};

export type TimeUnit = 'day' | 'week' | 'month' | 'year' | 'decade';

/** Units of time, singular and plural, to the unit. */
export const UNITS: Readonly<Record<string, TimeUnit>> = {
  day: 'day',
  days: 'day',
  week: 'week',
  weeks: 'week',
  month: 'month',
  months: 'month',
  year: 'year',
  years: 'year',
  decade: 'decade',
  decades: 'decade',
};

export type DayTime = 'MO' | 'AF' | 'EV' | 'NI';

/** Parts of a day to their TimeML codes ("this afternoon" is 1998-08-07TAF). */
export const DAY_TIMES: Readonly<Record<string, DayTime>> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
};

/** Era markers after a year: "323 BC", "44 BCE" (before), "AD 1200", "1200 CE" (after). */
export const ERAS: Readonly<Record<string, 'BC' | 'AD'>> = {
  bc: 'BC',
  'b.c.': 'BC',
  bce: 'BC',
  'b.c.e.': 'BC',
  ad: 'AD',
  'a.d.': 'AD',
  ce: 'AD',
  'c.e.': 'AD',
};

/** Words that count from the document date: "last year" is one year back. */
export const DEICTIC_SHIFTS: Readonly<Record<string, number>> = {
  this: 0,
  last: -1,
  next: 1,
  'this past': -1,
  'this coming': 1,
};

/** Words that count from the last mentioned date: "the following year" is one year on. */
export const ANAPHORIC_SHIFTS: Readonly<Record<string, number>> = {
  that: 0,
  'the same': 0,
  'that same': 0,
  'that very': 0,
  'this very': 0,
  'that fateful': 0,
  'this fateful': 0,
  'the following': 1,
  'the next': 1,
  'the subsequent': 1,
  'the previous': -1,
  'the preceding': -1,
  'the prior': -1,
};

/** Words after a count of units that say which way it counts: "two years later", "a year earlier". */
export const DIRECTIONS: Readonly<Record<string, number>> = {
  later: 1,
  after: 1,
  afterwards: 1,
  afterward: 1,
  on: 1,
  earlier: -1,
  before: -1,
};

/** Words for a stretch of time as long as the narrative's last year: "at the same time", "in that period". */
export const PERIOD_WORDS: readonly string[] = ['time', 'period', 'era'];

/** Days named from the document date, with their distance from it in days. */
export const DEICTIC_DAYS: Readonly<Record<string, number>> = {
  today: 0,
  tonight: 0,
  yesterday: -1,
  tomorrow: 1,
  'the day before yesterday': -2,
  'the day after tomorrow': 2,
};

/** Words that lead a date ("in March", "since May"): "May" and "March" alone are months only after one. */
export const DATE_LEADS: readonly string[] = [
  'in',
  'on',
  'by',
  'since',
  'from',
  'until',
  'till',
  'to',
  'during',
  'through',
  'of',
  'and',
  'or',
  'between',
  'before',
  'after',
  'early',
  'late',
  'mid',
  'the end of',
  'the middle of',
  'the beginning of',
  'the start of',
];
