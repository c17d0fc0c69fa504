import { describe, expect, it, vi } from 'vitest';
import { DECK_FORMAT, type Deck } from '../domain/deck-schema.ts';
import { type ArticleId, asArticleId, asDeckId } from '../domain/ids.ts';
import { importedCardId } from '../domain/imported-deck.ts';
import { freshDb } from '../testing/db.ts';
import { testScheduler as scheduler } from '../testing/scheduler.ts';
import {
  type DeckBuilder,
  type DeckBuildRequest,
  DeckBusyError,
  DuplicateArticleError,
  InvalidDeckError,
  listImportedDecks,
  removeArticle,
  saveArticles,
} from './import-repo.ts';
import type { RecallDb } from './schema.ts';
import { isQuotaError } from './storage-errors.ts';
import { recordReview } from './study-repo.ts';

const now = new Date('2026-03-01T10:00:00Z');
const later = new Date('2026-03-02T10:00:00Z');

/**
 * A stand-in for the generator: every line "YEAR event" of an article is a fact with one "when" card,
 * its id made from the line, so the same line always gives the same card.
 */
const fakeBuild = async ({ deckId, title, articles }: DeckBuildRequest): Promise<Deck> => {
  const lines = articles.flatMap((a) =>
    a.text
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => /^\d{4} /.test(l))
      .map((l, i) => ({ article: a.id, line: l, paragraph: i + 1 })),
  );
  const slug = (l: string) => l.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const deck: Deck = {
    format: DECK_FORMAT,
    id: deckId,
    title,
    description: 'Test deck.',
    version: lines.map((l) => slug(l.line)).join('|'),
    eras: [{ id: 'all', name: 'All years', from: null, to: null, blurb: '' }],
    sources: articles.map((a) => ({ id: a.id, file: `${a.id}.txt`, title: a.title, author: null })),
    facts: lines.map((l) => ({
      id: `f-${slug(l.line)}`,
      date: { value: l.line.slice(0, 4), precision: 'year' as const },
      era: 'all',
      type: 'other' as const,
      actors: [],
      place: null,
      object: null,
      summary: l.line.slice(5),
      sources: [{ source: l.article, paragraph: l.paragraph, item: null }],
      conflict: null,
    })),
    cards: lines.map((l) => ({
      id: importedCardId(deckId, `c-${slug(l.line)}`),
      kind: 'when' as const,
      facts: [`f-${slug(l.line)}`],
      era: 'all',
      prompt: `When: ${l.line.slice(5)}?`,
      answer: l.line.slice(0, 4),
      explanation: '',
      sources: [{ source: l.article, paragraph: l.paragraph, item: null }],
      conflict: null,
    })),
  };
  return deck;
};

const article = (id: string, text: string, title = `Article ${id}`) => ({
  id: asArticleId(id),
  title,
  text,
});

const FIRST = article('a1', '1954 the two states signed a pact\n1964 a summit founded a council');
const SECOND = article('a2', '1985 a prime minister visited the capital\n2009 a council was set up');

async function snapshot(db: RecallDb) {
  return {
    articles: await db.articles.count(),
    decks: await db.decks.count(),
    cards: await db.cards.count(),
    settings: await db.settings.toArray(),
  };
}

describe('import repository', () => {
  it('saves an article: the article, an imported deck named as given, and its cards due now', async () => {
    const db = freshDb();
    const r = await saveArticles(db, '  Turkey  ties ', [FIRST], fakeBuild, now);
    expect(r).toMatchObject({ deckId: 'imported-turkey-ties', deckTitle: 'Turkey ties', created: true });
    expect(r.summary.added).toBe(2);
    const stored = await db.articles.get(FIRST.id);
    expect(stored).toEqual({ ...FIRST, addedAt: now, deckId: 'imported-turkey-ties' });
    const deck = await db.decks.get(asDeckId('imported-turkey-ties'));
    expect(deck).toMatchObject({ origin: 'imported', title: 'Turkey ties' });
    const cards = await db.cards.where('deckId').equals('imported-turkey-ties').toArray();
    expect(cards).toHaveLength(2);
    expect(cards.every((c) => c.state === 0 && c.retired === 0 && c.due.getTime() <= now.getTime() + 2)).toBe(
      true,
    );
  });

  it('regenerates the deck from all its articles and keeps the progress of unchanged cards', async () => {
    const db = freshDb();
    await saveArticles(db, 'My articles', [FIRST], fakeBuild, now);
    const id = importedCardId(asDeckId('imported-my-articles'), 'c-1954-the-two-states-signed-a-pact');
    const card = await db.cards.get(id as never);
    if (!card) throw new Error('no card');
    const { card: studied } = await recordReview(db, card, scheduler.rate(card, 3, now), 2000);

    const r = await saveArticles(db, 'my articles!', [SECOND], fakeBuild, later);
    expect(r).toMatchObject({ deckTitle: 'My articles', created: false });
    expect(r.summary).toMatchObject({ added: 2, unchanged: 2, retired: 0 });
    expect(await db.cards.get(id as never)).toEqual(studied);
    expect(await db.articles.count()).toBe(2);
    const decks = await listImportedDecks(db);
    expect(decks).toEqual([
      {
        id: 'imported-my-articles',
        title: 'My articles',
        cards: 4,
        articles: [
          { id: 'a1', title: 'Article a1', addedAt: now, length: FIRST.text.length, cards: 2 },
          { id: 'a2', title: 'Article a2', addedAt: later, length: SECOND.text.length, cards: 2 },
        ],
      },
    ]);
  });

  it('turns away an article already in the deck, word for word, and writes nothing', async () => {
    const db = freshDb();
    await saveArticles(db, 'My articles', [FIRST], fakeBuild, now);
    const before = await snapshot(db);
    const again = article('a9', `\n${FIRST.text}  `, 'Same again');
    // Invisible characters (a zero-width space, a right-to-left override) do not make it another article.
    const hidden = article('a8', `\u200B${FIRST.text.replace(' ', ' \u202E')}\u2066`, 'Same, disguised');
    for (const twin of [again, hidden]) {
      await expect(saveArticles(db, 'My articles', [twin], fakeBuild, later)).rejects.toThrow(
        DuplicateArticleError,
      );
    }
    expect(await snapshot(db)).toEqual(before);
    // The same article may go into another deck; its card ids are that deck's own.
    await saveArticles(db, 'Another deck', [again], fakeBuild, later);
    expect(await db.cards.count()).toBe(4);
  });

  it('removes an article: the deck is rebuilt from the rest, its cards retired, their reviews kept', async () => {
    const db = freshDb();
    await saveArticles(db, 'My articles', [FIRST, SECOND], fakeBuild, now);
    const card = (await db.cards.toArray()).find((c) => c.content.sources[0]?.source === 'a1');
    if (!card) throw new Error('no card');
    await recordReview(db, card, scheduler.rate(card, 3, now), 2000);

    expect(await removeArticle(db, FIRST.id, fakeBuild, later)).toEqual({ deckRemoved: false });
    expect(await db.articles.get(FIRST.id)).toBeUndefined();
    const cards = await db.cards.toArray();
    expect(cards.filter((c) => c.retired === 1).map((c) => c.content.sources[0]?.source)).toEqual([
      'a1',
      'a1',
    ]);
    expect(cards.filter((c) => c.retired === 0)).toHaveLength(2);
    expect(await db.reviews.where('cardId').equals(card.id).count()).toBe(1);
    expect((await listImportedDecks(db))[0]).toMatchObject({ cards: 2, articles: [{ id: 'a2', cards: 2 }] });
  });

  it('removing the last article removes the deck, its cards and its place in the study choice', async () => {
    const db = freshDb();
    await db.settings.put({ key: 'studyDecks', value: ['pakistan-russia'] });
    await saveArticles(db, 'My articles', [FIRST], fakeBuild, now);
    // A new deck joins a study choice that names decks, so its cards are in the queue.
    expect((await db.settings.get('studyDecks'))?.value).toEqual(['pakistan-russia', 'imported-my-articles']);
    const card = await db.cards.toCollection().first();
    if (!card) throw new Error('no card');
    await recordReview(db, card, scheduler.rate(card, 3, now), 2000);

    expect(await removeArticle(db, FIRST.id, fakeBuild, later)).toEqual({ deckRemoved: true });
    expect(await db.decks.count()).toBe(0);
    expect(await db.cards.count()).toBe(0);
    expect(await db.articles.count()).toBe(0);
    expect(await db.reviews.count()).toBe(1);
    expect((await db.settings.get('studyDecks'))?.value).toEqual(['pakistan-russia']);
    expect(await listImportedDecks(db)).toEqual([]);
    // Removing it again does nothing.
    expect(await removeArticle(db, FIRST.id, fakeBuild, later)).toEqual({ deckRemoved: false });
  });

  it('leaves nothing half-written when the disk is full', async () => {
    const db = freshDb();
    await saveArticles(db, 'My articles', [FIRST], fakeBuild, now);
    const before = await snapshot(db);
    // The deck record is written last, after the article and the cards.
    db.decks.hook('updating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const error = await saveArticles(db, 'My articles', [SECOND], fakeBuild, later).catch((e: unknown) => e);
    expect(isQuotaError(error)).toBe(true);
    expect(await snapshot(db)).toEqual(before);
    expect(await db.articles.get(SECOND.id)).toBeUndefined();
  });

  it('checks the built deck and writes nothing when it fails the deck schema', async () => {
    const db = freshDb();
    const broken: DeckBuilder = async (request) => ({ ...(await fakeBuild(request)), cards: [{ id: '' }] });
    await expect(saveArticles(db, 'My articles', [FIRST], broken, now)).rejects.toThrow(InvalidDeckError);
    const otherId: DeckBuilder = async (request) => ({
      ...(await fakeBuild(request)),
      id: 'pakistan-russia',
    });
    await expect(saveArticles(db, 'My articles', [FIRST], otherId, now)).rejects.toThrow(InvalidDeckError);
    expect(await snapshot(db)).toMatchObject({ articles: 0, decks: 0, cards: 0 });
  });

  it('loses no article when another tab saves to the same deck while this one builds', async () => {
    const db = freshDb();
    let interfered = false;
    const build = vi.fn<DeckBuilder>(async (request) => {
      if (!interfered) {
        interfered = true;
        // Another tab's save lands while this tab's deck is being built.
        await saveArticles(db, 'My articles', [SECOND], fakeBuild, now);
      }
      return fakeBuild(request);
    });
    await saveArticles(db, 'My articles', [FIRST], build, later);
    expect(build).toHaveBeenCalledTimes(2);
    expect(build.mock.calls[1]?.[0].articles.map((a) => a.id)).toEqual(['a2', 'a1']);
    const [deck] = await listImportedDecks(db);
    expect(deck?.articles.map((a) => a.id)).toEqual(['a2', 'a1']);
    expect(deck?.cards).toBe(4);
  });

  it('gives up, writing nothing, when other tabs keep changing the deck', async () => {
    const db = freshDb();
    let n = 0;
    const build: DeckBuilder = async (request) => {
      n += 1;
      await db.articles.add({
        ...article(`x${n}`, `19${10 + n} line`),
        addedAt: now,
        deckId: request.deckId,
      });
      return fakeBuild(request);
    };
    await expect(saveArticles(db, 'My articles', [FIRST], build, now)).rejects.toThrow(DeckBusyError);
    expect(await db.articles.get('a1' as ArticleId)).toBeUndefined();
    expect(await db.decks.count()).toBe(0);
  });
});
