// The date stage: every date mention of a text with its offsets, its underspecified value, the
// rule that found it and the date it resolves to. Pure TypeScript (Node, browser, Web Worker).
import { type DocumentDate, documentDate } from './document-date.ts';
import { findMentions } from './find.ts';
import { type ResolvedMention, resolveMentions } from './resolve.ts';
import { type DatePoint, toTimeml } from './value.ts';

export type { DocumentDate } from './document-date.ts';
export { documentDate } from './document-date.ts';
export type { MentionPrecision, ResolvedDate, SentenceContext } from './project-dates.ts';
export { dateSpans, projectDate, sentenceDates, writtenDates } from './project-dates.ts';
export type { ResolvedMention } from './resolve.ts';
export type { DatePoint, DateValue, Resolved } from './value.ts';
export { isCalendar, pointToTimeml, toTimeml } from './value.ts';

export interface DateOptions {
  /** The report's date; by default read from the text itself (`documentDate`); null for none. */
  documentDate?: DatePoint | null;
}

export interface DateMention extends ResolvedMention {
  /** The resolved date in TimeML ("1998-08-07", "199X", "1954/1958"), or null when unresolved. */
  timeml: string | null;
}

export interface TextDates {
  mentions: DateMention[];
  document: DocumentDate | null;
}

/** The date mentions of `text` and its document date; a mention on the document's `DATE:` line is left out. */
export function readDates(text: string, options: DateOptions = {}): TextDates {
  const document = options.documentDate === undefined ? documentDate(text) : null;
  const point = options.documentDate === undefined ? (document?.point ?? null) : options.documentDate;
  // TimeBank's header line is no part of the text: it is the document's date only.
  const header = document && /^DATE:/.test(text) ? document.span : null;
  const found = findMentions(text).filter((m) => !header || m.start >= header[1]);
  const mentions = resolveMentions(found, { text, documentDate: point }).map((m) => ({
    ...m,
    timeml: m.resolved ? toTimeml(m.resolved) : null,
  }));
  return { mentions, document };
}
