// The extractor's pipeline for one article: sentences → dated drafts → facts with actors, place,
// object and summary, with offsets into the original text.

import { formatDateValue } from '../domain/date-format.ts';
import { namesIn } from './actors.ts';
import { documentDate } from './dates/index.ts';
import { carriedDraft, type Draft, draftSentence, type ResolvedDate } from './draft-events.ts';
import { eventObject } from './event-object.ts';
import { articleMeta } from './meta.ts';
import { retell, splitClause } from './retell.ts';
import { type Sentence, splitSentences } from './sentences.ts';
import { summarise } from './summary.ts';
import type { ArticleInput, ExtractedFact, ExtractionResult } from './types.ts';

/** Words of a sentence that may tell one event from another (long, and not the article's common words). */
function contentWords(s: string, common: Set<string>): Set<string> {
  return new Set((s.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => !common.has(w)));
}

/** Words found in five or more sentences of the article: its topic, not any one event. */
function commonWords(sentences: Sentence[]): Set<string> {
  const count = new Map<string, number>();
  for (const s of sentences) {
    for (const w of new Set(s.text.toLowerCase().match(/[a-z]{4,}/g) ?? []))
      count.set(w, (count.get(w) ?? 0) + 1);
  }
  return new Set([...count].filter(([, n]) => n >= 5).map(([w]) => w));
}

/** The same event told again later in the article: same date and type, and shared key words. */
function isRepeat(fact: ExtractedFact, earlier: ExtractedFact[], common: Set<string>): boolean {
  const words = contentWords(fact.sentence, common);
  return earlier.some((e) => {
    // A retelling stands well apart from the first telling; close by, it is a new step.
    if (e.date !== fact.date || e.type !== fact.type || fact.paragraph - e.paragraph < 2) return false;
    let shared = 0;
    for (const w of contentWords(e.sentence, common)) if (words.has(w)) shared++;
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
function toFact(source: string, sentence: Sentence, draft: Draft, tight: boolean): ExtractedFact {
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
  };
}

/** The article's dated facts and its meta (title, author). Pure: no I/O. */
export function extractArticle(input: ArticleInput): ExtractionResult {
  const { source, text } = input;
  const facts: ExtractedFact[] = [];
  let anchor: ResolvedDate | null = null;
  let lastDay: ResolvedDate | null = null;
  let previous: Sentence | null = null;
  let previousDated = false;
  const sentences = splitSentences(text);
  const common = commonWords(sentences);
  const context = { documentDate: documentDate(text)?.point ?? null };
  for (const sentence of sentences) {
    const { drafts, dates } = draftSentence(sentence.text, anchor, lastDay, context);
    const adjacent =
      previous !== null &&
      (previous.item !== null
        ? sentence.item === previous.item || sentence.item === previous.item + 1
        : previous.paragraph === sentence.paragraph);
    if (drafts.length === 0 && dates.length === 0 && anchor && previousDated && adjacent) {
      const carried = carriedDraft(sentence.text, anchor);
      if (carried) drafts.push(carried);
    }
    for (const draft of drafts) {
      const fact = toFact(source, sentence, draft, drafts.length > 1);
      if (!isRepeat(fact, facts, common)) facts.push(fact);
    }
    for (const d of dates) {
      anchor = d;
      if (d.precision === 'day') lastDay = d;
    }
    previousDated = dates.length > 0;
    previous = sentence;
  }
  return { source, meta: articleMeta(text, source), facts };
}

/** Each article's facts and meta, in the order given. */
export function extractArticles(inputs: ArticleInput[]): ExtractionResult[] {
  return inputs.map(extractArticle);
}
