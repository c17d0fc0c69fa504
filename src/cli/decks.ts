// `npm run decks -- --sources DIR`: reads articles and era files, extracts, builds and writes one deck.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deckDigest, deckReport, digestPathOf } from '../extract/deck/index.ts';
import { DECKS_HELP, parseDecksArgs } from './decks-args.ts';
import { folderDeck } from './folder-deck.ts';

async function main(): Promise<void> {
  const opts = parseDecksArgs(process.argv.slice(2));
  if (opts.help) {
    process.stdout.write(DECKS_HELP);
    return;
  }
  const started = performance.now();
  const { deck, dropped, texts } = await folderDeck(opts);
  mkdirSync(opts.out, { recursive: true });
  const path = join(opts.out, `${deck.id}.deck.json`);
  writeFileSync(path, `${JSON.stringify(deck, null, 2)}\n`);
  // Beside it, one line per card: a review of the two files shows every card that changed.
  writeFileSync(digestPathOf(path), deckDigest(deck));
  // Reading, extracting, writing and checking, without the time Node and its loader take to start.
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (opts.report) process.stdout.write(`${deckReport(deck, dropped)}\n`);
  else
    process.stderr.write(
      `wrote ${path}: ${deck.facts.length} facts, ${deck.cards.length} cards (${texts.size} articles in ${seconds} s)\n`,
    );
}

main().catch((error: unknown) => {
  process.stderr.write(`decks: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
