// The alias map a regenerated deck ships: for each card of the previous version whose id the new
// version no longer has, the new card that asks the same thing (same kind, a source paragraph in
// common, the same date or much the same words), so the app moves the card's progress to it.
import type { Deck, DeckCard, Fact } from '../../domain/deck-schema.ts';
import { contentWords } from './words.ts';

/** Share of prompt words two cards must have in common to be one question when their dates differ. */
const SAME_WORDS = 0.5;

function refsOf(facts: readonly (Fact | undefined)[]): Set<string> {
  return new Set(
    facts.flatMap((f) => f?.sources.map((s) => `${s.source}|${s.paragraph}|${s.item ?? ''}`) ?? []),
  );
}

function overlap(a: readonly string[], b: readonly string[]): number {
  const x = new Set(a);
  const y = new Set(b);
  const shared = [...x].filter((w) => y.has(w)).length;
  return shared / Math.max(1, Math.min(x.size, y.size));
}

/**
 * Old card id → new card id for the cards of `previous` that `next` re-keyed, and the aliases
 * `previous` shipped whose cards `next` still has (followed to their newest id). Deterministic.
 */
export function cardAliases(previous: Deck, next: Deck): Record<string, string> {
  const nextIds = new Set(next.cards.map((c) => c.id));
  const oldIds = new Set(previous.cards.map((c) => c.id));
  const factsOf = (deck: Deck) => new Map(deck.facts.map((f) => [f.id, f]));
  const oldFacts = factsOf(previous);
  const newFacts = factsOf(next);
  const view = (c: DeckCard, facts: Map<string, Fact>) => {
    const fs = c.facts.map((id) => facts.get(id));
    return {
      card: c,
      refs: refsOf(fs),
      dates: fs.map((f) => f?.date.value ?? '').join(','),
      words: contentWords(`${c.prompt} ${c.answer}`),
    };
  };
  const gone = previous.cards.filter((c) => !nextIds.has(c.id)).map((c) => view(c, oldFacts));
  const fresh = next.cards.filter((c) => !oldIds.has(c.id)).map((c) => view(c, newFacts));
  const pairs: { from: string; to: string; score: number }[] = [];
  for (const o of gone) {
    for (const n of fresh) {
      if (n.card.kind !== o.card.kind || ![...o.refs].some((r) => n.refs.has(r))) continue;
      const words = overlap(o.words, n.words);
      const sameDate = o.dates === n.dates;
      if (!sameDate && words < SAME_WORDS) continue;
      pairs.push({ from: o.card.id, to: n.card.id, score: (sameDate ? 1 : 0) + words });
    }
  }
  pairs.sort((a, b) => b.score - a.score || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  const map = new Map<string, string>();
  const used = new Set<string>();
  for (const p of pairs) {
    if (map.has(p.from) || used.has(p.to)) continue;
    map.set(p.from, p.to);
    used.add(p.to);
  }
  // Aliases shipped before keep working while their card, under any later id, is in the deck.
  for (const [from, to] of Object.entries(previous.aliases ?? {})) {
    const now = nextIds.has(to) ? to : map.get(to);
    if (now && !map.has(from) && !nextIds.has(from)) map.set(from, now);
  }
  return Object.fromEntries([...map].sort(([a], [b]) => a.localeCompare(b)));
}
