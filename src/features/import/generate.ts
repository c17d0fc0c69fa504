// What the import worker runs: a deck's articles in, the deck out, with what the preview shows.
// Pure (no DOM, no IndexedDB), so tests run it directly; generate.worker.ts only passes messages.
import type { Deck } from '../../domain/deck-schema.ts';
import { asDeckId } from '../../domain/ids.ts';
import { IMPORTED_DECK_DESCRIPTION, importedCardId } from '../../domain/imported-deck.ts';
import { buildDeck, chooseDeck, type EraFile, hash64 } from '../../extract/deck/index.ts';
import { type ExtractionResult, extractArticle } from '../../extract/index.ts';

export interface GenerateArticle {
  id: string;
  title: string;
  text: string;
}

export interface GenerateRequest {
  deckId: string;
  title: string;
  articles: readonly GenerateArticle[];
}

/** How far a request has come: reading article `article` of `of` (1-based), or building the deck. */
export type GenerateProgress =
  | { stage: 'reading'; article: number; of: number; title: string }
  | { stage: 'building'; of: number };

export interface GenerateResult {
  deck: Deck;
  /** Why facts or cards were left out, one line each (buildDeck's `dropped`). */
  dropped: string[];
  /** How many dated facts the extractor found in each article, by article id, before any was left out. */
  found: Record<string, number>;
}

/** Extraction results kept per article, so a preview and the save after it extract an article once. */
const CACHE_SIZE = 50;

/**
 * A deck generator over the given era files. An article's source id in the deck is its article id
 * (its file `<id>.txt`), and its title the one the person gave. The eras come from the era file whose
 * keywords fit all the articles (as `npm run decks` picks one), else one per decade. Card ids get the
 * deck id in front (see `importedCardId`), so the deck's version is hashed again after.
 */
export function createGenerate(
  eraFiles: readonly EraFile[],
): (request: GenerateRequest, onProgress?: (p: GenerateProgress) => void) => GenerateResult {
  const cache = new Map<string, { text: string; result: ExtractionResult }>();
  const extract = (a: GenerateArticle): ExtractionResult => {
    const hit = cache.get(a.id);
    if (hit && hit.text === a.text) return hit.result;
    const result = extractArticle({ source: `${a.id}.txt`, text: a.text });
    cache.delete(a.id);
    cache.set(a.id, { text: a.text, result });
    for (const old of cache.keys()) {
      if (cache.size <= CACHE_SIZE) break;
      cache.delete(old);
    }
    return result;
  };

  return (request, onProgress) => {
    const of = request.articles.length;
    const results = request.articles.map((a, i) => {
      onProgress?.({ stage: 'reading', article: i + 1, of, title: a.title });
      const r = extract(a);
      return { ...r, meta: { ...r.meta, title: a.title } };
    });
    onProgress?.({ stage: 'building', of });
    const texts = new Map(request.articles.map((a) => [`${a.id}.txt`, a.text]));
    const identity = chooseDeck(
      eraFiles,
      texts,
      results.flatMap((r) => r.facts.map((f) => f.actors)),
    );
    const built = buildDeck({
      id: request.deckId,
      title: request.title,
      description: IMPORTED_DECK_DESCRIPTION,
      eras: identity.eraFile?.eras ?? null,
      results,
      texts,
      // The person's own deck from their own articles: questions may use the articles' words.
      copyRule: false,
    });
    const deckId = asDeckId(request.deckId);
    const unversioned: Deck = {
      ...built.deck,
      version: '',
      cards: built.deck.cards.map((c) => ({ ...c, id: importedCardId(deckId, c.id) })),
    };
    return {
      deck: { ...unversioned, version: hash64(JSON.stringify(unversioned)) },
      dropped: built.dropped,
      found: Object.fromEntries(request.articles.map((a, i) => [a.id, results[i]?.facts.length ?? 0])),
    };
  };
}

/** A message to the import worker. */
export interface WorkerRequest {
  id: number;
  request: GenerateRequest;
}

/** The import worker's answer to the request with the same id. */
export type WorkerResponse =
  | { id: number; progress: GenerateProgress }
  | { id: number; ok: true; result: GenerateResult }
  | { id: number; ok: false; message: string };
