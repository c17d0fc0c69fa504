// The layout stage: an article's lines with offsets, each told apart by kind (prose, a heading, a
// line that is only a date, a chronology entry, a dateline, a publication line, page furniture).
// Its rules are records with an id, a reason and examples that run as tests.
import { readLooseDate } from './chrono-dates.ts';
import { type ResolvedDate, sentenceDates } from './dates/index.ts';
import { isHeadingLike, isJunkLine, isTerminator } from './junk.ts';
import { OPEN_ENDINGS } from './lexicon/index.ts';

export type LineKind =
  /** Running text. */
  | 'prose'
  /** A short line that does not end like a sentence: a headline, a section heading, a caption. */
  | 'heading'
  /** Nothing but a date (and perhaps a time): a report's date, or a chronology's heading. */
  | 'date-only'
  /** Starts with a date and tells something after it: "1985 The first summit …", "March 1963: …". */
  | 'entry'
  /** "Published 21 March 2022", "Updated: …", "Published in X, January 21st 2018.". */
  | 'publication'
  /** Menus, share buttons, cookie banners, comment counts. */
  | 'furniture'
  /** The page's tail: comments, related posts. This line and every line after it are left out. */
  | 'end';

export interface LayoutLine {
  start: number;
  end: number;
  text: string;
  /** 1-based block: lines separated by blank lines. */
  paragraph: number;
  kind: LineKind;
  /** The id of the rule that gave the kind. */
  rule: string;
  /**
   * Where the line's leading date stands ([start, end) offsets into the article): the whole line
   * for a date-only line, the opening date of an entry, the date of a dateline ("KARACHI, Aug 11:").
   */
  dateAt: [number, number] | null;
  /** Where a dateline ("ISLAMABAD, 30 August 2022 (APP):") ends: its prose starts after it. */
  datelineEnd: number | null;
}

export interface LayoutRule {
  id: string;
  reason: string;
  kind: LineKind;
  /** True when the rule classes the line (already trimmed). */
  test: (line: string) => boolean;
  examples: Array<{ text: string; kind: LineKind }>;
}

/** The dates a text writes out in full (a year at least), none counted from another date. */
export function absoluteDates(text: string): ResolvedDate[] {
  return sentenceDates(text, { anchor: null, lastDay: null, documentDate: null }).filter((d) => !d.relative);
}

const TIME = /\b\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|h(?:rs)?\.?|gmt|pkt|pst|ist|utc))?/gi;

/** The line with its dates and times taken out: what is left says whether it is only a date. */
function withoutDates(line: string): string {
  const dates = absoluteDates(line);
  // In one pass when the dates come in order without overlapping (cutting them out one by one copies
  // the line once per date: a line of 20,000 dates would take the square of its length).
  const parts: string[] = [];
  let at = 0;
  for (const m of dates) {
    if (m.start < at) return withoutDatesOneByOne(line, dates).replace(TIME, ' ');
    parts.push(line.slice(at, m.start));
    at = m.end;
  }
  parts.push(line.slice(at));
  return parts.join('').replace(TIME, ' ');
}

function withoutDatesOneByOne(line: string, dates: { start: number; end: number }[]): string {
  let rest = line;
  for (const m of [...dates].reverse()) rest = rest.slice(0, m.start) + rest.slice(m.end);
  return rest;
}

/** The leading absolute date of a line, when the line starts with one. */
function leadingDate(line: string): { start: number; end: number } | null {
  const lead = /^\s*(?:on\s+)?/i.exec(line)?.[0].length ?? 0;
  const first = absoluteDates(line)[0];
  if (!first || first.start !== lead) return null;
  return { start: first.start, end: first.end };
}

const WORD = /\p{L}{2,}/gu;

function isDateOnly(line: string): boolean {
  if (absoluteDates(line).length === 0) return false;
  // What may stand beside the date: a label ("DATE:", "Dated"), a weekday, a time zone letter.
  const words = (withoutDates(line).match(WORD) ?? []).filter(
    (w) =>
      !/^(?:date[sd]?|on|the|of|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|hrs?|gmt|pkt|pst|ist|utc|am|pm)$/i.test(
        w,
      ),
  );
  return words.length === 0;
}

const PUBLICATION =
  /^(?:(?:first\s+|last\s+)?(?:published|updated|posted|modified|uploaded)\b|(?:date\s+of\s+)?publication\s+date\b)/i;

function isEntry(line: string): boolean {
  const lead = leadingDate(line);
  if (!lead) return false;
  const after = line.slice(lead.end);
  // "1985 The first summit was held …", "March 1963: talks open", "1971 – war": words follow the date.
  return (after.match(WORD) ?? []).length >= 3 && /^\s*(?:[:–—-]|\s)\s*\S/.test(after);
}

/** Layout rules, tried in order; the first that holds gives the line's kind. */
export const LAYOUT_RULES: LayoutRule[] = [
  {
    id: 'layout.end',
    reason:
      'Comment forms, related posts and cookie banners close the article: nothing after them is its text.',
    kind: 'end',
    test: isTerminator,
    examples: [
      { text: 'Leave a Reply', kind: 'end' },
      { text: 'Related Posts', kind: 'end' },
    ],
  },
  {
    id: 'layout.publication',
    reason: 'A publication or update line dates the report; it is read, never itself a fact.',
    kind: 'publication',
    test: (t) => PUBLICATION.test(t) && absoluteDates(t).length > 0,
    examples: [
      { text: 'Published August 12, 2002', kind: 'publication' },
      { text: 'Updated: 3 May 2021 10:14pm', kind: 'publication' },
      { text: 'Published in The Daily Record, January 21st 2018.', kind: 'publication' },
    ],
  },
  {
    id: 'layout.date-only',
    reason: 'A line that is only a date (a time beside it at most) dates what stands under it.',
    kind: 'date-only',
    test: isDateOnly,
    examples: [
      { text: '14 May 1962', kind: 'date-only' },
      { text: '12 Mar 2019 / 08:40 H.', kind: 'date-only' },
      { text: 'DATE: 1998-08-07', kind: 'date-only' },
      { text: 'March 1963:', kind: 'date-only' },
    ],
  },
  {
    id: 'layout.entry',
    reason: 'A chronology line opens with its date and tells the event after it.',
    kind: 'entry',
    test: isEntry,
    examples: [
      { text: '1985 The first summit of the seven states was held in the capital.', kind: 'entry' },
      { text: 'March 1963: the two sides open border talks', kind: 'entry' },
      { text: '1971 – the eastern wing breaks away', kind: 'entry' },
    ],
  },
  {
    id: 'layout.furniture',
    reason: 'Menus, share buttons, footers and banners are page furniture, not article text.',
    kind: 'furniture',
    test: isJunkLine,
    examples: [
      { text: 'Share on Facebook', kind: 'furniture' },
      { text: 'Home | World | Opinion | Sport', kind: 'furniture' },
    ],
  },
  {
    id: 'layout.heading',
    reason: 'A short line that does not end like a sentence is a headline, a section heading or a caption.',
    kind: 'heading',
    test: isHeadingLike,
    examples: [
      { text: 'TRADE AND INVESTMENT', kind: 'heading' },
      { text: 'Meeting with the visiting minister', kind: 'heading' },
    ],
  },
  {
    id: 'layout.prose',
    reason: 'Everything else is running text.',
    kind: 'prose',
    test: () => true,
    examples: [{ text: 'The two ministers met in the capital and signed two accords.', kind: 'prose' }],
  },
];

/**
 * "KARACHI, Aug 11:", "Rawalpindi, 22 February 2022 (TDI):", "ISLAMABAD, March 21 (APP) –",
 * "CAIRO (Reuters) -": a place (in capitals, or followed by a date), then a date and an agency, then
 * a colon or a dash. Returns where the dateline ends and where its date stands, relative to the line.
 */
export function datelineOf(line: string): { end: number; dateAt: [number, number] | null } | null {
  const m =
    /^\s*((?:[A-Z][A-Za-z.'’-]*)(?:\s+[A-Z][A-Za-z.'’-]*){0,2})(?:,\s*([A-Z][A-Za-z]+(?:\s+[A-Z][a-z]+)?))?(,\s*[^:–—]{3,30}?)?\s*(\((?:[A-Z][A-Za-z]*\.?\s*){1,3}\))?\s*(?::|\s[–—-])\s+(?=\S)/.exec(
      line,
    );
  if (!m) return null;
  const place = m[1] ?? '';
  const datePart = m[3] ?? '';
  const capitals = place === place.toUpperCase() && /[A-Z]{3,}/.test(place);
  // The date part must read as a date, year or not ("Aug 11", "22 February 2022").
  const dateText = datePart.replace(/^,\s*/, '').trim();
  const date = dateText && readLooseDate(dateText) ? line.indexOf(dateText, place.length) : -1;
  // Without capitals, only a date or an agency makes a place name a dateline.
  if (!capitals && date < 0 && !m[4]) return null;
  if (datePart && date < 0) return null;
  return { end: m[0].length, dateAt: date >= 0 ? [date, date + dateText.length] : null };
}

/** Where a line may end a sentence: a stop, a colon, a closing quote or bracket. */
const LINE_END = /[.!?…:;"”’)\]]\s*$/;
const LIST_MARK = /^(?:[-•*·–—]\s|\d{1,3}[.)]\s)/;
const OPEN_END = new RegExp(`(?:,|\\b(?:${OPEN_ENDINGS.join('|')}))\\s*$`, 'i');

/**
 * Whether `line` (trimmed, of kind `kind`) goes on the line before it, cut from it by a hard wrap
 * ("… relations in" / "1948."): the line before is about as long as the longest of their block (the
 * wrap width) and stops mid-sentence, or it stops on a comma or a word no sentence ends on, or this
 * line starts in lower case. A line led by a date joins only the last way, so a list stays a list.
 */
function continuesWrap(prev: string, prevLong: boolean, line: string, kind: LineKind): boolean {
  if (LIST_MARK.test(line) || kind === 'publication' || kind === 'furniture') return false;
  if (LINE_END.test(prev)) return false;
  if (OPEN_END.test(prev)) return true;
  if (kind === 'entry' || kind === 'date-only') return false;
  return prevLong || /^\p{Ll}/u.test(line);
}

/** The share of its block's longest line from which a line counts as cut at the wrap width. */
const WRAP_SHARE = 0.75;
/** Shorter blocks are not taken for wrapped prose by length alone. */
const WRAP_MIN = 40;

interface RawLine {
  start: number;
  raw: string;
  /** The longest line of its block (lines between blank lines). */
  blockMax: number;
}

function rawLines(text: string): Array<RawLine | null> {
  const lines: Array<RawLine | null> = [];
  let block: RawLine[] = [];
  const close = () => {
    const max = Math.max(0, ...block.map((l) => l.raw.trim().length));
    for (const l of block) l.blockMax = max;
    block = [];
  };
  const re = /[^\n]*(?:\n|$)/g;
  for (let m = re.exec(text); m && m[0] !== ''; m = re.exec(text)) {
    const raw = m[0].replace(/\r?\n$/, '').replace(/\r$/, '');
    if (raw.trim() === '') {
      close();
      lines.push(null);
      continue;
    }
    const line = { start: m.index, raw, blockMax: 0 };
    block.push(line);
    lines.push(line);
  }
  close();
  return lines;
}

/** Every non-blank line of the article, classed; lines after an 'end' line are not returned. */
export function layOut(text: string): LayoutLine[] {
  const out: LayoutLine[] = [];
  let paragraph = 1;
  let seenText = false;
  let blankRun = false;
  let joinable = false;
  let prevLong = false;
  for (const next of rawLines(text)) {
    if (!next) {
      blankRun = true;
      joinable = false;
      continue;
    }
    const { raw, start, blockMax } = next;
    if (blankRun && seenText) paragraph++;
    blankRun = false;
    seenText = true;
    const trimmed = raw.trim();
    const rule = LAYOUT_RULES.find((r) => r.test(trimmed)) ?? LAYOUT_RULES[LAYOUT_RULES.length - 1];
    if (!rule) continue;
    if (rule.kind === 'end') break;
    const prev = out[out.length - 1];
    if (prev && joinable && continuesWrap(prev.text.trim(), prevLong, trimmed, rule.kind)) {
      // One line of prose again; the line break becomes a space, so offsets stay the article's.
      prev.end = start + raw.length;
      prev.text = text.slice(prev.start, prev.end).replace(/\r?\n/g, (b) => ' '.repeat(b.length));
      if (prev.kind === 'heading') {
        prev.kind = 'prose';
        prev.rule = 'layout.wrapped';
      }
      prevLong = blockMax >= WRAP_MIN && trimmed.length >= WRAP_SHARE * blockMax;
      continue;
    }
    joinable = rule.kind === 'prose' || rule.kind === 'heading' || rule.kind === 'entry';
    prevLong = blockMax >= WRAP_MIN && trimmed.length >= WRAP_SHARE * blockMax;
    const line: LayoutLine = {
      start,
      end: start + raw.length,
      text: raw,
      paragraph,
      kind: rule.kind,
      rule: rule.id,
      dateAt: null,
      datelineEnd: null,
    };
    if (rule.kind === 'date-only' || rule.kind === 'publication') {
      const first = absoluteDates(raw)[0];
      if (first) line.dateAt = [start + first.start, start + first.end];
    } else if (rule.kind === 'entry') {
      const lead = leadingDate(raw);
      if (lead) line.dateAt = [start + lead.start, start + lead.end];
    } else if (rule.kind === 'prose' && out.filter((l) => l.kind === 'prose').length < 2) {
      // A dateline opens one of the report's first lines of prose.
      const dl = datelineOf(raw);
      if (dl) {
        line.datelineEnd = start + dl.end;
        if (dl.dateAt) line.dateAt = [start + dl.dateAt[0], start + dl.dateAt[1]];
        line.rule = 'layout.dateline';
      }
    }
    out.push(line);
  }
  return out;
}

/** Rules beside the table, for the table-driven test: the dateline reader. */
export const DATELINE_EXAMPLES: Array<{ text: string; end: string | null; date: string | null }> = [
  { text: 'KARACHI, Aug 11: The navy said on Sunday that …', end: 'KARACHI, Aug 11: ', date: 'Aug 11' },
  {
    text: 'Lahore, 22 February 2022 (XYZ): The two commanders met at the headquarters.',
    end: 'Lahore, 22 February 2022 (XYZ): ',
    date: '22 February 2022',
  },
  { text: 'ISLAMABAD: The minister will travel abroad next week.', end: 'ISLAMABAD: ', date: null },
  { text: 'PESHAWAR, Pakistan: Two people were hurt.', end: 'PESHAWAR, Pakistan: ', date: null },
  { text: 'The minister said: we will talk.', end: null, date: null },
  { text: 'In 1948, the two states opened embassies.', end: null, date: null },
];
