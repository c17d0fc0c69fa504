// @vitest-environment node
// Builds the decks of the seed articles and of the development set and holds their scores above
// floors just under what they reach: coverage of the distinct dated events, conflicts, copy rule.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCORED_SETS, scoreFolder } from './deck-score.ts';

/** Reached: seeds 79/103 events, 9 of 12 conflicts; dev 108/201 events; no copied string in either. */
const FLOORS: Record<string, { coverage: number; conflicts: number }> = {
  'seed articles': { coverage: 0.75, conflicts: 9 },
  'development set': { coverage: 0.52, conflicts: 0 },
};

describe('decks scored against the gold lists', () => {
  for (const set of SCORED_SETS) {
    const present = existsSync(set.articles) && existsSync(set.gold);
    if (!present) console.warn(`deck-score: ${set.name} skipped, ${set.articles} or ${set.gold} is missing`);
    it.skipIf(!present)(
      `${set.name}: coverage, conflicts and the copy rule hold their floors`,
      async () => {
        const s = await scoreFolder(set.articles, set.gold);
        const floor = FLOORS[set.name] ?? { coverage: 1, conflicts: 0 };
        console.info(
          `deck-score (${set.name}): ${s.covered}/${s.events.length} events, ${s.conflicts.filter((c) => c.found).length}/${s.conflicts.length} conflicts, ${s.copies.length} copied strings`,
        );
        expect(s.covered / s.events.length).toBeGreaterThanOrEqual(floor.coverage);
        expect(s.conflicts.filter((c) => c.found).length).toBeGreaterThanOrEqual(floor.conflicts);
        expect(s.copies).toEqual([]);
      },
      120_000,
    );
  }
});
