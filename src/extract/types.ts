// What the extractor finds in one article: dated facts with their offsets into the original text.
import type { FactType, Precision } from '../domain/deck-schema.ts';

export interface ArticleInput {
  /** File base name, e.g. "003_daa7dd7b381a4916.txt"; used as the fact's source. */
  source: string;
  /** The article exactly as read (UTF-8); every offset points into this string. */
  text: string;
}

export interface ArticleMeta {
  title: string;
  author: string | null;
}

export interface ExtractedFact {
  source: string;
  /** "1966-01-06", "1966-01", "1966", or a range "1954/1958". */
  date: string;
  precision: Precision;
  type: FactType;
  /** People (with role where the text gives it, e.g. "Prime Minister Liaquat Ali Khan"), countries, organisations. */
  actors: string[];
  place: string | null;
  /** The agreement's name, what was supplied, the organisation joined...; null when none. */
  object: string | null;
  /** One line in our own words. */
  summary: string;
  /** The fact's sentence (or tighter): [start, end) JavaScript string offsets into the text. */
  span: [number, number];
  /** 1-based paragraph of the article the fact stands in. */
  paragraph: number;
  /** 1-based number of the list item, when the fact stands in a numbered list. */
  item: number | null;
  /** The sentence's text, for the deck writer (never copied into a deck verbatim). */
  sentence: string;
  /** The clause of the sentence that tells this event (the whole sentence when it tells one). */
  clause: string;
  /** Ids of the rules that made the fact: its line's layout, how it was dated, kept and typed. */
  rules: string[];
}

export interface ExtractionResult {
  source: string;
  meta: ArticleMeta;
  facts: ExtractedFact[];
}
