// Splits an article into sentences with offsets into the original text, keeping each sentence's
// paragraph and list item, and leaving out page junk (menus, banners, comments, captions).
import { type LayoutLine, type LineKind, layOut } from './layout.ts';

export interface Sentence {
  /** [start, end) offsets into the article text. */
  start: number;
  end: number;
  text: string;
  /** 1-based paragraph: blocks of the text separated by blank lines. */
  paragraph: number;
  /** 1-based number of the numbered-list item the sentence stands in, else null. */
  item: number | null;
  /** The kind of line the sentence stands on ('prose' or a chronology 'entry'). */
  line: LineKind;
  /**
   * The date that heads the sentence's part of a chronology: an entry's leading date, or the last
   * line above it that is only a date. [start, end) offsets into the article; null outside one.
   */
  scopeAt: [number, number] | null;
  /** A dateline ahead of the sentence ("KARACHI, Aug 11: …") ends here; null when none. */
  datelineEnd: number | null;
  /** The id of the layout rule that classed the sentence's line. */
  lineRule: string;
}

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'cdr',
  'adm',
  'brig',
  'sgt',
  'gov',
  'sen',
  'rep',
  'st',
  'jr',
  'sr',
  'no',
  'nos',
  'vs',
  'etc',
  'inc',
  'ltd',
  'co',
  'corp',
  'dept',
  'govt',
  'approx',
  'fig',
  'vol',
  'mt',
  'ft',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'hon',
  'rev',
  'esq',
  'pres',
  'amb',
]);

/** True when the full stop at `dot` in `s` ends a sentence. */
function endsSentence(s: string, dot: number): boolean {
  const before = /([A-Za-z.]+)$/.exec(s.slice(0, dot))?.[1] ?? '';
  const word = before.toLowerCase();
  if (ABBREVIATIONS.has(word)) return false;
  // Initials and dotted abbreviations: "M. Tahir", "U.S.", "e.g."
  if (/^[A-Za-z]$/.test(before) || /^([A-Za-z]\.)+[A-Za-z]$/.test(before)) return false;
  return true;
}

/** Sentence ranges inside one stretch of prose, relative to it. */
function splitProse(s: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  // Citation markers ("….[2] Next") stay with the sentence they close. A stop with no space after
  // it ends a sentence too when a word of small letters stands before it and a capitalised word
  // after it ("… closer relations.Summits were held …"), as copy pasted from a page often runs.
  const re =
    /([.!?…]+)((?:["”’)\]]|\[\d{1,3}\])*)(\s+|(?<=[a-z]{3}[.!?…]+["”’)\]]*)(?=[A-Z][A-Za-z]))(?=["“‘(]?[A-Z0-9])/g;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const punct = m[1] ?? '';
    if (punct === '.' && !endsSentence(s, m.index)) continue;
    const end = m.index + punct.length + (m[2] ?? '').length;
    out.push([from, end]);
    from = end + (m[3] ?? '').length;
  }
  if (from < s.length) out.push([from, s.length]);
  return out.flatMap(([a, b]) => unpunctuated(s, a, b));
}

/** Words that open a sentence, by which text that lost its full stops is cut again. */
const OPENER =
  /(?<=[a-z0-9)\]])\s+(?=(?:The|It|In|This|That|These|Those|He|She|They|But|However|On|After|During|When|Since|Following|Later|Meanwhile)\s)/g;

/**
 * A long stretch with no sentence stop at all ("… to visit Pakistan The Korean president was
 * received …"), as text copied from some pages comes, cut before the words that open a sentence.
 */
function unpunctuated(s: string, a: number, b: number): Array<[number, number]> {
  const part = s.slice(a, b);
  if (part.length < 300 || /[.!?]\s/.test(part)) return bounded(s, a, b);
  const out: Array<[number, number]> = [];
  let from = 0;
  for (const m of part.matchAll(OPENER)) {
    out.push(...bounded(s, a + from, a + m.index));
    from = m.index + m[0].length;
  }
  out.push(...bounded(s, a + from, b));
  return out;
}

/**
 * No sentence a person writes is this long; a longer stretch is a list that lost its stops (200,000
 * characters of dates and commas), and every later stage reads a fact's whole sentence again, so one
 * such sentence would make the work grow with the square of the text.
 */
const MAX_SENTENCE = 1000;

/** `[a, b)` cut, where longer than MAX_SENTENCE, after the last comma, semicolon or space within it. */
function bounded(s: string, a: number, b: number): Array<[number, number]> {
  if (b - a <= MAX_SENTENCE) return [[a, b]];
  const out: Array<[number, number]> = [];
  let from = a;
  while (b - from > MAX_SENTENCE) {
    const window = s.slice(from, from + MAX_SENTENCE);
    const cut = Math.max(window.lastIndexOf(', '), window.lastIndexOf('; '));
    const at = cut > 0 ? cut + 1 : window.lastIndexOf(' ') > 0 ? window.lastIndexOf(' ') : MAX_SENTENCE;
    out.push([from, from + at]);
    from += at;
    while (from < b && /\s/.test(s[from] ?? '')) from++;
  }
  if (from < b) out.push([from, b]);
  return out;
}

const ITEM = /^\s*(\d{1,3})[.)]\s+/;
const BULLET = /^\s*[-•*·–]\s+/;

/**
 * The article's sentences, in order, from its lines of prose and chronology entries (the layout
 * stage leaves out furniture, headings and the page's tail); a sentence broken by a blank line is
 * joined again when the next block starts in lower case.
 */
export function splitSentences(text: string, laidOut?: LayoutLine[]): Sentence[] {
  const all = laidOut ?? layOut(text);
  // Two or more lines that are only a date make a chronology: each heads the lines under it. A
  // single one near the top is the report's date, not a scope.
  const chronology = all.filter((l) => l.kind === 'date-only').length >= 2;
  interface Unit {
    start: number;
    end: number;
    paragraph: number;
    item: number | null;
    line: LineKind;
    scopeAt: [number, number] | null;
    datelineEnd: number | null;
    lineRule: string;
  }
  const units: Unit[] = [];
  let prev: (typeof all)[number] | null = null;
  let scope: [number, number] | null = null;
  for (const [i, line] of all.entries()) {
    if (line.kind === 'date-only') {
      scope = chronology ? line.dateAt : null;
      prev = null;
      continue;
    }
    const carriesOn = /^\s*[a-z]/.test(all[i + 1]?.text ?? '');
    const listed = ITEM.test(line.text) || BULLET.test(line.text);
    if (
      line.kind === 'furniture' ||
      line.kind === 'publication' ||
      (line.kind === 'heading' && !carriesOn && !listed)
    ) {
      // A heading closes a chronology's scope; furniture does not.
      if (line.kind === 'heading') scope = null;
      prev = null;
      continue;
    }
    const item = ITEM.exec(line.text);
    const last = units[units.length - 1];
    const continues =
      last &&
      prev &&
      !item &&
      !BULLET.test(line.text) &&
      line.kind !== 'entry' &&
      (line.paragraph === prev.paragraph || /^\s*[a-z]/.test(line.text)) &&
      !/[.!?"”]\s*$/.test(prev.text);
    if (last && continues) {
      last.end = line.end;
    } else {
      const lead = item ? item[0].length : (/^\s*(?:[-•*·–]\s+)?/.exec(line.text)?.[0].length ?? 0);
      units.push({
        start: line.start + lead,
        end: line.end,
        paragraph: line.paragraph,
        item: item ? Number(item[1]) : null,
        line: line.kind === 'entry' ? 'entry' : 'prose',
        scopeAt: line.kind === 'entry' ? line.dateAt : scope,
        datelineEnd: line.datelineEnd,
        lineRule: line.rule,
      });
    }
    prev = line;
  }
  const out: Sentence[] = [];
  for (const u of units) {
    const chunk = text.slice(u.start, u.end);
    for (const [a, b] of splitProse(chunk)) {
      let start = u.start + a;
      let end = u.start + b;
      while (start < end && /\s/.test(text[start] ?? '')) start++;
      while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
      if (end <= start) continue;
      out.push({
        start,
        end,
        text: text.slice(start, end),
        paragraph: u.paragraph,
        item: u.item,
        line: u.line,
        scopeAt: u.scopeAt,
        datelineEnd:
          u.datelineEnd !== null && u.datelineEnd > start && u.datelineEnd <= end ? u.datelineEnd : null,
        lineRule: u.lineRule,
      });
    }
  }
  return out;
}
