// The date stage's rules as data, in the manner of HeidelTime's rule files: each a pattern built
// from the lexicon's named slots, the value it gives (underspecified until resolution) and examples
// that run as tests. Full dates with a day ("5 June 1965", "Sept. 30", "March 22-23") are read by
// chrono-node (CHRONO_RULE); these rules read what it declines.

import type { DayTime } from '../lexicon/index.ts';
import type { Slots } from './slots.ts';
import type { DatePoint, DateValue, Lean } from './value.ts';

export interface RuleExample {
  text: string;
  /** The TimeML value the rule's mention resolves to, with the document date EXAMPLE_DOCUMENT_DATE. */
  value: string;
}

export interface DateRule {
  id: string;
  reason: string;
  /** A regular-expression source with `{slot}` placeholders; a space matches any white space. */
  pattern: string;
  /** Tested, case as written, on the match and the words just after it: a hit drops the match. */
  unless?: RegExp;
  /** The mention's value from its slots; null drops the match. */
  value: (s: Slots, words: string) => DateValue | null;
  examples: RuleExample[];
}

export interface NegativeRule {
  id: string;
  reason: string;
  pattern: string;
  /** Matched as written ("2011 US Navy" is no count of things); other patterns ignore case. */
  caseSensitive?: boolean;
  /** Texts in which the matched words must give no date mention. */
  examples: string[];
}

/** The document date the examples are resolved against: Friday, 7 August 1998. */
export const EXAMPLE_DOCUMENT_DATE: DatePoint = { year: 1998, month: 8, day: 7 };

/** The record of the library rule: chrono-node reads dates with a day in every usual order. */
export const CHRONO_RULE = {
  id: 'chrono-day',
  reason: 'a date with its day, in any of the orders chrono-node reads; a missing year is resolved',
  examples: [
    { text: 'The accord was signed on 6th January, 1966.', value: '1966-01-06' },
    { text: 'They met on June 02, 2014 in Dushanbe.', value: '2014-06-02' },
    { text: 'The talks ended DECEMBER 14, 1998.', value: '1998-12-14' },
    { text: 'The minister said on May 28 that talks had failed.', value: '1998-05-28' },
    { text: 'The minister will visit Ankara on 3 September.', value: '1998-09-03' },
    { text: 'The summit was held on March 22-23.', value: '1998-03-22/1998-03-23' },
    { text: 'The fair ran from 31 May to 2 June 2022.', value: '2022-05-31/2022-06-02' },
    { text: 'In 1965 the war began. On September 6 the army crossed.', value: '1965-09-06' },
    { text: 'Filed on 1998-08-05.', value: '1998-08-05' },
    { text: 'On 9/4/2015 the minister visited.', value: '2015-04-09' },
    { text: 'On 12/25/2015 the office was closed.', value: '2015-12-25' },
  ] satisfies RuleExample[],
};

const point = (p: DatePoint, lean?: Lean): DateValue =>
  lean === undefined ? { kind: 'point', point: p } : { kind: 'point', point: p, lean };
const part = (s: Slots): Pick<DatePoint, 'part'> => (s.part ? { part: s.part } : {});
const need = <T>(v: T | undefined): v is T => v !== undefined;

const lean = (n: number): Lean => (n < 0 ? -1 : n > 0 ? 1 : 0);
const timeOf = (s: Slots): { time?: DayTime } => (s.time ? { time: s.time } : {});

/** The positive rules, longest match winning over shorter ones inside it; on a tie the earlier rule. */
export const DATE_RULES: DateRule[] = [
  {
    id: 'month-range-year',
    reason: 'a span of months in one year',
    pattern: '{month} ?(?:-|–|—|to|till|until) ?{month2},? {year}',
    value: (s) =>
      need(s.month) && need(s.month2) && need(s.year)
        ? { kind: 'range', from: { year: s.year, month: s.month }, to: { year: s.year, month: s.month2 } }
        : null,
    examples: [{ text: 'Talks ran March–April 1954.', value: '1954-03/1954-04' }],
  },
  {
    id: 'month-year',
    reason: 'a month of a given year, perhaps early, mid or late in it',
    pattern: '(?:{part}[ -]?)?{month},? (?:of )?{year}',
    value: (s) =>
      need(s.month) && need(s.year) ? point({ year: s.year, month: s.month, ...part(s) }) : null,
    examples: [
      { text: 'He resigned in November, 2014.', value: '2014-11' },
      { text: 'It fell in late December 1949.', value: '1949-12' },
      { text: 'The strike began in mid-June of 1972.', value: '1972-06' },
    ],
  },
  {
    id: 'month-deictic-year',
    reason: 'a month of the year before, of or after the report: "June last year"',
    pattern: '{month} {deixis} year',
    value: (s) =>
      need(s.month) && need(s.deixis)
        ? { kind: 'relative', anchor: 'document', unit: 'year', shift: s.deixis, set: { month: s.month } }
        : null,
    examples: [{ text: 'Prices rose in June last year.', value: '1997-06' }],
  },
  {
    id: 'month-deictic',
    reason: '"last April" is the April before the document date, "next April" the one after it',
    pattern: '(?:{part}[ -]?)?{deixis} {month}',
    value: (s) =>
      need(s.month) && need(s.deixis)
        ? {
            kind: 'relative',
            anchor: 'document',
            unit: 'month',
            shift: 0,
            set: { month: s.month },
            lean: lean(s.deixis),
            ...part(s),
          }
        : null,
    examples: [
      { text: 'The deal was signed last April.', value: '1998-04' },
      { text: 'Elections are due next January.', value: '1999-01' },
      { text: 'They met last December.', value: '1997-12' },
    ],
  },
  {
    id: 'month-anaphoric',
    reason: '"that September" is in the year last mentioned; "the following February" the first after it',
    pattern: '{anaphor} {month}',
    value: (s) =>
      need(s.month) && need(s.anaphor)
        ? {
            kind: 'relative',
            anchor: 'narrative',
            unit: 'month',
            shift: 0,
            set: { month: s.month },
            lean: lean(s.anaphor),
          }
        : null,
    examples: [
      { text: 'Troops arrived in 1971. That December the war ended.', value: '1971-12' },
      {
        text: 'The treaty was signed in May 1972; the following February it came into force.',
        value: '1973-02',
      },
    ],
  },
  {
    id: 'month-of-that-year',
    reason: '"in September of that year": a month of the year last mentioned or the one after it',
    pattern: '{month},? (?:of )?{anaphor} year',
    value: (s) =>
      need(s.month) && need(s.anaphor)
        ? { kind: 'relative', anchor: 'narrative', unit: 'year', shift: s.anaphor, set: { month: s.month } }
        : null,
    examples: [
      { text: 'Ties began in 1950. In September of the same year an embassy opened.', value: '1950-09' },
      { text: 'Ties began in 1950. In March of the following year an envoy came.', value: '1951-03' },
    ],
  },
  {
    id: 'month-alone',
    reason: 'a month without its year; "May" and "March" only after a word that leads a date',
    pattern: '(?:{lead}[ -]?)?{month}(?![ .]*\\d)',
    value: (s) => {
      if (!need(s.month) || ((s.month === 3 || s.month === 5) && !s.lead)) return null;
      const partOf =
        s.lead === 'early' || s.lead === 'the beginning of' || s.lead === 'the start of'
          ? 'early'
          : s.lead === 'mid' || s.lead === 'the middle of'
            ? 'mid'
            : s.lead === 'late' || s.lead === 'the end of'
              ? 'late'
              : undefined;
      return point(partOf ? { month: s.month, part: partOf } : { month: s.month }, null);
    },
    examples: [
      { text: 'Sales fell in early January.', value: '1998-01' },
      { text: 'In 1965 the talks failed. In March they resumed.', value: '1965-03' },
      { text: 'The flats were worth much more in October.', value: '1997-10' },
    ],
  },
  {
    id: 'year-bc',
    reason: 'a year before Christ, never read as one after him',
    pattern: '{anyyear} {era}',
    value: (s) =>
      need(s.anyyear) && need(s.era)
        ? point(s.era === 'BC' ? { year: s.anyyear, bc: true } : { year: s.anyyear })
        : null,
    examples: [
      { text: 'Alexander reached the Indus in 326 BC.', value: 'BC0326' },
      { text: 'The city was founded around 1200 BCE.', value: 'BC1200' },
      { text: 'The mosque dates from 1206 AD.', value: '1206' },
    ],
  },
  {
    id: 'year-ad',
    reason: 'a year after Christ with its era written first',
    pattern: '(?:AD|A\\.D\\.|CE) {anyyear}',
    value: (s) => (need(s.anyyear) ? point({ year: s.anyyear }) : null),
    examples: [{ text: 'The fort was built in AD 712.', value: '0712' }],
  },
  {
    id: 'year-range',
    reason: 'a span of years: "1954-58", "1922–1927", "1954/1958", "the 2011-12 budget"',
    pattern: '{year} ?(?:-|–|—|/) ?(?:{year2}|{yy})(?![-–/]?\\d)',
    value: (s) => {
      if (!need(s.year)) return null;
      const to = s.year2 ?? (need(s.yy) ? Math.floor(s.year / 100) * 100 + s.yy : undefined);
      return to !== undefined && to > s.year && to - s.year < 100
        ? { kind: 'range', from: { year: s.year }, to: { year: to } }
        : null;
    },
    examples: [
      { text: 'The plan ran 1954-58.', value: '1954/1958' },
      { text: 'He ruled in 1922–1927.', value: '1922/1927' },
      { text: 'Talks stalled between the 1954/1958 accords.', value: '1954/1958' },
      { text: 'The 2011-12 budget was passed.', value: '2011/2012' },
    ],
  },
  {
    id: 'year-span',
    reason: '"from 1988 to 2001", "between 1954 and 1958": one span of years',
    pattern: '(?:from|between) {year} (?:to|till|until|and|-|–) {year2}',
    value: (s) =>
      need(s.year) && need(s.year2) && s.year2 > s.year
        ? { kind: 'range', from: { year: s.year }, to: { year: s.year2 } }
        : null,
    examples: [
      { text: 'He served from 1988 to 2001.', value: '1988/2001' },
      { text: 'Trade grew between 1954 and 1958.', value: '1954/1958' },
    ],
  },
  ...(
    [
      [
        'day-span',
        '{month} {day},? {year}',
        '{month2} {day2},? {year2}',
        'Between August 24, 1942 and December 31, 1944 the camps stayed open.',
        '1942-08-24/1944-12-31',
      ],
      [
        'day-span-dmy',
        '{day} {month} {year}',
        '{day2} {month2} {year2}',
        'Talks went on between 3 May 1960 and 9 June 1961.',
        '1960-05-03/1961-06-09',
      ],
    ] as const
  ).map(
    ([id, first, last, text, value]): DateRule => ({
      id,
      reason: 'a span between two full days: "between August 24, 1942 and December 31, 1944"',
      pattern: `(?:between|from) ${first} (?:and|to|until|till) ${last}`,
      value: (s) =>
        need(s.year) && need(s.month) && need(s.day) && need(s.year2) && need(s.month2) && need(s.day2)
          ? {
              kind: 'range',
              from: { year: s.year, month: s.month, day: s.day },
              to: { year: s.year2, month: s.month2, day: s.day2 },
            }
          : null,
      examples: [{ text, value }],
    }),
  ),
  {
    id: 'decade-range',
    reason: 'two decades joined as one span: "the late 1970s and 1980s", "the 1950s to the 1970s"',
    pattern: '(?:the )?(?:{part}[ -]?)?{decade} ?(?:and|to|through|until|-|–) ?(?:the )?{decade2}',
    value: (s) =>
      need(s.decade) && need(s.decade2) && s.decade2 > s.decade
        ? { kind: 'range', from: { decade: s.decade, ...part(s) }, to: { decade: s.decade2 } }
        : null,
    examples: [
      { text: 'Ties improved in the late 1970s and 1980s.', value: '197X/198X' },
      { text: 'The dam was planned from the 1950s to the 1970s.', value: '195X/197X' },
    ],
  },
  {
    id: 'decade',
    reason: 'a decade, perhaps early, mid or late in it: "the 1970s", "the early 1990s", "the ’80s"',
    pattern: '(?:the )?(?:{part}[ -]?)?{decade}',
    value: (s) => (need(s.decade) ? point({ decade: s.decade, ...part(s) }) : null),
    examples: [
      { text: 'Ties grew in the 1970s.', value: '197X' },
      { text: 'It happened in the early 1990s.', value: '199X' },
      { text: 'It was a hit in the ’80s.', value: '198X' },
    ],
  },
  {
    id: 'season-year',
    reason: 'a season of a given year',
    pattern: '(?:the )?{season},? (?:of )?{year}',
    value: (s) => (need(s.season) && need(s.year) ? point({ year: s.year, season: s.season }) : null),
    examples: [{ text: 'It opened in the summer of 1998.', value: '1998-SU' }],
  },
  {
    id: 'year-part',
    reason: 'a year with the part of it the text names: "early 1998", "the end of 1997", "mid-1990"',
    pattern: '{part}[ -]?{year}',
    value: (s) => (need(s.year) ? point({ year: s.year, ...part(s) }) : null),
    examples: [
      { text: 'The plant opens in early 1999.', value: '1999' },
      { text: 'It closed at the end of 1997.', value: '1997' },
    ],
  },
  {
    id: 'year',
    reason: 'a bare year from 1500 to 2099: "in 1965", "the 1954, 1957 and 1962 accords"',
    pattern: '{year}',
    value: (s) => (need(s.year) && s.year >= 1500 ? point({ year: s.year }) : null),
    examples: [
      { text: 'The war of 1965 ended.', value: '1965' },
      { text: 'The 1954, 1957 and 1962 accords stand.', value: '1957' },
      { text: 'The 1954, 1957 and 1962 accords stand.', value: '1962' },
      { text: 'Fiscal 1999 results were weak.', value: '1999' },
    ],
  },
  {
    id: 'spelled-year',
    reason: 'a year spelled in words, as a transcript writes it',
    pattern: '(?:the year )?{spelledyear}',
    value: (s) => (need(s.spelledyear) ? point({ year: s.spelledyear }) : null),
    examples: [
      { text: 'It was nineteen ninety-six.', value: '1996' },
      { text: 'By the year two thousand it will be done.', value: '2000' },
    ],
  },
  {
    id: 'deictic-day',
    reason: 'a day named from the document date: today, yesterday, tomorrow, tonight',
    pattern: '(?:(?:early|late|earlier|later) )?{dayword}(?: {time})?',
    value: (s, words) =>
      need(s.dayword)
        ? {
            kind: 'relative',
            anchor: 'document',
            unit: 'day',
            shift: s.dayword,
            set: /tonight/.test(words) ? { time: 'NI' } : timeOf(s),
          }
        : null,
    examples: [
      { text: 'The minister arrived today.', value: '1998-08-07' },
      { text: 'He said yesterday that he would go.', value: '1998-08-06' },
      { text: 'They meet tomorrow morning.', value: '1998-08-08TMO' },
      { text: 'The vote is tonight.', value: '1998-08-07TNI' },
    ],
  },
  {
    id: 'deictic-time',
    reason: 'a part of the document date or the day before it: "this afternoon", "last night"',
    pattern: '(?:(?:early|late|earlier|later) )?{deixis} {time}',
    value: (s) =>
      need(s.deixis) && need(s.time) && s.deixis <= 0
        ? { kind: 'relative', anchor: 'document', unit: 'day', shift: s.deixis, set: { time: s.time } }
        : null,
    examples: [
      { text: 'He spoke this afternoon.', value: '1998-08-07TAF' },
      { text: 'Fighting broke out last night.', value: '1998-08-06TNI' },
    ],
  },
  {
    id: 'deictic-unit',
    reason: 'this, last or next week, month, year or decade, counted from the document date',
    pattern: '(?:(?:early|late|earlier|later) (?:in )?)?{deixis} {unit}',
    value: (s) =>
      need(s.deixis) && need(s.unit) && s.unit !== 'day'
        ? { kind: 'relative', anchor: 'document', unit: s.unit, shift: s.deixis }
        : null,
    examples: [
      { text: 'Exports rose last year.', value: '1997' },
      { text: 'The talks resume next month.', value: '1998-09' },
      { text: 'Earlier this year the plan failed.', value: '1998' },
      { text: 'They met last week.', value: '1998-W31' },
      { text: 'A plant opens early next year.', value: '1999' },
    ],
  },
  {
    id: 'deictic-ago',
    reason: '"two years ago", "five months ago", "10 days ago": counted back from the document date',
    pattern: '(?:(?:nearly|almost|about|some|more than|over|just|only) )?{n} {unit} ago',
    value: (s) =>
      need(s.n) && need(s.unit) ? { kind: 'relative', anchor: 'document', unit: s.unit, shift: -s.n } : null,
    examples: [
      { text: 'He left two years ago.', value: '1996' },
      { text: 'The mill shut five months ago.', value: '1998-03' },
      { text: 'She arrived 10 days ago.', value: '1998-07-28' },
      { text: 'It began a few years ago.', value: '1996' },
    ],
  },
  {
    id: 'weekday-deictic',
    reason: '"last Friday", "next Monday", "this coming Sunday": a weekday counted from the document date',
    pattern: '(?:{deixis}|{anaphor}) {weekday}(?: {time})?',
    value: (s) => {
      if (!need(s.weekday)) return null;
      const anchor = need(s.anaphor) ? 'narrative' : 'document';
      return {
        kind: 'weekday',
        weekday: s.weekday,
        anchor,
        lean: lean(s.deixis ?? s.anaphor ?? 0),
        ...timeOf(s),
      };
    },
    examples: [
      { text: 'He spoke last Friday.', value: '1998-07-31' },
      { text: 'They meet next Monday.', value: '1998-08-10' },
      { text: 'On 3 March 1998 the talks failed; the previous Friday they had begun.', value: '1998-02-27' },
    ],
  },
  {
    id: 'weekday',
    reason: 'a weekday alone: before the document date in a past clause, after it in a future one',
    pattern: "(?:(?:early|late|earlier|later) )?{weekday}(?:[’']s)?(?: {time})?",
    value: (s) =>
      need(s.weekday)
        ? { kind: 'weekday', weekday: s.weekday, anchor: 'document', lean: null, ...timeOf(s) }
        : null,
    examples: [
      { text: 'The minister said on Wednesday that talks had failed.', value: '1998-08-05' },
      { text: 'The minister will visit Ankara on Tuesday.', value: '1998-08-11' },
      { text: 'The parliament voted Friday to end the ban.', value: '1998-08-07' },
      { text: 'Fighting resumed Monday night.', value: '1998-08-03TNI' },
    ],
  },
  {
    id: 'anaphoric-same',
    reason: '"the same day", "that year", "later that month": the last mentioned date of that unit',
    pattern: '(?:(?:later|earlier) )?(?:on |in |during |of |by )?{anaphor} {unit}',
    value: (s) =>
      need(s.unit) && s.anaphor === 0
        ? { kind: 'relative', anchor: 'narrative', unit: s.unit, shift: 0 }
        : null,
    examples: [
      { text: 'Talks began on 3 May 1998. The same day a bomb went off.', value: '1998-05-03' },
      { text: 'The accord came in 1972. That year trade doubled.', value: '1972' },
      { text: 'Ties began in June 1950; later that month an envoy came.', value: '1950-06' },
    ],
  },
  {
    id: 'the-year',
    reason: '"during the year", "the current fiscal year": the year last mentioned, or the report\'s own',
    pattern:
      '(?:(?:earlier|later|early|late) )?(?:during|in|for|of|throughout|by) the (?:current |full |fiscal |calendar |same )*year(?![ -]*(?:\\d|two|ago|earlier|before|after|later|-|of))',
    value: () => ({ kind: 'relative', anchor: 'narrative', unit: 'year', shift: 0 }),
    examples: [
      { text: 'Profit fell in the current fiscal year.', value: '1998' },
      { text: 'The dam was finished in 1960; during the year floods came.', value: '1960' },
    ],
  },
  {
    id: 'anaphoric-period',
    reason: '"at the same time", "in that period": the year last mentioned',
    pattern: '(?:(?:at|in|during|by|around) )?{anaphor} {period}',
    value: (s) =>
      s.anaphor === 0 ? { kind: 'relative', anchor: 'narrative', unit: 'year', shift: 0 } : null,
    examples: [
      { text: 'The war ended in 1971; at the same time trade grew.', value: '1971' },
      { text: 'A vote came in November 1991. In the same period ties improved.', value: '1991' },
    ],
  },
  {
    id: 'anaphoric-within',
    reason: '"within a period of five years": from the year last mentioned to that many years on',
    pattern: 'within (?:a (?:period|span) of |the next )?{n} years',
    value: (s) =>
      need(s.n) ? { kind: 'relative', anchor: 'narrative', unit: 'year', shift: s.n, through: true } : null,
    examples: [
      {
        text: 'After the 1971 war he went to Moscow twice within a period of five years.',
        value: '1971/1976',
      },
    ],
  },
  {
    id: 'anaphoric-before-event',
    reason: '"one day before independence": the event it names came that long after the last mentioned date',
    pattern: '{n} {unit} before(?= (?:the |a |an |his |her |its |their )?[\\p{L}])',
    value: (s) =>
      need(s.n) && need(s.unit) ? { kind: 'relative', anchor: 'narrative', unit: s.unit, shift: s.n } : null,
    examples: [
      {
        text: 'She presented her papers on 13 August 1947, one day before formal independence.',
        value: '1947-08-14',
      },
    ],
  },
  {
    id: 'anaphoric-next',
    reason: '"the following year", "the previous day": one unit after or before the last mentioned date',
    pattern: '{anaphor} {unit}',
    value: (s) =>
      need(s.unit) && need(s.anaphor) && s.anaphor !== 0
        ? { kind: 'relative', anchor: 'narrative', unit: s.unit, shift: s.anaphor }
        : null,
    examples: [
      { text: 'The treaty was signed in 1954; the following year it was ratified.', value: '1955' },
      { text: 'The treaty was signed in 1954; the previous year talks began.', value: '1953' },
      { text: 'He arrived on 4 May 1962 and left the next day.', value: '1962-05-05' },
    ],
  },
  {
    id: 'anaphoric-before-after',
    reason: '"the year before", "the day after": one unit before or after the last mentioned date',
    pattern: 'the {unit} {direction}(?! (?:the|a|an|his|her|its|their)\\b)',
    value: (s) =>
      need(s.unit) && need(s.direction)
        ? { kind: 'relative', anchor: 'narrative', unit: s.unit, shift: s.direction }
        : null,
    examples: [{ text: 'The army moved in 1971; the year before it had massed.', value: '1970' }],
  },
  {
    id: 'anaphoric-after-gap',
    reason:
      '"After an 11 months break, …" opening a sentence: the end of a pause counted from the last mentioned date ("appointed after a two-year gap" tells how long, not when)',
    pattern:
      '(?<=^[\\s"“]*|[.;!?\\]”]\\s*)after (?:a |an )?{n}[ -]{unit}(?:[\'’]s?)?(?: long)? (?:break|gap|hiatus|interval|pause|lull|absence|suspension|rupture)',
    value: (s) =>
      need(s.n) && need(s.unit) ? { kind: 'relative', anchor: 'narrative', unit: s.unit, shift: s.n } : null,
    examples: [
      { text: 'Ties were cut in October 1965. After 11 months break, they were restored.', value: '1966-09' },
      { text: 'Talks stopped in 2008. After a two-year gap, they resumed.', value: '2010' },
    ],
  },
  {
    id: 'anaphoric-soon-after',
    reason: '"shortly after that", "soon afterwards": the same year as the last mentioned date',
    pattern: '(?:shortly|soon) (?:after (?:that|this)|afterwards?|thereafter)',
    value: () => ({ kind: 'relative', anchor: 'narrative', unit: 'year', shift: 0 }),
    examples: [{ text: 'The embassy closed in 1965. Shortly after that, trade stopped.', value: '1965' }],
  },
  {
    id: 'anaphoric-later',
    reason: '"two months later", "seven years after", "a year earlier": counted from the last mentioned date',
    pattern: '{n} {unit} {direction}',
    // "sixty years after SEATO" counts from the event it names, not from the last date.
    unless: /\b(?:after|before)\s+\p{Lu}/u,
    value: (s) =>
      need(s.n) && need(s.unit) && need(s.direction)
        ? { kind: 'relative', anchor: 'narrative', unit: s.unit, shift: s.n * s.direction }
        : null,
    examples: [
      { text: 'The pact was signed in March 1965. Two months later it lapsed.', value: '1965-05' },
      { text: 'Pakistan was founded in 1947; seven years after, it joined SEATO.', value: '1954' },
      { text: 'Profits rose in 1997 from a year earlier.', value: '1996' },
      { text: 'Ties began in 1950. Two years after independence, trade grew.', value: '1952' },
    ],
  },
];

/** Words before a year that name it as a time, not a count: "the 1970 polls", "in 1992 elections". */
const YEAR_LEADS = [
  'the',
  'in',
  'on',
  'of',
  'since',
  'by',
  'from',
  'until',
  'till',
  'to',
  'during',
  'before',
  'after',
  'year',
  'early',
  'late',
  'mid',
  'fiscal',
  'between',
  'around',
  'circa',
];
/** A word list matching each word with a small or a capital first letter, for a case-sensitive pattern. */
const either = (words: string[]): string =>
  words.map((w) => `[${w[0]}${w[0]?.toUpperCase()}]${w.slice(1)}`).join('|');

/** Words that look like a date but are not one; a mention overlapping their match is dropped. */
export const NEGATIVE_RULES: NegativeRule[] = [
  {
    id: 'count',
    reason:
      'a four-digit number counting things ("1200 tanks"), not a year naming them ("the 1970 polls", "May 2011 US")',
    pattern: `(?<!(?:\\b(?:${either(YEAR_LEADS)}|c\\.)|[’']s|{month}|\\d{4},?\\s+(?:and|or)|\\d{4},|-|–)\\s*)\\d{4} (?!(?:was|has|is|as|its|this|his|saw|witnessed|marks|brings|sees|elections|polls|talks|riots|games|olympics|accords|wars|floods)\\b)[a-z]+s\\b`,
    caseSensitive: true,
    examples: [
      'They sent 1200 tanks to the front.',
      'Some 2000 soldiers were killed.',
      'Guns and 1500 troops came.',
    ],
  },
  {
    id: 'measure',
    reason: 'an amount or a measure: "$1500", "1800 hours", "1500 km", "1999%"',
    pattern:
      '(?:(?:\\$|£|€|¥|Rs\\.?|US\\$|USD|PKR)\\s?\\d[\\d,.]*|\\d{4} ?(?:%|percent|per cent|million|billion|crore|lakh|hours|hrs|GMT|UTC|km|kilometres|kilometers|miles|metres|meters|feet|tons|tonnes|MW|barrels|points|dollars|rupees))',
    examples: ['It cost $1500 in all.', 'The raid began at 1800 hours.', 'The pipeline is 1800 km long.'],
  },
  {
    id: 'size',
    reason: 'a number sizing a thing before a noun: "a 2000-3000 man regiment", "a 1500-strong force"',
    pattern: '\\d{4}(?: ?[-–] ?\\d{3,4})?[ -](?:man|men|strong|member|seat|bed|page|mile|acre|ton|tonne)',
    examples: ['Pakistan sent a 2000-3000 man regiment.', 'A 1500-strong force landed.'],
  },
  {
    id: 'model',
    reason: 'a model or unit number joined to letters: "F-1600", "MiG-21", "JF-17", not "mid-1990"',
    pattern: '(?!(?:mid|early|late|pre|post)-)\\p{L}{1,4}-\\d{2,4}',
    examples: ['They flew F-1600 jets.', 'The JF-17 and the MiG-2100 came.'],
  },
  {
    id: 'figure',
    reason: 'a figure with a decimal point or thousands separators: "1998.5", "1,500"',
    pattern: '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+\\.\\d+',
    examples: ['The index closed at 1998.5 points.', 'The Dow gained 2,011.'],
  },
  {
    id: 'numbered',
    reason: 'a number that labels a thing: "Resolution 1267", "Flight 1549", "No. 1998"',
    pattern:
      '(?:resolution|resolutions|no\\.|nos\\.|number|flight|route|article|section|chapter|page|pages|form|model|room|highway|code|version|volume|vol\\.|item|rule|paragraph|clause|bill|channel|bus|platoon|unit|windows|boeing|airbus) \\d{3,4}',
    examples: ['The council passed Resolution 1267.', 'Flight 1549 landed safely.'],
  },
  {
    id: 'generic-today',
    reason: '"today\'s world", "the people of tomorrow": our times, not a day',
    pattern:
      "(?:today|tomorrow)['’]s(?=\\s+(?!(?:meeting|talks|vote|session|match|game|election|summit|visit|hearing|announcement|decision)\\b))|of tomorrow",
    examples: ["Mothers in today's world work.", 'If I were choosing the people of tomorrow.'],
  },
  {
    id: 'connective',
    reason: '"At the same time, …" opening a clause links two thoughts; it dates nothing',
    pattern: 'at the same time,',
    examples: ['At the same time, costs rose.'],
  },
  {
    id: 'duration',
    reason:
      'a stretch of time, not a date: "over the next year", "for the past year", "in the last two years"',
    pattern:
      '(?:for|over|during|within|throughout|in) the (?:next|past|last|coming|previous) (?:{n} )?{unit}',
    examples: [
      'Prices will rise over the next year.',
      'It has grown for the past year.',
      'Sales doubled in the last two years.',
    ],
  },
];
