// Per-era "put these events in order" cards, four or five events each, with distinct years.

import { formatDateValue } from '../../domain/date-format.ts';
import type { DeckCard, Era } from '../../domain/deck-schema.ts';
import { yearOf } from './dates.ts';
import type { FactDraft } from './draft.ts';
import { shortId } from './hash.ts';
import { yearsIn } from './phrasing.ts';

/** A short label for an event in an order card: its clause without a date, or null. */
export function orderLabel(draft: FactDraft): string | null {
  // The fact's own wording: the article's clause as it stands may copy it.
  const c = draft.reworded ?? draft.clause;
  if (!c) return null;
  const text = `${c.subject} ${c.passive ? `${c.passive} ` : ''}${c.past}${c.rest}`.trim();
  const label = text.charAt(0).toUpperCase() + text.slice(1);
  if (yearsIn(label).length > 0 || label.split(/\s+/).length < 3) return null;
  return label;
}

/**
 * Order cards for one era: facts without date conflicts and with a `clean` label, one per year, split into interleaved
 * groups of four or five so each card spans the era. `drafts` must be in date order.
 */
export function orderCards(
  era: Era,
  drafts: readonly FactDraft[],
  clean: (text: string) => boolean = () => true,
): DeckCard[] {
  const byYear = new Map<number, { draft: FactDraft; label: string }>();
  for (const d of drafts) {
    if (d.fact.era !== era.id || d.fact.conflict?.field === 'date' || d.fact.date.precision === 'range')
      continue;
    if (d.fact.date.precision === 'decade') continue;
    const label = orderLabel(d);
    const year = yearOf(d.fact.date);
    if (label && clean(label) && !byYear.has(year)) byYear.set(year, { draft: d, label });
  }
  const items = [...byYear.values()];
  if (items.length < 4) return [];
  // As many cards as keep four or five events each; a group of six or seven keeps five, spread out.
  let groups = Math.ceil(items.length / 5);
  if (items.length / groups < 4) groups = Math.floor(items.length / 4);
  const cards: DeckCard[] = [];
  for (let g = 0; g < groups; g++) {
    const group = items.filter((_, i) => i % groups === g);
    const chosen =
      group.length <= 5
        ? group
        : [0, 1, 2, 3, 4]
            .map((k) => group[Math.round((k * (group.length - 1)) / 4)])
            .filter((x) => x !== undefined);
    if (chosen.length < 4) continue;
    const factIds = chosen.map((x) => x.draft.fact.id);
    cards.push({
      id: shortId('o-', `${era.id}|${[...factIds].sort().join(',')}`),
      kind: 'order',
      facts: factIds,
      era: era.id,
      prompt: `Put these events from ${eraInPrompt(era.name)} in order, earliest first.`,
      answer: chosen.map((x) => `${formatDateValue(x.draft.fact.date)}: ${x.label}`).join('; '),
      explanation: `${chosen.length} events from ${era.name}.`,
      order: chosen.map((x) => ({
        label: x.label,
        date: formatDateValue(x.draft.fact.date),
        fact: x.draft.fact.id,
      })),
      sources: chosen.flatMap((x) => x.draft.fact.sources),
      conflict: null,
    });
  }
  return cards;
}

/**
 * An era's name inside a sentence: "1954–64: Western pacts" → "1954–64 (Western pacts)", "The 1950s"
 * → "the 1950s", "Before 1947" → "before 1947".
 */
export function eraInPrompt(name: string): string {
  const m = /^(\d{4}(?:[–-]\d{2,4})?)\s*:\s*(.+)$/.exec(name);
  if (m) return `${m[1]} (${m[2]})`;
  return name.replace(/^(The|Before|After|Since|Early|Late)\s/, (w) => w.toLowerCase());
}
