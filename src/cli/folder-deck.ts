// A folder of articles into one deck, as `npm run decks` builds it: read the texts and era files,
// extract (or read saved facts), name the deck, build it and check it against the app's schema.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as v from 'valibot';
import { type Deck, parseDeck } from '../domain/deck-schema.ts';
import { buildDeck, chooseDeck, type DeckBuild, type EraFile, EraFileSchema } from '../extract/deck/index.ts';
import type { ArticleInput, ExtractionResult } from '../extract/index.ts';
import { factsFromJson } from './facts-file.ts';

const ERA_DIR = resolve(import.meta.dirname, '../../decks/eras');

export function readEraFiles(): EraFile[] {
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

export interface FolderDeckOptions {
  /** The folder of `*.txt` articles (sub-folders are not read). */
  sources: string;
  /** An era file's id, or a deck id of its own; null picks the era file by keywords. */
  deck: string | null;
  /** Saved extractor output (`npm run extract -- --json`) to use instead of extracting; null extracts. */
  facts: string | null;
  /** The deck's last published version, to alias re-keyed cards; null for none. */
  previous?: string | null;
  /** Where the deck goes: its file there, if any, is the previous version unless `previous` names one. */
  out?: string;
}

export interface FolderDeck extends DeckBuild {
  /** The articles' texts by file name. */
  texts: Map<string, string>;
  /** What the extractor found in each article. */
  results: ExtractionResult[];
}

/** Builds the deck of a folder; throws an Error with a readable message when it cannot. */
export async function folderDeck(opts: FolderDeckOptions): Promise<FolderDeck> {
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
  const previousPath = opts.previous ?? (opts.out ? join(opts.out, `${identity.id}.deck.json`) : null);
  if (opts.previous && !existsSync(opts.previous)) throw new Error(`no previous deck at ${opts.previous}`);
  let previous: Deck | null = null;
  if (previousPath && existsSync(previousPath)) {
    const parsed = parseDeck(JSON.parse(readFileSync(previousPath, 'utf8')) as unknown);
    if (!parsed.ok)
      throw new Error(`${previousPath} is not a valid deck: ${parsed.issues.slice(0, 3).join('; ')}`);
    previous = parsed.deck;
  }
  const built = buildDeck({
    previous,
    id: identity.id,
    title: identity.title,
    description: identity.description,
    eras: identity.eraFile?.eras ?? null,
    results,
    texts,
  });
  const checked = parseDeck(built.deck);
  if (!checked.ok) throw new Error(`the deck fails its schema:\n${checked.issues.join('\n')}`);
  return { ...built, texts, results };
}
