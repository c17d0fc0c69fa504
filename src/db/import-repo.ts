// Imported articles and the decks made from them: adding articles, removing one, and storing the deck
// regenerated from all of a deck's articles. Each change is one transaction over articles, decks, cards
// and settings, made only if no other tab changed the deck's articles while it was being built.
import { type Deck, parseDeck } from '../domain/deck-schema.ts';
import type { ArticleId, DeckId } from '../domain/ids.ts';
import { asArticleId } from '../domain/ids.ts';
import { deckNameOf, importedDeckId, sameArticleText } from '../domain/imported-deck.ts';
import { type DeckSyncSummary, syncDeck } from './deck-sync.ts';
import type { ArticleRecord, RecallDb } from './schema.ts';

/** What the generator is asked to build: one deck from every article it will hold. */
export interface DeckBuildRequest {
  deckId: DeckId;
  title: string;
  articles: readonly ArticleRecord[];
}

/** Builds a deck (in a Web Worker, in the app); the result is checked with `parseDeck` before use. */
export type DeckBuilder = (request: DeckBuildRequest) => Promise<unknown>;

/** An article as the person gives it, with an id from `newArticleId`. */
export interface NewArticle {
  id: ArticleId;
  title: string;
  text: string;
}

export interface ImportedArticle {
  id: ArticleId;
  title: string;
  addedAt: Date;
  /** Length of the text, in characters. */
  length: number;
  /** Cards of the deck (not retired) that cite this article. */
  cards: number;
}

export interface ImportedDeck {
  id: DeckId;
  title: string;
  /** Cards of the deck that are not retired. */
  cards: number;
  /** Oldest first. */
  articles: ImportedArticle[];
}

/** Thrown when an article to add is already in the deck, word for word. Nothing was written. */
export class DuplicateArticleError extends Error {
  override name = 'DuplicateArticleError';
  constructor(
    readonly title: string,
    readonly deckTitle: string,
  ) {
    super(`“${title}” is already in the deck “${deckTitle}”.`);
  }
}

/** Thrown when the generator's deck fails the deck schema. Nothing was written. */
export class InvalidDeckError extends Error {
  override name = 'InvalidDeckError';
}

/** Thrown when other tabs kept changing the deck's articles while this one built it. Nothing was written. */
export class DeckBusyError extends Error {
  override name = 'DeckBusyError';
}

/** How many times a change is built again when another tab changed the deck's articles meanwhile. */
const MAX_ATTEMPTS = 4;

export interface SaveResult {
  deckId: DeckId;
  deckTitle: string;
  articleIds: ArticleId[];
  /** Whether this save made the deck. */
  created: boolean;
  summary: DeckSyncSummary;
}

/** A new, random article id. */
export function newArticleId(): ArticleId {
  return asArticleId(`a-${crypto.randomUUID().replaceAll('-', '').slice(0, 16)}`);
}

/** The articles of one deck, oldest first. */
async function articlesOf(db: RecallDb, deckId: DeckId): Promise<ArticleRecord[]> {
  // Articles are few (each is a whole article): a scan needs no index, and so no schema change.
  const rows = await db.articles.filter((a) => a.deckId === deckId).toArray();
  return rows.sort((a, b) => a.addedAt.getTime() - b.addedAt.getTime() || a.id.localeCompare(b.id));
}

const idsOf = (articles: readonly ArticleRecord[]) =>
  articles
    .map((a) => a.id)
    .sort()
    .join('\n');

const sameText = sameArticleText;

async function checkedDeck(build: DeckBuilder, request: DeckBuildRequest): Promise<Deck> {
  const parsed = parseDeck(await build(request));
  if (!parsed.ok) {
    throw new InvalidDeckError(
      `The generated deck failed its check: ${parsed.issues.slice(0, 3).join('; ')}`,
    );
  }
  if (parsed.deck.id !== request.deckId) {
    throw new InvalidDeckError(`The generated deck has the id ${parsed.deck.id}, not ${request.deckId}.`);
  }
  return parsed.deck;
}

/**
 * Builds a deck from `articles` (read outside any transaction, since building takes a worker's time)
 * and stores it with `write` in one transaction, only if the deck's articles are still those it was
 * built from; otherwise builds again. `write` gets the checked deck, or null when no article is left.
 */
async function rebuildAndWrite<T>(
  db: RecallDb,
  deckId: DeckId,
  plan: (stored: ArticleRecord[], title: string | null) => { title: string; articles: ArticleRecord[] },
  build: DeckBuilder,
  write: (deck: Deck | null, stored: ArticleRecord[]) => Promise<T>,
): Promise<T> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const stored = await articlesOf(db, deckId);
    const title = (await db.decks.get(deckId))?.title ?? null;
    const next = plan(stored, title);
    const deck =
      next.articles.length > 0
        ? await checkedDeck(build, { deckId, title: next.title, articles: next.articles })
        : null;
    const done = await db.transaction('rw', [db.articles, db.decks, db.cards, db.settings], async () => {
      const now = await articlesOf(db, deckId);
      if (idsOf(now) !== idsOf(stored)) return null;
      return { value: await write(deck, stored) };
    });
    if (done) return done.value;
  }
  throw new DeckBusyError('The deck kept changing in another tab. Try again in a moment.');
}

/** Adds a deck to the study selection, when there is one, so its cards join the queue. */
async function studyDeckToo(db: RecallDb, deckId: DeckId): Promise<void> {
  const row = await db.settings.get('studyDecks');
  const chosen = Array.isArray(row?.value) ? (row.value as string[]) : [];
  if (chosen.length > 0 && !chosen.includes(deckId)) {
    await db.settings.put({ key: 'studyDecks', value: [...chosen, deckId] });
  }
}

/** Takes a removed deck out of the study selection. */
async function stopStudying(db: RecallDb, deckId: DeckId): Promise<void> {
  const row = await db.settings.get('studyDecks');
  const chosen = Array.isArray(row?.value) ? (row.value as string[]) : [];
  if (chosen.includes(deckId)) {
    await db.settings.put({ key: 'studyDecks', value: chosen.filter((id) => id !== deckId) });
  }
}

/**
 * Adds articles to the imported deck named `deckName` (made if new) and stores the deck regenerated
 * from all its articles: new cards are due at `now`, cards that stay keep their progress, cards no
 * longer made are retired. Articles, deck and cards are written in one transaction, or nothing is.
 * Throws DuplicateArticleError (an article already in the deck), InvalidDeckError, DeckBusyError,
 * the builder's error, or the browser's QuotaExceededError (wrapped by Dexie) when the disk is full.
 */
export async function saveArticles(
  db: RecallDb,
  deckName: string,
  articles: readonly NewArticle[],
  build: DeckBuilder,
  now: Date,
): Promise<SaveResult> {
  const name = deckNameOf(deckName);
  const deckId = importedDeckId(name);
  if (articles.length === 0) throw new Error('saveArticles: no articles to save');
  const fresh: ArticleRecord[] = [];
  for (const a of articles) {
    if (fresh.some((f) => sameText(f.text, a.text))) continue;
    fresh.push({ id: a.id, title: a.title, text: a.text, addedAt: now, deckId });
  }
  let created = false;
  return rebuildAndWrite(
    db,
    deckId,
    (stored, storedTitle) => {
      const deckTitle = storedTitle ?? name;
      const twin = fresh.find((f) => stored.some((s) => sameText(s.text, f.text)));
      if (twin) throw new DuplicateArticleError(twin.title, deckTitle);
      created = storedTitle === null;
      return { title: deckTitle, articles: [...stored, ...fresh] };
    },
    build,
    async (deck) => {
      if (!deck) throw new Error('saveArticles: no articles to save');
      await db.articles.bulkAdd(fresh);
      const summary = await syncDeck(db, deck, now, 'imported');
      if (created) await studyDeckToo(db, deckId);
      return { deckId, deckTitle: deck.title, articleIds: fresh.map((f) => f.id), created, summary };
    },
  );
}

export interface RemoveResult {
  /** True when the deck lost its last article and was removed with its cards. */
  deckRemoved: boolean;
}

/**
 * Removes an article and regenerates its deck from the articles left: cards only it gave are retired
 * (their reviews stay as history). When no article is left, the deck and its cards are removed (the
 * reviews stay). One transaction; does nothing when the article is already gone.
 */
export async function removeArticle(
  db: RecallDb,
  articleId: ArticleId,
  build: DeckBuilder,
  now: Date,
): Promise<RemoveResult> {
  const article = await db.articles.get(articleId);
  if (!article?.deckId) {
    if (article) await db.articles.delete(articleId);
    return { deckRemoved: false };
  }
  const deckId = article.deckId;
  return rebuildAndWrite(
    db,
    deckId,
    (stored, title) => ({
      title: title ?? deckId,
      articles: stored.filter((a) => a.id !== articleId),
    }),
    build,
    async (deck, stored) => {
      if (!stored.some((a) => a.id === articleId)) return { deckRemoved: false };
      await db.articles.delete(articleId);
      if (deck) {
        await syncDeck(db, deck, now, 'imported');
        return { deckRemoved: false };
      }
      await db.cards.where('deckId').equals(deckId).delete();
      await db.decks.delete(deckId);
      await stopStudying(db, deckId);
      return { deckRemoved: true };
    },
  );
}

/** Every imported deck with its articles and card counts, by title. For a live query. */
export async function listImportedDecks(db: RecallDb): Promise<ImportedDeck[]> {
  return db.transaction('r', [db.articles, db.decks, db.cards], async () => {
    const articles = await db.articles.toArray();
    const deckIds = [...new Set(articles.map((a) => a.deckId).filter((id): id is DeckId => id !== null))];
    const decks = await db.decks.bulkGet(deckIds);
    const out: ImportedDeck[] = [];
    for (const [i, deckId] of deckIds.entries()) {
      const cards = (await db.cards.where('deckId').equals(deckId).toArray()).filter((c) => c.retired === 0);
      const perSource = new Map<string, number>();
      for (const c of cards) {
        for (const source of new Set(c.content.sources.map((s) => s.source))) {
          perSource.set(source, (perSource.get(source) ?? 0) + 1);
        }
      }
      out.push({
        id: deckId,
        title: decks[i]?.title ?? deckId,
        cards: cards.length,
        articles: articles
          .filter((a) => a.deckId === deckId)
          .sort((a, b) => a.addedAt.getTime() - b.addedAt.getTime() || a.id.localeCompare(b.id))
          .map((a) => ({
            id: a.id,
            title: a.title,
            addedAt: a.addedAt,
            length: a.text.length,
            cards: perSource.get(a.id) ?? 0,
          })),
      });
    }
    return out.sort((a, b) => a.title.localeCompare(b.title));
  });
}
