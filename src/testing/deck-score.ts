// Scores a deck against a gold list (../shared/gold/GUIDELINE.md): how many of the distinct dated
// events have a card, which conflicts the deck flags, which strings copy an article, and the kinds of
// card. Used by `npm run deck-score` and its test only; nothing else reads gold.
import type { Deck } from '../domain/deck-schema.ts';
import { copiedRun, copyIndex, copyWords, type FactOutcome } from '../extract/deck/index.ts';
import type { ExtractedFact } from '../extract/index.ts';
import { type GoldFact, goldSpans, matchGold } from './gold-match.ts';

export interface GoldClaim {
  source: string;
  date: string;
  quote: string;
}

export interface GoldConflict {
  topic: string;
  claims: GoldClaim[];
  note: string;
}

export interface GoldFile {
  facts: (GoldFact & { summary?: string; actors?: string[] })[];
  conflicts: GoldConflict[];
}

/** One distinct event of the gold list: the gold facts that tell it (one per article at most). */
export interface GoldEvent {
  facts: GoldFact[];
  /** The deck fact that asks about it, when one has a card. */
  covered: string | null;
  /** Why it has no card: "not extracted", or what the deck writer said. Null when covered. */
  reason: string | null;
}

export interface DeckScore {
  events: GoldEvent[];
  covered: number;
  conflicts: { topic: string; found: boolean }[];
  copies: { text: string; run: string }[];
  kinds: Record<string, number>;
}

export { copyWords };

/** The strings of `value` (any JSON) that share a run of ten words with one of the texts. */
export function copiedStrings(value: unknown, texts: readonly string[]): { text: string; run: string }[] {
  const index = copyIndex(texts);
  const out: { text: string; run: string }[] = [];
  const seen = new Set<string>();
  const visit = (v: unknown): void => {
    if (typeof v === 'string') {
      if (seen.has(v)) return;
      seen.add(v);
      const run = copiedRun(v, index);
      if (run) out.push({ text: v, run });
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') Object.values(v).forEach(visit);
  };
  visit(value);
  return out;
}

const STOP = new Set(
  'a an the and or of to in on at by for from with as its his her their was were is be had has have'.split(
    ' ',
  ),
);
const contentOf = (s: string): Set<string> =>
  new Set(copyWords(s).filter((w) => !STOP.has(w) && !/^\d+$/.test(w) && w.length > 2));

/** Whether two gold facts of different articles tell one event: the same date and type, and like words. */
function sameEvent(a: GoldFact & { summary?: string }, b: GoldFact & { summary?: string }): boolean {
  if (a.source === b.source || a.date !== b.date || a.type !== b.type) return false;
  const x = contentOf(`${a.summary ?? ''} ${a.quote}`);
  const y = contentOf(`${b.summary ?? ''} ${b.quote}`);
  const shared = [...x].filter((w) => y.has(w)).length;
  return shared / Math.min(x.size, y.size) >= 0.3;
}

const overlaps = (a: readonly [number, number], b: readonly [number, number]): boolean =>
  Math.min(a[1], b[1]) > Math.max(a[0], b[0]);

/**
 * Scores `deck`, built from `texts` with extractor output `extracted` and the deck writer's
 * `outcomes`, against `gold`. Gold facts are matched to extracted facts as the extraction scorer
 * matches them; gold facts of different articles are one event when they meet the same deck fact,
 * or share date, type and words.
 */
export function scoreDeck(
  deck: Deck,
  extracted: readonly ExtractedFact[],
  outcomes: readonly FactOutcome[],
  gold: GoldFile,
  texts: ReadonlyMap<string, string>,
): DeckScore {
  const spans = goldSpans(gold.facts, texts);
  const matches = matchGold(extracted, gold.facts, spans);
  const outcomeOf = new Map(outcomes.map((o) => [`${o.source}|${o.span[0]}|${o.span[1]}|${o.date}`, o]));
  const goldOutcome = new Map<number, FactOutcome | null>();
  matches.forEach((g, i) => {
    const p = extracted[i];
    if (g < 0 || !p) return;
    goldOutcome.set(g, outcomeOf.get(`${p.source}|${p.span[0]}|${p.span[1]}|${p.date}`) ?? null);
  });
  // Union-find over gold facts: one deck fact, or one event told alike by two articles.
  const parent = gold.facts.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] ?? i;
    return i;
  };
  const join = (i: number, j: number): void => {
    parent[find(j)] = find(i);
  };
  const byDeckFact = new Map<string, number>();
  gold.facts.forEach((g, i) => {
    const fact = goldOutcome.get(i)?.fact;
    if (fact) {
      const first = byDeckFact.get(fact);
      if (first === undefined) byDeckFact.set(fact, i);
      else join(first, i);
    }
    for (let j = 0; j < i; j++) {
      const o = gold.facts[j];
      if (o && sameEvent(o, g)) join(j, i);
    }
  });
  const groups = new Map<number, number[]>();
  gold.facts.forEach((_, i) => {
    groups.set(find(i), [...(groups.get(find(i)) ?? []), i]);
  });
  const events: GoldEvent[] = [...groups.values()].map((idx) => {
    const outs = idx.map((i) => goldOutcome.get(i));
    const hit = outs.find((o) => o && o.cards > 0 && o.fact);
    const reason = hit
      ? null
      : outs.every((o) => o === undefined)
        ? 'not extracted'
        : `extracted, no card: ${[...new Set(outs.map((o) => (o ? (o.reason ?? 'no card') : 'not extracted')))].join('; ')}`;
    return {
      facts: idx.map((i) => gold.facts[i]).filter((g): g is GoldFact => g !== undefined),
      covered: hit?.fact ?? null,
      reason,
    };
  });

  // A conflict is found when a deck fact that tells one of its claims flags a disagreement whose
  // claims come from as many of the conflict's articles (or, within one article, give two values).
  const factSpans = new Map<string, { source: string; span: readonly [number, number] }[]>();
  for (const o of outcomes)
    if (o.fact) factSpans.set(o.fact, [...(factSpans.get(o.fact) ?? []), { source: o.source, span: o.span }]);
  const sourceId = (file: string): string => file.replace(/\.[^.]+$/, '');
  const conflicts = gold.conflicts.map((c) => {
    const claimSpans = c.claims.map((cl) => {
      const at = (texts.get(cl.source) ?? '').indexOf(cl.quote);
      return { source: cl.source, span: [at, at + cl.quote.length] as const };
    });
    const sources = new Set(c.claims.map((cl) => sourceId(cl.source)));
    const found = deck.facts.some((f) => {
      if (!f.conflict) return false;
      const mine = factSpans.get(f.id) ?? [];
      const tells = claimSpans.some(
        (cs) => cs.span[0] >= 0 && mine.some((m) => m.source === cs.source && overlaps(m.span, cs.span)),
      );
      if (!tells) return false;
      const claimed = new Set(f.conflict.claims.map((cl) => cl.source));
      const shared = [...sources].filter((s) => claimed.has(s)).length;
      return sources.size === 1 ? shared === 1 && f.conflict.claims.length >= 2 : shared >= 2;
    });
    return { topic: c.topic, found };
  });

  const kinds: Record<string, number> = {};
  for (const card of deck.cards) kinds[card.kind] = (kinds[card.kind] ?? 0) + 1;
  return {
    events,
    covered: events.filter((e) => e.covered).length,
    conflicts,
    // A source's title is a citation of the article's headline, quoted as citations are.
    copies: copiedStrings({ ...deck, sources: [] }, [...texts.values()]),
    kinds,
  };
}

/** The score as a Markdown sheet: the figures, then every uncovered event with its reason. */
export function scoreSheet(name: string, s: DeckScore): string {
  const pct = (n: number, d: number): string => `${n}/${d} (${d ? ((100 * n) / d).toFixed(1) : '0'}%)`;
  const found = s.conflicts.filter((c) => c.found).length;
  const lines = [
    `## ${name}`,
    '',
    `- coverage: ${pct(s.covered, s.events.length)} distinct dated events have a card`,
    `- conflicts: ${found} of ${s.conflicts.length} found${
      s.conflicts.some((c) => !c.found)
        ? ` (missed: ${s.conflicts
            .filter((c) => !c.found)
            .map((c) => c.topic)
            .join('; ')})`
        : ''
    }`,
    `- copy rule: ${s.copies.length} strings share a run of 10 words with an article`,
    `- kinds: ${Object.entries(s.kinds)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}`,
    '',
  ];
  const uncovered = s.events.filter((e) => !e.covered);
  if (uncovered.length > 0) {
    lines.push('### Uncovered events', '');
    for (const e of uncovered) {
      const g = e.facts[0];
      lines.push(`- ${g?.source} ${g?.date} "${g?.quote}": ${e.reason}`);
    }
    lines.push('');
  }
  if (s.copies.length > 0) {
    lines.push('### Copied strings', '');
    for (const c of s.copies) lines.push(`- "${c.text}" (copies "${c.run}")`);
    lines.push('');
  }
  return lines.join('\n');
}
