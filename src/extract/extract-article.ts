// The extractor's pipeline for one article: sentences → dated drafts → facts with actors, place,
// object and summary, with offsets into the original text.

import { formatDateValue } from '../domain/date-format.ts';
import { namesIn } from './actors.ts';
import { documentDate } from './dates/index.ts';
import {
  carriedDraft,
  type Draft,
  datesTheObject,
  draftSentence,
  type ResolvedDate,
} from './draft-events.ts';
import { eventObject } from './event-object.ts';
import { absoluteDates, type LayoutLine, layOut } from './layout.ts';
import { articleMeta } from './meta.ts';
import { type ReportDate, reportDate } from './report-date.ts';
import { retell, splitClause } from './retell.ts';
import { type Sentence, splitSentences } from './sentences.ts';
import { summarise } from './summary.ts';
import type { ArticleInput, ExtractedFact, ExtractionResult } from './types.ts';

/** Words found in five or more sentences of the article: its topic, not any one event. */
function commonWords(sentences: Sentence[]): Set<string> {
  const count = new Map<string, number>();
  for (const s of sentences) {
    for (const w of new Set(s.text.toLowerCase().match(/[a-z]{4,}/g) ?? []))
      count.set(w, (count.get(w) ?? 0) + 1);
  }
  return new Set([...count].filter(([, n]) => n >= 5).map(([w]) => w));
}

/** "his 2015 visit", "the 1998 tests": an event named by its year rather than told. */
const NOMINAL_RETELLING = /\b(?:his|her|its|their|the|this|that)\s+(?:1[5-9]\d\d|20\d\d)\s+([a-z]+)\b/i;

/** The noun of a clause that names an event by its year ("visit" in "his 2015 visit"), else null. */
function nominalNoun(clause: string): string | null {
  return NOMINAL_RETELLING.exec(clause)?.[1] ?? null;
}

/** True when a clause whose nominal noun is `noun` only names an event that `told` tells with it. */
function namesTold(noun: string | null, told: string): boolean {
  if (!noun || NOMINAL_RETELLING.test(told)) return false;
  return new RegExp(`\\b${noun.slice(0, 5)}`, 'i').test(told);
}

/** The name a clause opens with ("COAS", "Foreign Minister Dar"), or null when it opens otherwise. */
function speakerOf(clause: string): string | null {
  const m = /^(?:[A-Z][\w.’'-]*)(?:\s+[A-Z][\w.’'-]*)*(?=\s+(?:also\s+)?[a-z])/.exec(clause.trim());
  const name = m?.[0] ?? null;
  return name && !/^(?:The|This|That|It|He|She|They|In|On|At|During|After|But|And)$/.test(name) ? name : null;
}

/** A sentence's words of four letters or more, read once per fact (a fact is compared with many). */
const wordsOfFact = new WeakMap<ExtractedFact, Set<string>>();
function sentenceWords(fact: ExtractedFact): Set<string> {
  let words = wordsOfFact.get(fact);
  if (!words) {
    words = new Set(fact.sentence.toLowerCase().match(/[a-z]{4,}/g) ?? []);
    wordsOfFact.set(fact, words);
  }
  return words;
}

/**
 * The earlier facts a fact can repeat: of its type, with a date that begins as its date does (a
 * repeat's date always starts with the fact's own). Kept by type and year, so each new fact is
 * compared with a few, not with every fact before it (a list of 200,000 characters has thousands).
 */
class Told {
  private readonly all: ExtractedFact[] = [];
  private readonly byYear = new Map<string, ExtractedFact[]>();
  add(fact: ExtractedFact): void {
    this.all.push(fact);
    const key = Told.key(fact);
    if (key === null) return;
    const bucket = this.byYear.get(key);
    if (bucket) bucket.push(fact);
    else this.byYear.set(key, [fact]);
  }
  /** Every told fact that may be `fact` told again (a superset of them, in the order told). */
  candidates(fact: ExtractedFact): ExtractedFact[] {
    const key = Told.key(fact);
    return key === null ? this.all : (this.byYear.get(key) ?? []);
  }
  /** Those of `candidates` told in a paragraph up to `paragraph` (facts are told in text order). */
  static upTo(candidates: ExtractedFact[], paragraph: number): ExtractedFact[] {
    let lo = 0;
    let hi = candidates.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((candidates[mid]?.paragraph ?? 0) <= paragraph) lo = mid + 1;
      else hi = mid;
    }
    return lo === candidates.length ? candidates : candidates.slice(0, lo);
  }
  private static key(fact: ExtractedFact): string | null {
    // Only a date of four digits or more is narrowed by its year; a shorter one may begin any date.
    return /^\d{4}/.test(fact.date) ? `${fact.type}|${fact.date.slice(0, 4)}` : null;
  }
}

/**
 * The same event told again in the article: same date and type, and either shared key words well
 * apart from the first telling, most of its words close by (a standfirst, a recap), or only named by
 * its year ("his 2015 visit") once it has been told.
 */
function isRepeat(fact: ExtractedFact, told: Told, common: Set<string>): boolean {
  const all = sentenceWords(fact);
  const noun = nominalNoun(fact.clause);
  let candidates = told.candidates(fact);
  // With no noun naming a told event, no speaker's day and fewer than four words to share, only a
  // telling two paragraphs back or more can be this one (the checks below): a list of thousands of
  // dates in one paragraph then compares nothing.
  if (noun === null && !(fact.type === 'statement' && fact.precision === 'day') && all.size < 4)
    candidates = Told.upTo(candidates, fact.paragraph - 2);
  return candidates.some((e) => {
    // Facts of one sentence tell its different events.
    if (e.type !== fact.type || (e.sentence === fact.sentence && e.paragraph === fact.paragraph))
      return false;
    // Named by its year, an event told earlier on a day of that year is the same event.
    if (e.date.startsWith(fact.date) && namesTold(noun, e.clause)) return true;
    if (e.date !== fact.date) return false;
    // One speaker's words on one day are one statement: "X said …. X reiterated …".
    if (
      fact.type === 'statement' &&
      fact.precision === 'day' &&
      speakerOf(fact.clause) === speakerOf(e.clause)
    )
      return speakerOf(fact.clause) !== null;
    const theirs = sentenceWords(e);
    let same = 0;
    for (const w of all) if (theirs.has(w)) same++;
    // Two tellings in other words of one event: most of the shorter one's words come back.
    if (same >= 4 && same >= 0.6 * Math.min(all.size, theirs.size)) return true;
    // A retelling stands well apart from the first telling; close by, it is a new step.
    if (fact.paragraph - e.paragraph < 2) return false;
    // Key words: long words of both sentences that are not the article's common words.
    let shared = 0;
    for (const w of theirs) if (!common.has(w) && all.has(w)) shared++;
    return shared >= 2;
  });
}

function trimmed(text: string, [a, b]: [number, number]): [number, number] {
  let start = a;
  let end = b;
  while (start < end && /[\s,;]/.test(text[start] ?? '')) start++;
  while (end > start && /[\s,;]/.test(text[end - 1] ?? '')) end--;
  return end > start ? [start, end] : [a, b];
}

/** The event's clause told back in plain words with its date, or null when it cannot be split. */
function retold(draft: Draft): string | null {
  const parts = splitClause(draft.clause);
  if (!parts) return null;
  const when = formatDateValue({ value: draft.date.value, precision: draft.date.precision });
  return `${retell(parts).slice(0, -1)} (${when}).`;
}

/** A fact of the sentence; `tight` narrows its span to the clause when the sentence holds several. */
function toFact(
  source: string,
  sentence: Sentence,
  draft: Draft,
  tight: boolean,
  context: string[],
): ExtractedFact {
  const [a, b] = tight ? trimmed(sentence.text, draft.at) : [0, sentence.text.length];
  const { actors, place } = namesIn(draft.clause);
  const object = eventObject(draft.clause, draft.type);
  return {
    source,
    date: draft.date.value,
    precision: draft.date.precision,
    type: draft.type,
    actors,
    place,
    object,
    summary: retold(draft) ?? summarise(draft.type, actors, place, object, draft.date.value),
    span: [sentence.start + a, sentence.start + b],
    paragraph: sentence.paragraph,
    item: sentence.item,
    sentence: sentence.text,
    clause: draft.clause,
    rules: [sentence.lineRule, ...context, ...draft.rules],
  };
}

/** The date a chronology scope's text gives, as a date of the narrative. */
function scopeDate(text: string, at: [number, number]): ResolvedDate | null {
  const m = absoluteDates(text.slice(...at))[0];
  return m ? { start: 0, end: 0, value: m.value, precision: m.precision, relative: true } : null;
}

function asResolved(date: ReportDate): ResolvedDate {
  return { start: 0, end: 0, value: date.value, precision: date.precision, relative: true };
}

/** The sentence's text with `[a, b)` (offsets into the article) blanked out, offsets kept. */
function blanked(sentence: Sentence, [a, b]: [number, number]): string {
  const from = Math.max(0, a - sentence.start);
  const to = Math.min(sentence.text.length, b - sentence.start);
  if (to <= from) return sentence.text;
  return sentence.text.slice(0, from) + ' '.repeat(to - from) + sentence.text.slice(to);
}

/** Words by which a news report dates its events against its own day. */
const REPORT_DAY =
  /\b(?:yesterday|tonight|this (?:morning|afternoon|evening)|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:said|told|announced|reported|stated)(?:\s+\S+){0,3}\s+today|here today)\b/;

/**
 * Where a dated report's lead ends: its first heading after the text has begun (a background
 * section follows), else the article's end. The lead's undated events happened on the report's date.
 */
function leadEnd(text: string, lines: LayoutLine[], report: ReportDate): number {
  const first = lines.findIndex((l) => l.kind === 'prose');
  if (first < 0) return 0;
  // Only a news report tells its lead as of its date: one with a dateline, or whose first lines
  // date their events by the report's day ("said on Tuesday", "yesterday", "reported here today").
  const opening = lines.slice(first, first + 2).map((l) => text.slice(l.start, l.end));
  const news = lines.some((l) => l.rule === 'layout.dateline') || opening.some((t) => REPORT_DAY.test(t));
  if (!news) return 0;
  const year = report.value.slice(0, 4);
  for (const line of lines.slice(first + 1)) {
    if (line.kind === 'heading') return line.start;
    // A paragraph that dates something to another year is background: the lead is over.
    const other = absoluteDates(line.text).some((m) => !m.value.startsWith(year));
    if (other && line.kind === 'prose') return line.start;
  }
  return Number.POSITIVE_INFINITY;
}

/**
 * A year that is part of a name ("the FIFA World Cup 2022", "the 1972 Simla Agreement") names a
 * thing rather than a time the narrative moves to: "that same year" after it does not mean it.
 */
export function namesAThing(text: string, d: ResolvedDate): boolean {
  if (d.precision !== 'year' || d.relative) return false;
  const before = text.slice(0, d.start);
  const after = text.slice(d.end);
  const nameBefore =
    /\S\s+(?:[A-Z][\w’'-]*\s+)*[A-Z][A-Za-z’'-]+\s+$/.test(before) &&
    !/\b(?:In|On|By|Since|Until|From|During|After|Before)\s+$/.test(before);
  const nameAfter = /\bthe\s+$/i.test(before) && /^\s+[A-Z][a-z]/.test(after);
  return nameBefore || nameAfter;
}

/** The article's dated facts and its meta (title, author). Pure: no I/O. */
export function extractArticle(input: ArticleInput): ExtractionResult {
  const { source, text } = input;
  const facts: ExtractedFact[] = [];
  let anchor: ResolvedDate | null = null;
  let lastDay: ResolvedDate | null = null;
  let previous: Sentence | null = null;
  let previousDated = false;
  const lines = layOut(text);
  const sentences = splitSentences(text, lines);
  const report = reportDate(text, lines);
  const lead = report ? leadEnd(text, lines, report) : 0;
  if (report) anchor = asResolved(report);
  if (report?.precision === 'day') lastDay = anchor;
  const common = commonWords(sentences);
  const told = new Told();
  const context = { documentDate: documentDate(text)?.point ?? null };
  for (const sentence of sentences) {
    let own = sentence.text;
    let inherited: ResolvedDate | null = null;
    const why: string[] = [];
    if (sentence.datelineEnd !== null) own = blanked(sentence, [sentence.start, sentence.datelineEnd]);
    const previousScope = previous?.scopeAt ?? null;
    const firstUnder =
      sentence.scopeAt !== null &&
      sentence.line === 'prose' &&
      !(
        previousScope === sentence.scopeAt &&
        previous?.paragraph === sentence.paragraph &&
        previous.item === sentence.item
      );
    if (sentence.scopeAt && firstUnder) {
      // A chronology's date line dates the first sentence under it.
      inherited = scopeDate(text, sentence.scopeAt);
      if (inherited) anchor = inherited;
      why.push('date.chronology-scope');
    } else if (report && sentence.start < lead) {
      inherited = asResolved(report);
      why.push(report.rule, 'date.news-lead');
    }
    const { drafts, dates } = draftSentence(own, anchor, lastDay, inherited, context);
    const adjacent =
      previous !== null &&
      (previous.item !== null
        ? sentence.item === previous.item || sentence.item === previous.item + 1
        : previous.paragraph === sentence.paragraph);
    let carries = false;
    const ownDates = dates.filter((d) => !datesTheObject(own, d));
    if (drafts.length === 0 && ownDates.length === 0 && anchor && previousDated && adjacent) {
      const carried = carriedDraft(sentence.text, anchor);
      if (carried) drafts.push(carried);
      // A run of reactions after a dated event all carry its date.
      carries = carried !== null;
    }
    for (const draft of drafts) {
      const fact = toFact(source, sentence, draft, drafts.length > 1, why);
      if (!isRepeat(fact, told, common)) {
        facts.push(fact);
        told.add(fact);
      }
    }
    for (const d of ownDates) {
      // "the first visit since 1974" looks back: the narrative stays where it was.
      if (namesAThing(own, d) || /\bsince\s+$/i.test(own.slice(0, d.start))) continue;
      anchor = d;
      if (d.precision === 'day') lastDay = d;
    }
    previousDated = ownDates.length > 0 || carries;
    previous = sentence;
  }
  return { source, meta: articleMeta(text, source), facts };
}

/** Each article's facts and meta, in the order given. */
export function extractArticles(inputs: ArticleInput[]): ExtractionResult[] {
  return inputs.map(extractArticle);
}
