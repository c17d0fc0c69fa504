// `npm run decks -- --sources DIR`: reads articles and era files, extracts, builds and writes one deck.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as v from 'valibot';
import { parseDeck } from '../domain/deck-schema.ts';
import {
  buildDeck,
  chooseDeck,
  deckDigest,
  deckReport,
  digestPathOf,
  type EraFile,
  EraFileSchema,
} from '../extract/deck/index.ts';
import type { ArticleInput, ExtractionResult } from '../extract/index.ts';
import { DECKS_HELP, parseDecksArgs } from './decks-args.ts';
import { factsFromJson } from './facts-file.ts';

const ERA_DIR = resolve(import.meta.dirname, '../../decks/eras');

function readEraFiles(): EraFile[] {
  if (!existsSync(ERA_DIR)) return [];
  return readdirSync(ERA_DIR)
    .filter((f) => f.endsWith('.eras.json'))
    .sort()
    .map((f) => v.parse(EraFileSchema, JSON.parse(readFileSync(join(ERA_DIR, f), 'utf8'))));
}

type Extract = (input: ArticleInput) => ExtractionResult | Promise<ExtractionResult>;

/** The extractor of src/extract/index.ts, looked up at run time so this CLI works before it lands. */
async function loadExtractor(): Promise<Extract> {
  const url = pathToFileURL(resolve(import.meta.dirname, '../extract/index.ts')).href;
  const mod = (await import(url)) as Record<string, unknown>;
  for (const name of ['extractArticle', 'extractFacts', 'extract']) {
    const fn = mod[name];
    if (typeof fn === 'function') return (input) => fn(input) as ExtractionResult;
  }
  throw new Error('src/extract/index.ts exports no extractArticle(input) function');
}

async function main(): Promise<void> {
  const opts = parseDecksArgs(process.argv.slice(2));
  if (opts.help) {
    process.stdout.write(DECKS_HELP);
    return;
  }
  const started = performance.now();
  const files = readdirSync(opts.sources)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  if (files.length === 0) throw new Error(`no .txt articles in ${opts.sources}`);
  const texts = new Map(files.map((f) => [basename(f), readFileSync(join(opts.sources, f), 'utf8')]));
  let results: ExtractionResult[];
  if (opts.facts) results = factsFromJson(JSON.parse(readFileSync(opts.facts, 'utf8')) as unknown, texts);
  else {
    const extract = await loadExtractor();
    results = await Promise.all([...texts].map(([source, text]) => extract({ source, text })));
  }
  const eraFiles = readEraFiles();
  let identity = chooseDeck(
    eraFiles,
    texts,
    results.flatMap((r) => r.facts.map((f) => f.actors)),
  );
  if (opts.deck) {
    const file = eraFiles.find((e) => e.id === opts.deck);
    identity = file
      ? { id: file.id, title: file.title, description: file.description, eraFile: file }
      : { ...identity, id: opts.deck, eraFile: null };
  }
  const { deck, dropped } = buildDeck({
    id: identity.id,
    title: identity.title,
    description: identity.description,
    eras: identity.eraFile?.eras ?? null,
    results,
    texts,
  });
  const checked = parseDeck(deck);
  if (!checked.ok) throw new Error(`the deck fails its schema:\n${checked.issues.join('\n')}`);
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
      `wrote ${path}: ${deck.facts.length} facts, ${deck.cards.length} cards (${files.length} articles in ${seconds} s)\n`,
    );
}

main().catch((error: unknown) => {
  process.stderr.write(`decks: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
