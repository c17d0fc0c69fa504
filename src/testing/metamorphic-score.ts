// How many of the facts an extractor finds in articles it still finds once they are rewritten: the
// measure of the metamorphic tests. Expected facts come from the gold, their quotes mapped through the
// rewrite; "found" is the scorer's rule (see gold-match.ts).
import { type GoldFact, goldSpans, matchGold, type PredictedFact } from './gold-match.ts';
import { mapSpan, type Rewrite, type Transformation } from './metamorphic.ts';

/** An extractor as the measure sees it: one article in, its dated facts out. */
export type Extract = (source: string, text: string) => readonly PredictedFact[];

/** Whether a gold fact of the original is still to be expected in the rewrite (default: every one). */
export type Expects = (gold: GoldFact, span: readonly [number, number], rewrite: Rewrite) => boolean;

export interface KeptScore {
  /** Articles the transformation applied to. */
  articles: number;
  /** Expected gold facts found in the originals of those articles, and how many the rewrites keep. */
  found: number;
  kept: number;
  /** The same, for the facts whose quote stands in a part the rewrite touched. */
  touchedFound: number;
  touchedKept: number;
  /** Found in the original, not in the rewrite. */
  lost: GoldFact[];
}

const overlaps = (a: readonly [number, number], b: readonly [number, number]): boolean =>
  Math.min(a[1], b[1]) > Math.max(a[0], b[0]);

/** Gold facts found (index into `gold`) in one text whose gold spans are `spans`. */
function foundIn(
  extract: Extract,
  source: string,
  text: string,
  gold: GoldFact[],
  spans: [number, number][],
) {
  return new Set(matchGold(extract(source, text), gold, spans).filter((g) => g >= 0));
}

/** Runs `transform` on every article it applies to and counts the found facts it keeps. */
export function keptFacts(
  texts: ReadonlyMap<string, string>,
  allGold: readonly GoldFact[],
  extract: Extract,
  transform: Transformation,
  expects: Expects = () => true,
): KeptScore {
  const score: KeptScore = { articles: 0, found: 0, kept: 0, touchedFound: 0, touchedKept: 0, lost: [] };
  for (const [source, text] of texts) {
    const rewrite = transform(text);
    if (!rewrite) continue;
    score.articles++;
    const gold = allGold.filter((g) => g.source === source);
    const spans = goldSpans(gold, texts);
    const mapped = spans.map((s) => mapSpan(rewrite, s));
    const before = foundIn(extract, source, text, gold, spans);
    const after = foundIn(extract, source, rewrite.text, gold, mapped);
    gold.forEach((g, i) => {
      const span = spans[i] ?? [0, 0];
      if (!before.has(i) || !expects(g, span, rewrite)) return;
      const touched = rewrite.touched.some((t) => overlaps(t, span));
      const kept = after.has(i);
      score.found++;
      if (kept) score.kept++;
      else score.lost.push(g);
      if (touched) {
        score.touchedFound++;
        if (kept) score.touchedKept++;
      }
    });
  }
  return score;
}

/** Stripping a text's own date: only facts whose quote names a year, outside what was cut, stay datable. */
export const datableWithoutDocumentDate: Expects = (gold, span, rewrite) =>
  /\b\d{4}\b/.test(gold.quote) &&
  !(rewrite.steps[0] ?? []).some((e) => e.insert === '' && overlaps([e.at, e.end], span));
