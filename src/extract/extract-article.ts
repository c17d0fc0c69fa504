// The extractor's pipeline for one article: sentences → date mentions → clauses → dated facts,
// with offsets into the original text.
import type { FactType } from '../domain/deck-schema.ts';
import { namesIn } from './actors.ts';
import { splitClauses } from './clauses.ts';
import { findDateMentions } from './date-mentions.ts';
import { eventObject } from './event-object.ts';
import { eventType } from './event-type.ts';
import { articleMeta } from './meta.ts';
import { type ResolvedDate, resolveRelative } from './resolve-dates.ts';
import { type Sentence, splitSentences } from './sentences.ts';
import { summarise } from './summary.ts';
import type { ArticleInput, ExtractedFact, ExtractionResult } from './types.ts';

interface Draft {
  date: ResolvedDate;
  type: FactType;
  clause: string;
}

/** A year used as a modifier ("the 1965 war") takes its type from the words after it. */
function modifierType(sentence: string, date: ResolvedDate): FactType | null {
  if (date.precision !== 'year' || date.relative) return null;
  if (!/(?:\bthe|\ba|\ban|\bits|[’']s)\s*$/i.test(sentence.slice(0, date.start))) return null;
  const after = /^(?:\s+[\w-]+){1,4}/.exec(sentence.slice(date.end))?.[0] ?? '';
  const type = eventType(after);
  return type === 'other' ? null : type;
}

/** Subjects that refer back instead of naming a new actor: such sentences add detail, not events. */
const BACK_REFERENCE =
  /^(?:the|this|that|these|those|it|its|their|there|he|she|they|his|her|mr|mrs|ms|in|on|at|as|however|but|also|both)\b/i;

function draftsFor(sentence: Sentence, anchor: ResolvedDate | null, previousHadFacts: boolean): Draft[] {
  const text = sentence.text;
  const dates: ResolvedDate[] = [];
  let last = anchor;
  for (const mention of findDateMentions(text)) {
    const resolved = resolveRelative(mention, last);
    if (!resolved) continue;
    dates.push(resolved);
    last = resolved;
  }
  const clauses = splitClauses(text);
  const drafts: Draft[] = [];
  let current: ResolvedDate | null = null;
  let previousType: FactType | null = null;
  for (const clause of clauses) {
    const inside = dates.filter((d) => d.start >= clause.start && d.start < clause.end);
    const clauseType = eventType(clause.text);
    if (inside.length > 0) {
      for (const date of inside) {
        const type =
          modifierType(text, date) ?? (clauseType === 'other' && previousType ? previousType : clauseType);
        drafts.push({ date, type, clause: clause.text });
      }
      current = inside[inside.length - 1] ?? current;
    } else if (current && clause.hasVerb) {
      const newAction = !clause.sharesSubject || (clauseType !== previousType && clauseType === 'agreement');
      if (newAction) drafts.push({ date: current, type: clauseType, clause: clause.text });
    }
    previousType = clauseType;
  }
  if (drafts.length === 0 && dates.length === 0 && anchor && previousHadFacts) {
    // A sentence right after a dated one that names a new actor doing something carries its date.
    const type = eventType(text);
    if (/^[A-Z]/.test(text) && !BACK_REFERENCE.test(text) && type !== 'other' && type !== 'relations') {
      const first = clauses[0];
      if (first?.hasVerb && !/\b(?:is|are|will|would|can|could|should|must|may|might)\b/.test(first.text)) {
        drafts.push({ date: { ...anchor, start: 0, end: 0, relative: true }, type, clause: text });
      }
    }
  }
  return drafts;
}

/** The article's dated facts and its meta (title, author). Pure: no I/O. */
export function extractArticle(input: ArticleInput): ExtractionResult {
  const { source, text } = input;
  const facts: ExtractedFact[] = [];
  let anchor: ResolvedDate | null = null;
  let previous: Sentence | null = null;
  let previousHadFacts = false;
  for (const sentence of splitSentences(text)) {
    const adjacent =
      previous !== null &&
      (previous.paragraph === sentence.paragraph ||
        (previous.item !== null && sentence.item === previous.item + 1));
    const drafts = draftsFor(sentence, anchor, previousHadFacts && adjacent);
    for (const draft of drafts) {
      const { actors, place } = namesIn(draft.clause);
      const object = eventObject(draft.clause, draft.type);
      facts.push({
        source,
        date: draft.date.value,
        precision: draft.date.precision,
        type: draft.type,
        actors,
        place,
        object,
        summary: summarise(draft.type, actors, place, object, draft.date.value),
        span: [sentence.start, sentence.end],
        paragraph: sentence.paragraph,
        item: sentence.item,
        sentence: sentence.text,
      });
    }
    const dated = drafts.filter((d) => !d.date.relative || d.date.start !== d.date.end);
    const lastDraft = dated[dated.length - 1];
    if (lastDraft) anchor = lastDraft.date;
    previousHadFacts = drafts.length > 0;
    previous = sentence;
  }
  return { source, meta: articleMeta(text, source), facts };
}
