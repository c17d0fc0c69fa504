// Facts read from a JSON file instead of the extractor: extraction results, the extractor's
// `--json` output, or hand-checked facts that give a quote instead of offsets (span, paragraph and
// list item are then found from the quote).
import type { ExtractedFact, ExtractionResult } from '../extract/index.ts';

/**
 * Title and author from the article's first lines: the first short line without digits or a closing
 * full stop, else the file name; the author from a "By …" or "Author: …" line.
 */
export function guessMeta(text: string, file: string): ExtractionResult['meta'] {
  const lines = text.split('\n').map((l) => l.trim());
  const title = lines
    .slice(0, 15)
    .map((l) => l.replace(/\s+By\s+.+$/, ''))
    .find((l) => /^\S{1,25}(\s+\S{1,25}){1,14}$/.test(l) && !/\d|\.$/.test(l));
  const byline = /^(?:By|Author:)\s+(.+?)\.?$/m.exec(text)?.[1] ?? /\sBy\s+(.+)$/.exec(lines[0] ?? '')?.[1];
  return { title: title ?? file, author: byline ?? null };
}

/** 1-based paragraph (blocks split by blank lines) and list item ("12. …") at an offset of the text. */
export function placeOf(text: string, offset: number): { paragraph: number; item: number | null } {
  const before = text.slice(0, offset);
  const paragraph = before
    .split(/\n\s*\n/)
    .filter((p, i, all) => p.trim() !== '' || i === all.length - 1).length;
  const lineStart = before.lastIndexOf('\n') + 1;
  const item = /^\s*(\d{1,3})[.)]\s/.exec(text.slice(lineStart))?.[1];
  return { paragraph: Math.max(1, paragraph), item: item ? Number(item) : null };
}

type LooseFact = Partial<ExtractedFact> & { quote?: string };

function complete(fact: LooseFact, text: string): ExtractedFact | null {
  const { source, date, precision, type, summary } = fact;
  if (!source || !date || !precision || !type || !summary) return null;
  let span = fact.span;
  if (!span && fact.quote) {
    const at = text.indexOf(fact.quote);
    if (at < 0) return null;
    span = [at, at + fact.quote.length];
  }
  if (!span) return null;
  const where = fact.paragraph
    ? { paragraph: fact.paragraph, item: fact.item ?? null }
    : placeOf(text, span[0]);
  return {
    source,
    date,
    precision,
    type,
    actors: fact.actors ?? [],
    place: fact.place ?? null,
    object: fact.object ?? null,
    summary,
    span,
    paragraph: where.paragraph,
    item: where.item,
    sentence: fact.sentence ?? fact.quote ?? text.slice(span[0], span[1]),
    clause: fact.clause ?? text.slice(span[0], span[1]),
    rules: fact.rules ?? [],
  };
}

/**
 * Extraction results from parsed JSON: an array of results is used as it is; `{facts: [...]}` or a bare
 * array of facts is grouped by source, with meta guessed from each article. Facts whose quote is not
 * in their article are left out.
 */
export function factsFromJson(raw: unknown, texts: ReadonlyMap<string, string>): ExtractionResult[] {
  if (Array.isArray(raw) && raw.every((r) => typeof r === 'object' && r !== null && 'meta' in r)) {
    return raw as ExtractionResult[];
  }
  const facts = (Array.isArray(raw) ? raw : ((raw as { facts?: unknown }).facts ?? [])) as LooseFact[];
  return [...texts].map(([source, text]) => ({
    source,
    meta: guessMeta(text, source),
    facts: facts
      .filter((f) => f.source === source)
      .map((f) => complete(f, text))
      .filter((f): f is ExtractedFact => f !== null),
  }));
}
