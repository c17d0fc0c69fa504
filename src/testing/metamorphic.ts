// Rewrites of an article that keep its dated facts (a year moved onto its own line, a paragraph made a
// dated list, a dateline added or stripped, hard-wrapped lines, "the following year", a list in the
// present tense), each with the edits it made, so that offsets into the original map onto the rewrite.
// Pure; used by src/extract/metamorphic.test.ts.

/** One edit of a text: [at, end) of the input is replaced by `insert`. */
export interface Edit {
  at: number;
  end: number;
  insert: string;
}

export interface Rewrite {
  text: string;
  /** The edits of each step, in input offsets of that step, sorted and not overlapping. */
  steps: readonly (readonly Edit[])[];
  /** [start, end) ranges of the original text the rewrite changed the reading of. */
  touched: readonly [number, number][];
}

/** A rewrite of one text, or null where it does not apply. */
export type Transformation = (text: string) => Rewrite | null;

/** Applies sorted, non-overlapping edits; null when there are none. */
export function rewrite(text: string, edits: Edit[], touched: [number, number][]): Rewrite | null {
  if (edits.length === 0) return null;
  const sorted = [...edits].sort((a, b) => a.at - b.at);
  let out = '';
  let from = 0;
  for (const e of sorted) {
    if (e.at < from) throw new Error(`overlapping edits at ${e.at}`);
    out += text.slice(from, e.at) + e.insert;
    from = e.end;
  }
  return { text: out + text.slice(from), steps: [sorted], touched };
}

/** Where offset `o` of a step's input lands in its output; inside a replaced part, at its start or end. */
function mapThrough(edits: readonly Edit[], o: number, side: 'start' | 'end'): number {
  let delta = 0;
  for (const e of edits) {
    if (e.at < o && e.end <= o) delta += e.insert.length - (e.end - e.at);
    else if (e.at < o && o < e.end) return e.at + delta + (side === 'end' ? e.insert.length : 0);
    else break;
  }
  return o + delta;
}

/** A [start, end) span of the original text, in the offsets of the rewritten text. */
export function mapSpan(r: Rewrite, span: readonly [number, number]): [number, number] {
  let [start, end] = span;
  for (const edits of r.steps) {
    start = mapThrough(edits, start, 'start');
    end = mapThrough(edits, end, 'end');
  }
  return [start, end];
}

/** `second` applied to the output of `first`; it touches what `first` touched. */
export function followedBy(first: Transformation, second: Transformation): Transformation {
  return (text) => {
    const a = first(text);
    const b = a && second(a.text);
    return a && b ? { text: b.text, steps: [...a.steps, ...b.steps], touched: a.touched } : null;
  };
}

const YEAR = /\b(1[5-9]\d{2}|20\d{2})\b/g;
const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)';

function yearsIn(text: string): number[] {
  return [...text.matchAll(YEAR)].map((m) => Number(m[1]));
}

/** A date phrase whose year is when the sentence's event happened: "in 1965", "on 7 May 1962", "June 30, 2003". */
const EVENT_DATE = new RegExp(
  String.raw`(?:\b(?:[Ii]n|[Oo]n|[Dd]uring|[Bb]y)\s+(?:(?:early|late|mid)[- ]\s*)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:${MONTH}\.?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?|\b\d{1,2}\s+${MONTH}\.?,?\s+|\b${MONTH}\.?\s+\d{1,2},?\s+)(\d{4})\b(?![-–/]\d|s\b)`,
);
/** Words that date a sentence by another ("that same year"): its years may not be its event's. */
const ANAPHORIC_YEAR = /\b(?:same|following|previous|next|that)\s+year\b/i;
/** Words that may tell an event against another ("later", "after"), so strictly its years are not its own. */
const ANAPHORIC = /\b(?:later|earlier|then|after|before|since)\b/i;

/**
 * The year a sentence's event is dated by, where a date phrase says it plainly; else null. With
 * `strict`, a sentence that tells its event against another ("after", "then", "since") has none.
 */
export function eventYear(sentence: string, strict = true): number | null {
  if (ANAPHORIC_YEAR.test(sentence) || (strict && ANAPHORIC.test(sentence))) return null;
  const year = EVENT_DATE.exec(sentence)?.[1];
  return year === undefined ? null : Number(year);
}

/** The lines of a text with their start offsets (without the line break). */
export function linesOf(text: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    out.push({ start, text: line });
    start += line.length + 1;
  }
  return out;
}

/** Words whose full stop does not end a sentence ("Gen.", "U.S.", an initial). */
const ABBREVIATION =
  /(?:^|[\s(])(?:[A-Z]|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Adm|Sgt|St|No|Nos|Vol|Jr|Sr|Co|Inc|Ltd|vs|etc|[A-Z]\.[A-Z]|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$/;

/** The sentences of one line: [start, end) offsets into the line, ends without the trailing space. */
export function sentencesOf(line: string): [number, number][] {
  const out: [number, number][] = [];
  let start = line.search(/\S/);
  if (start < 0) return out;
  for (const m of line.matchAll(/[.!?]["”’)]?(\s+)(?=["“‘(]?[A-Z0-9])/g)) {
    const stop = m.index + m[0].length - (m[1]?.length ?? 0);
    if (ABBREVIATION.test(line.slice(Math.max(start, stop - 8), stop).replace(/["”’)]$/, ''))) continue;
    out.push([start, stop]);
    start = m.index + m[0].length;
  }
  const end = line.trimEnd().length;
  if (end > start) out.push([start, end]);
  return out;
}

/** "In 1965, Pakistan signed …" → a line "1965", then "Pakistan signed …" on the next. */
export const yearOnOwnLine: Transformation = (text) => {
  const edits: Edit[] = [];
  const touched: [number, number][] = [];
  const pattern = new RegExp(`(^|(?<=[.!?]["”]?) )In ((?:${MONTH} )?\\d{4}), ([a-zA-Z])`, 'gm');
  for (const m of text.matchAll(pattern)) {
    const lead = m[1] ?? '';
    const first = m[3] ?? '';
    edits.push({
      at: m.index,
      end: m.index + m[0].length,
      insert: `${lead ? '\n' : ''}${m[2]}\n${first.toUpperCase()}`,
    });
    const lineEnd = text.indexOf('\n', m.index);
    touched.push([m.index, lineEnd < 0 ? text.length : lineEnd]);
  }
  return rewrite(text, edits, touched);
};

/**
 * A line of two or more dated sentences → one line per dated sentence, "1965 – …", the year its date
 * phrase gives (a sentence dated by another, or not at all, stays on the line before).
 */
export const datedList: Transformation = (text) => {
  const edits: Edit[] = [];
  const touched: [number, number][] = [];
  for (const line of linesOf(text)) {
    if (/^\s*(?:\d{4}\b|[-•*]\s)/.test(line.text)) continue;
    const sentences = sentencesOf(line.text);
    const dated = sentences.filter(([s, e]) => eventYear(line.text.slice(s, e)) !== null);
    if (dated.length < 2) continue;
    let previousEnd = 0;
    for (const [s, e] of sentences) {
      const year = eventYear(line.text.slice(s, e));
      if (year !== null) {
        // The space before the sentence becomes the line break; the first sentence keeps its place.
        const at = line.start + (s === sentences[0]?.[0] ? s : previousEnd);
        edits.push({ at, end: line.start + s, insert: `${s === sentences[0]?.[0] ? '' : '\n'}${year} – ` });
      }
      previousEnd = e;
    }
    touched.push([line.start, line.start + line.text.length]);
  }
  return rewrite(text, edits, touched);
};

/** A line that is only a date, as a page prints its own: "June 30, 2003", "2024-06-06", "Friday, 05 May 2023 - 03:00 AM". */
const DATE_LINE = new RegExp(
  `^(?:[A-Z][a-z]+day\\S?\\s+)?(?:\\d{1,2}\\s${MONTH}\\.?\\s\\d{4}|${MONTH}\\.?\\s\\d{1,2},?\\s\\d{4}|\\d{4}-\\d{2}-\\d{2})(?:\\s*[-/]\\s*\\d{1,2}:\\d{2}.*)?\\s*$`,
);
const PUBLICATION_LINE = /^(?:Published|Updated|Posted)\b.*\d{4}.*$/;
/** "Rawalpindi, 22 February 2022 (TDI): ", "KARACHI, Aug 11: ": a place, a date, an agency, a dash or colon. */
const DATELINE = new RegExp(
  `^[A-Z][A-Za-z]+(?:[ ,]+[A-Z][A-Za-z]+)?, (?:\\d{1,2} ${MONTH}\\.?(?: \\d{4})?|${MONTH}\\.? \\d{1,2}(?:, \\d{4})?)(?: \\([A-Za-z]+\\))?\\s*[:–—-]\\s+`,
);

/** The ranges of the text that give its own date: date-only and publication lines, and datelines. */
export function documentDateParts(text: string): [number, number][] {
  const parts: [number, number][] = [];
  linesOf(text).forEach((line, i) => {
    if ((i < 6 && DATE_LINE.test(line.text)) || PUBLICATION_LINE.test(line.text)) {
      parts.push([line.start, Math.min(text.length, line.start + line.text.length + 1)]);
      return;
    }
    const dateline = DATELINE.exec(line.text);
    if (dateline) parts.push([line.start, line.start + dateline[0].length]);
  });
  return parts;
}

/** Removes the text's own date (its date-only or publication line, its dateline); null when it has none. */
export const stripDocumentDate: Transformation = (text) => {
  const parts = documentDateParts(text);
  return rewrite(
    text,
    parts.map(([at, end]) => ({ at, end, insert: '' })),
    [[0, text.length]],
  );
};

/**
 * Gives a text with no date of its own a publication line ("Published 31 December 2019", after its
 * first line when that is a headline) and a dateline on its first paragraph of prose, dated at the end
 * of the latest year it names; null when it has a date of its own or names no year.
 */
export const addDocumentDate: Transformation = (text) => {
  const latest = Math.max(...yearsIn(text));
  if (documentDateParts(text).length > 0 || !Number.isFinite(latest)) return null;
  const lines = linesOf(text);
  const headline = lines[0] && lines[0].text.length < 100 && !/[.!?]$/.test(lines[0].text) ? lines[0] : null;
  const publishedAt = headline ? headline.start + headline.text.length + 1 : 0;
  const prose = lines.find((l) => l.text.length >= 100 && l.start >= publishedAt);
  const edits: Edit[] = [
    { at: publishedAt, end: publishedAt, insert: `Published 31 December ${latest}\n\n` },
  ];
  if (prose) edits.push({ at: prose.start, end: prose.start, insert: 'ISLAMABAD, Dec 31 (APP) – ' });
  return rewrite(text, edits, [[0, text.length]]);
};

/** Every line cut at its last space before `width` characters, as an e-mail or a plain-text page wraps. */
export function hardWrap(width: number): Transformation {
  return (text) => {
    const edits: Edit[] = [];
    const touched: [number, number][] = [];
    for (const line of linesOf(text)) {
      if (line.text.length <= width) continue;
      let from = 0;
      while (line.text.length - from > width) {
        const cut = line.text.lastIndexOf(' ', from + width);
        if (cut <= from) break;
        edits.push({ at: line.start + cut, end: line.start + cut + 1, insert: '\n' });
        from = cut + 1;
      }
      touched.push([line.start, line.start + line.text.length]);
    }
    return rewrite(text, edits, touched);
  };
}

/**
 * "… in 1966" → "… the following year", "in May 1966" → "in May the following year", in a sentence
 * dated so, when the dated sentence before it is
 * dated the year before (and was not itself rewritten).
 */
export const followingYear: Transformation = (text) => {
  const edits: Edit[] = [];
  const touched: [number, number][] = [];
  let previous = null as { year: number | null; rewritten: boolean } | null;
  for (const line of linesOf(text)) {
    for (const [s, e] of sentencesOf(line.text)) {
      const sentence = line.text.slice(s, e);
      if (yearsIn(sentence).length === 0) continue;
      const year = eventYear(sentence, false);
      const phrase =
        year === null
          ? null
          : new RegExp(`\\b([Ii])n (${MONTH} )?${year}\\b(?![-–/]\\d|s\\b)`).exec(sentence);
      const fits: boolean =
        phrase !== null && year !== null && previous?.rewritten === false && previous.year === year - 1;
      if (phrase && fits) {
        const at = line.start + s + phrase.index;
        const month = phrase[2] ? `${phrase[1]}n ${phrase[2]}` : '';
        const insert = month
          ? `${month}the following year`
          : `${phrase[1] === 'I' ? 'T' : 't'}he following year`;
        edits.push({ at, end: at + phrase[0].length, insert });
        touched.push([line.start + s, line.start + e]);
      }
      previous = { year, rewritten: fits };
    }
  }
  return rewrite(text, edits, touched);
};

/** Past forms of common verbs of events and their present (third person singular). */
export const PRESENT_OF: Readonly<Record<string, string>> = {
  was: 'is',
  were: 'are',
  had: 'has',
  visited: 'visits',
  signed: 'signs',
  met: 'meets',
  held: 'holds',
  became: 'becomes',
  established: 'establishes',
  opened: 'opens',
  launched: 'launches',
  agreed: 'agrees',
  joined: 'joins',
  recognized: 'recognizes',
  recognised: 'recognises',
  announced: 'announces',
  arrived: 'arrives',
  attended: 'attends',
  called: 'calls',
  concluded: 'concludes',
  declared: 'declares',
  elected: 'elects',
  hosted: 'hosts',
  invited: 'invites',
  left: 'leaves',
  made: 'makes',
  paid: 'pays',
  received: 'receives',
  sent: 'sends',
  started: 'starts',
  began: 'begins',
  took: 'takes',
  gave: 'gives',
  won: 'wins',
  lost: 'loses',
  fought: 'fights',
  broke: 'breaks',
  withdrew: 'withdraws',
  suspended: 'suspends',
  resumed: 'resumes',
  restored: 'restores',
  adopted: 'adopts',
  approved: 'approves',
  decided: 'decides',
  formed: 'forms',
  founded: 'founds',
  granted: 'grants',
  inaugurated: 'inaugurates',
  named: 'names',
  appointed: 'appoints',
  proposed: 'proposes',
  expressed: 'expresses',
  offered: 'offers',
  supported: 'supports',
  condemned: 'condemns',
  exchanged: 'exchanges',
  discussed: 'discusses',
  reached: 'reaches',
  ended: 'ends',
  voted: 'votes',
  travelled: 'travels',
  traveled: 'travels',
};

/** A line of a list: it starts with a date ("1985 …", "March 1963: …"), a bullet or an item number. */
const LIST_LINE = new RegExp(`^\\s*(?:(?:\\d{1,2} )?(?:${MONTH} )?\\d{4}\\b|[-•*]\\s|\\d{1,2}[.)]\\s)`);
/** A past form after these is a participle ("was held", "had signed"), which keeps its form. */
const AUXILIARY_BEFORE = /\b(?:is|are|was|were|be|been|being|has|have|had)\s+$/i;

/** The past verbs of every list line told in the present ("1985 The summit was held" → "is held"). */
export const presentTenseList: Transformation = (text) => {
  const edits: Edit[] = [];
  const touched: [number, number][] = [];
  const words = new RegExp(`\\b(?:${Object.keys(PRESENT_OF).join('|')})\\b`, 'gi');
  for (const line of linesOf(text)) {
    if (!LIST_LINE.test(line.text)) continue;
    let changed = false;
    for (const m of line.text.matchAll(words)) {
      const present = PRESENT_OF[m[0].toLowerCase()];
      if (!present || AUXILIARY_BEFORE.test(line.text.slice(0, m.index))) continue;
      const cased = /^[A-Z]/.test(m[0]) ? present.charAt(0).toUpperCase() + present.slice(1) : present;
      edits.push({ at: line.start + m.index, end: line.start + m.index + m[0].length, insert: cased });
      changed = true;
    }
    if (changed) touched.push([line.start, line.start + line.text.length]);
  }
  return rewrite(text, edits, touched);
};
