// The extractor's public API: article text in, dated facts and meta out. Pure TypeScript, safe to
// run in Node, a browser or a Web Worker. Code outside src/extract imports the extractor only from here
// (and the deck writer from deck/index.ts).
// The bare chrono-node reading: the bench's yardstick for speed and the naive baseline's dates.
export type { ChronoMention } from './chrono-dates.ts';
export { chronoMentions } from './chrono-dates.ts';
export type { DateMention, DocumentDate, TextDates } from './dates/index.ts';
export { documentDate, readDates } from './dates/index.ts';
export { eventType } from './event-type.ts';
export { extractArticle, extractArticles } from './extract-article.ts';
export { articleMeta } from './meta.ts';
export type { Sentence } from './sentences.ts';
export { splitSentences } from './sentences.ts';
export type { ArticleInput, ArticleMeta, ExtractedFact, ExtractionResult } from './types.ts';
