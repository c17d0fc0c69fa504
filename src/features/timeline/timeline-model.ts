// Groups a deck's facts by era, in date order, for the timeline.
import { startYear } from '../../domain/date-format.ts';
import type { Era, Fact } from '../../domain/deck-schema.ts';

export interface EraGroup {
  era: Era;
  facts: Fact[];
}

/** Eras in the deck's order, each with its facts sorted by date; empty eras are left out. */
export function groupByEra(eras: readonly Era[], facts: readonly Fact[], type: string | null): EraGroup[] {
  const byEra = new Map<string, Fact[]>();
  for (const f of facts) {
    if (type !== null && f.type !== type) continue;
    const list = byEra.get(f.era) ?? [];
    list.push(f);
    byEra.set(f.era, list);
  }
  const groups: EraGroup[] = [];
  for (const era of eras) {
    const list = byEra.get(era.id);
    if (!list) continue;
    list.sort((a, b) => (a.date.value < b.date.value ? -1 : a.date.value > b.date.value ? 1 : 0));
    groups.push({ era, facts: list });
  }
  return groups;
}

export function yearOf(f: Fact): number | null {
  return startYear(f.date.value);
}
