// The scorer's rule (../shared/tools/score-extraction.mjs) for matching extracted facts to gold facts:
// same source, a span overlapping the gold quote, agreeing dates, one to one in the order of the
// predictions, each taking the free gold fact it overlaps most.

/** A gold fact as ../shared's gold files give it. */
export interface GoldFact {
  id?: string;
  source: string;
  date: string;
  type: string;
  quote: string;
}

/** What matching needs of an extracted fact. */
export interface PredictedFact {
  source: string;
  date: string;
  span: readonly [number, number];
}

const sameOrFiner = (p: string, g: string): boolean => p === g || p.startsWith(`${g}-`);

/** Equal dates, or the prediction finer and starting with the gold date; ranges end by end. */
export function datesAgree(p: string, g: string): boolean {
  const pr = p.split('/');
  const gr = g.split('/');
  return pr.length === gr.length && pr.every((part, i) => sameOrFiner(part, gr[i] ?? ''));
}

const overlap = (a: readonly [number, number], b: readonly [number, number]): number =>
  Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));

/** Where each gold quote stands in its article's text ([-1, -1 + length] when it is missing). */
export function goldSpans(gold: readonly GoldFact[], texts: ReadonlyMap<string, string>): [number, number][] {
  return gold.map((g) => {
    const at = (texts.get(g.source) ?? '').indexOf(g.quote);
    return [at, at + g.quote.length];
  });
}

/** For each prediction, the index of the gold fact it matches, or -1. */
export function matchGold(
  pred: readonly PredictedFact[],
  gold: readonly GoldFact[],
  spans: readonly (readonly [number, number])[],
): number[] {
  const taken = gold.map(() => false);
  return pred.map((p) => {
    let best = -1;
    let bestOverlap = 0;
    gold.forEach((g, i) => {
      const o = g.source === p.source ? overlap(p.span, spans[i] ?? [0, 0]) : 0;
      if (o > bestOverlap && !taken[i] && datesAgree(p.date, g.date)) {
        best = i;
        bestOverlap = o;
      }
    });
    if (best >= 0) taken[best] = true;
    return best;
  });
}
