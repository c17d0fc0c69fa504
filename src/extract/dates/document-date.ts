// Reads a text's own date: a first line "DATE: 1998-08-07" (TimeBank's form), a publication line
// ("Published 21 March 2022", "Updated: Jan 5, 2018", a line near the top that is only a date), or
// a dateline ("ISLAMABAD, March 21 (APP) –"), whose year comes from a publication line if any.
// The spans let later stages keep these lines from being taken as facts.
import { findMentions } from './find.ts';
import { type DatePoint, pointToTimeml } from './value.ts';

export interface DocumentDate {
  /** TimeML value: "1998-08-07" (or "XXXX-03-21" for a dateline without a year anywhere). */
  value: string;
  point: DatePoint;
  /** The line the date was read from: [start, end) offsets into the text. */
  span: [number, number];
  /** Every line read for it (a dateline and the publication line that gave its year). */
  spans: Array<[number, number]>;
}

/** How many lines from the top a publication line or a dateline may stand. */
const TOP_LINES = 6;

const TIMEBANK = /^DATE:\s*(\d{4})-(\d\d)-(\d\d)\S*[^\S\n]*$/m;
const PUBLISHED =
  /^(?:(?:first\s+)?published|updated|last\s+updated|posted|dated?)(?:\s+in\s+[^,\n]{2,60},)?(?:\s+on)?\s*:?\s*/i;
/** A place in capitals or title case, a comma, then the date, then the agency in brackets or a dash. */
const DATELINE =
  /^[\p{Lu}][\p{L}.' -]{1,40}(?:,\s*[\p{L}. ]{2,30})?,\s*(.{3,40}?)\s*(?:\([^)]{1,30}\)\s*)?[-–—:_]/u;

interface Line {
  start: number;
  end: number;
  text: string;
}

function topLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (lines.length < TOP_LINES * 2 && start < text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(start, end);
    if (line.trim()) lines.push({ start, end, text: line });
    start = end + 1;
  }
  return lines.slice(0, TOP_LINES);
}

/** The text's last lines, where a page copied whole keeps its "Published in …, 21 January 2018." */
function bottomLines(text: string): Line[] {
  const lines: Line[] = [];
  let end = text.length;
  while (lines.length < 3 && end > 0) {
    const nl = text.lastIndexOf('\n', end - 1);
    const start = nl + 1;
    const line = text.slice(start, end);
    if (line.trim()) lines.push({ start, end, text: line });
    end = Math.max(nl, 0);
  }
  return lines;
}

/** The one day (or month) date that makes up all of `text` but for a time of day and punctuation. */
function onlyDate(text: string): DatePoint | null {
  const found = findMentions(text);
  const first = found[0];
  if (!first || found.length > 1 || first.value.kind !== 'point') return null;
  const rest = (text.slice(0, first.start) + text.slice(first.end))
    .replace(/\b\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s*(?:H|hrs|PKT|GMT|UTC|IST|ET|EST))?\.?/gi, '')
    .replace(/\b(?:Mon|Tues?|Wed|Thu(?:rs)?|Fri|Sat|Sun)[a-z]*\b/gi, '')
    .replace(/[\s,./|•·–—()-]+/g, '');
  return rest === '' && first.value.point.month !== undefined ? first.value.point : null;
}

/** The date in a dateline's date part ("March 21", "30 August 2022"). */
function datelineDate(part: string): DatePoint | null {
  const found = findMentions(part);
  const first = found[0];
  return found.length === 1 && first?.value.kind === 'point' && first.value.point.day !== undefined
    ? first.value.point
    : null;
}

function result(point: DatePoint, spans: Array<[number, number]>): DocumentDate | null {
  const value = pointToTimeml(point) ?? pointToTimeml({ ...point, year: 0 })?.replace(/^0000/, 'XXXX');
  const span = spans[0];
  return value && span ? { value, point, span, spans } : null;
}

/** The document date of `text`, or null when it has none. */
export function documentDate(text: string): DocumentDate | null {
  const lines = topLines(text);
  const first = lines[0];
  if (first) {
    const m = TIMEBANK.exec(first.text);
    if (m)
      return result({ year: +(m[1] ?? 0), month: +(m[2] ?? 0), day: +(m[3] ?? 0) }, [
        [first.start, first.end],
      ]);
  }
  let published: { point: DatePoint; span: [number, number] } | null = null;
  let dateline: { point: DatePoint; span: [number, number] } | null = null;
  for (const line of lines) {
    const lead = PUBLISHED.exec(line.text);
    const point = onlyDate(lead ? line.text.slice(lead[0].length) : line.text);
    if (point && !published && point.year !== undefined && (lead || point.day !== undefined)) {
      published = { point, span: [line.start, line.end] };
      continue;
    }
    const d = DATELINE.exec(line.text);
    const at = d?.[1] ? datelineDate(d[1]) : null;
    if (d && at && !dateline) dateline = { point: at, span: [line.start, line.start + d[0].length] };
  }
  // A publication line at the foot of the page, when none stands at its head.
  for (const line of published ? [] : bottomLines(text)) {
    const lead = PUBLISHED.exec(line.text);
    const point = lead ? onlyDate(line.text.slice(lead[0].length)) : null;
    if (point && point.year !== undefined) {
      published = { point, span: [line.start, line.end] };
      break;
    }
  }
  const year = published?.point.year;
  if (dateline && dateline.point.year === undefined && published && year !== undefined) {
    return result({ ...dateline.point, year }, [dateline.span, published.span]);
  }
  if (dateline) return result(dateline.point, [dateline.span]);
  return published ? result(published.point, [published.span]) : null;
}
