// `npm run deck-score`: builds the deck of the seed articles and of the development set as
// `npm run decks` does, and scores each against its gold list (coverage of the distinct dated
// events, conflicts, the copy rule, kinds of card). Prints a Markdown sheet; `--json` the figures.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type DeckScore, type GoldFile, scoreDeck, scoreSheet } from '../testing/deck-score.ts';
import { folderDeck } from './folder-deck.ts';

const shared = resolve(import.meta.dirname, '../../../shared');

export const SCORED_SETS = [
  { name: 'seed articles', articles: join(shared, 'articles'), gold: join(shared, 'gold/seed-facts.json') },
  { name: 'development set', articles: join(shared, 'dev/articles'), gold: join(shared, 'dev/facts.json') },
];

/** Builds and scores the deck of one folder of articles against its gold file. */
export async function scoreFolder(articles: string, goldPath: string): Promise<DeckScore> {
  const built = await folderDeck({ sources: articles, deck: null, facts: null });
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as GoldFile;
  const extracted = built.results.flatMap((r) => r.facts);
  return scoreDeck(built.deck, extracted, built.outcomes, gold, built.texts);
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const out: Record<string, unknown> = {};
  for (const set of SCORED_SETS) {
    const s = await scoreFolder(set.articles, set.gold);
    if (json) {
      out[set.name] = {
        events: s.events.length,
        covered: s.covered,
        conflicts: `${s.conflicts.filter((c) => c.found).length}/${s.conflicts.length}`,
        copies: s.copies.length,
        kinds: s.kinds,
      };
    } else process.stdout.write(`${scoreSheet(set.name, s)}\n`);
  }
  if (json) process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().catch((error: unknown) => {
    process.stderr.write(`deck-score: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
