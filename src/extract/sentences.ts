// Splits an article into sentences with offsets into the original text, keeping each sentence's
// paragraph and list item, and leaving out page junk (menus, banners, comments, captions).
import { isHeadingLike, isJunkLine, isTerminator } from './junk.ts';

export interface Sentence {
  /** [start, end) offsets into the article text. */
  start: number;
  end: number;
  text: string;
  /** 1-based paragraph: blocks of the text separated by blank lines. */
  paragraph: number;
  /** 1-based number of the numbered-list item the sentence stands in, else null. */
  item: number | null;
}

interface Line {
  start: number;
  end: number;
  text: string;
  paragraph: number;
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

function lines(text: string): Line[] {
  const out: Line[] = [];
  let paragraph = 1;
  let seenText = false;
  let blankRun = false;
  const re = /[^\n]*(?:\n|$)/g;
  for (let m = re.exec(text); m && m[0] !== ''; m = re.exec(text)) {
    const raw = m[0].replace(/\r?\n$/, '');
    if (raw.trim() === '') {
      blankRun = true;
      continue;
    }
    if (blankRun && seenText) paragraph++;
    blankRun = false;
    seenText = true;
    out.push({ start: m.index, end: m.index + raw.length, text: raw, paragraph });
  }
  return out;
}

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
  const re = /([.!?…]+)(["”’)\]]*)(\s+)(?=["“‘(]?[A-Z0-9])/g;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const punct = m[1] ?? '';
    if (punct === '.' && !endsSentence(s, m.index)) continue;
    const end = m.index + punct.length + (m[2] ?? '').length;
    out.push([from, end]);
    from = end + (m[3] ?? '').length;
  }
  if (from < s.length) out.push([from, s.length]);
  return out;
}

const ITEM = /^\s*(\d{1,3})[.)]\s+/;
const BULLET = /^\s*[-•*·–]\s+/;
const MONTH_WORD = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?';
const LEADING_DATE = new RegExp(
  `^\\s*(?:(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?${MONTH_WORD},?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?)?\\d{4}\\b`,
);

/** "1965: War with India": a timeline line that starts with a date and says something after it. */
function isTimelineEntry(line: string): boolean {
  const m = LEADING_DATE.exec(line);
  if (!m) return false;
  return (
    line
      .slice(m[0].length)
      .split(/\s+/)
      .filter((w) => /[A-Za-z]{2,}/.test(w)).length >= 3
  );
}

/**
 * The article's sentences, in order. Junk lines are skipped; everything after a terminator line
 * ("Leave a Reply", "Recent Posts", a cookie banner...) is dropped; short lines that do not end
 * like a sentence (headings, captions, footers) are skipped; a sentence broken by a blank line is
 * joined again when the next block starts in lower case.
 */
export function splitSentences(text: string): Sentence[] {
  const all = lines(text);
  // Units of prose: a numbered item, or consecutive lines of one paragraph.
  interface Unit {
    start: number;
    end: number;
    paragraph: number;
    item: number | null;
  }
  const units: Unit[] = [];
  let prev: Line | null = null;
  for (const [i, line] of all.entries()) {
    if (isTerminator(line.text)) break;
    // A short line is a heading unless the next block carries on its sentence in lower case.
    const carriesOn = /^\s*[a-z]/.test(all[i + 1]?.text ?? '');
    const listed = ITEM.test(line.text) || BULLET.test(line.text) || isTimelineEntry(line.text);
    if (isJunkLine(line.text) || (isHeadingLike(line.text) && !carriesOn && !listed)) {
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
      !isTimelineEntry(line.text) &&
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
      out.push({ start, end, text: text.slice(start, end), paragraph: u.paragraph, item: u.item });
    }
  }
  return out;
}
