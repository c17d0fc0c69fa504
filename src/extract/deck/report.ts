// The review sheet: every fact and card of a deck in Markdown, by era, with conflicts and dropped facts.

import { formatDateValue } from '../../domain/date-format.ts';
import type { Deck, DeckCard, Fact } from '../../domain/deck-schema.ts';

function refs(deck: Deck, fact: Fact): string {
  return fact.sources
    .map((r) => {
      const s = deck.sources.find((x) => x.id === r.source);
      const where = r.item === null ? `¶${r.paragraph}` : `¶${r.paragraph} item ${r.item}`;
      return `${s?.title ?? r.source}${s?.author ? ` (${s.author})` : ''} ${where}`;
    })
    .join('; ');
}

function cardLines(card: DeckCard): string[] {
  const lines = [`  - **${card.kind}** \`${card.id}\`: ${card.prompt}`, `    → ${card.answer}`];
  if (card.choices) lines.push(`    options: ${card.choices.join(' | ')}`);
  if (card.order) lines.push(...card.order.map((o, i) => `    ${i + 1}. ${o.date}: ${o.label}`));
  return lines;
}

/** The review sheet as Markdown. `dropped` lists what the generator left out, and why. */
export function deckReport(deck: Deck, dropped: readonly string[]): string {
  const out: string[] = [`# ${deck.title} (${deck.id})`, ''];
  const kinds = new Map<string, number>();
  for (const c of deck.cards) kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
  const conflicts = deck.facts.filter((f) => f.conflict).length;
  out.push(
    `${deck.facts.length} facts, ${deck.cards.length} cards (${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}), ${conflicts} conflicts, version ${deck.version}.`,
    '',
  );
  for (const era of deck.eras) {
    const facts = deck.facts.filter((f) => f.era === era.id);
    const orders = deck.cards.filter((c) => c.era === era.id && c.kind === 'order');
    if (facts.length === 0 && orders.length === 0) continue;
    out.push(`## ${era.name}`, '');
    for (const fact of facts) {
      out.push(`- **${formatDateValue(fact.date)}** (${fact.type}) ${fact.summary} — ${refs(deck, fact)}`);
      if (fact.conflict) {
        out.push(
          `  - ⚠ conflict (${fact.conflict.field}): ${fact.conflict.claims.map((c) => `${c.source}: ${c.value}`).join('; ')}`,
        );
      }
      for (const card of deck.cards.filter((c) => c.kind !== 'order' && c.facts[0] === fact.id))
        out.push(...cardLines(card));
    }
    for (const card of orders) out.push(...cardLines(card));
    out.push('');
  }
  if (dropped.length > 0) out.push('## Left out', '', ...dropped.map((d) => `- ${d}`), '');
  return out.join('\n');
}
