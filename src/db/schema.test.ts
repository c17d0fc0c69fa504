import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../domain/deck-schema.ts';
import { asCardId, asDeckId } from '../domain/ids.ts';
import { makeCard } from '../testing/cards.ts';
import { freshDb } from '../testing/db.ts';
import v1File from '../testing/fixtures/decks/sample-friendship.v1.deck.json';
import v2File from '../testing/fixtures/decks/sample-friendship.v2.deck.json';
import { testScheduler } from '../testing/scheduler.ts';
import { syncDeck } from './deck-sync.ts';
import { listQuizResults, listStudyFirst, putStudyFirst, saveQuizResult } from './quiz-repo.ts';
import { type CardRecord, createDb, type ReviewRecord, SCHEMA_VERSION } from './schema.ts';
import { doneSince, loadQueueWindow, recordReview } from './study-repo.ts';
import { listUndo, pushUndo } from './undo-repo.ts';

/** Main's released schemas, as a database made by that app holds them. */
const RELEASED_STORES = {
  1: {
    decks: '&id',
    cards: '&id, deckId, [deckId+era], due, state, kind, suspended, retired',
    reviews: '++id, cardId, deckId, review',
    settings: '&key',
    articles: '&id, addedAt',
  },
  2: {
    cards: '&id, deckId, [deckId+era], due, state, kind, suspended, retired, [state+due], [state+deckId+due]',
    reviews: '++id, cardId, deckId, review, [stateBefore+review]',
  },
} as const;

/** A database as the app at `version` (1 or 2) left it, before card ids were namespaced. */
function releasedDb(name: string, version: 1 | 2): Dexie {
  const old = new Dexie(name);
  old.version(1).stores(RELEASED_STORES[1]);
  if (version === 2) old.version(2).stores(RELEASED_STORES[2]);
  return old;
}

describe('database schema', () => {
  it('opens at the latest version with every table', async () => {
    const db = freshDb();
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'articles',
      'cards',
      'decks',
      'quizResults',
      'reviews',
      'settings',
      'studyFirst',
      'undo',
    ]);
    db.close();
  });

  it('upgrades a version 4 database with cards, reviews and a quiz to version 5, adding the undo log', async () => {
    const name = `upgrade-v4-${Date.now()}`;
    const old = new Dexie(name);
    old.version(1).stores(RELEASED_STORES[1]);
    old.version(2).stores(RELEASED_STORES[2]);
    old.version(4).stores({ quizResults: '++id, takenAt', studyFirst: '&cardId, addedAt' });
    const card = makeCard({ id: 'sample:one', due: new Date('2026-02-01T00:00:00Z') });
    const rated = testScheduler.rate(card, 3, new Date('2026-03-01T09:00:00Z'));
    await old.table('cards').add(card);
    const logId = (await old
      .table('reviews')
      .add({ cardId: card.id, deckId: card.deckId, ...rated.log, durationMs: 900 })) as number;
    await old.table('studyFirst').add({ cardId: card.id, addedAt: new Date('2026-03-01T08:00:00Z') });
    old.close();

    const db = createDb(name);
    await db.open();
    expect(db.verno).toBe(5);
    expect(await db.cards.get(asCardId('sample:one'))).toEqual(card);
    expect(await db.reviews.count()).toBe(1);
    expect(await db.studyFirst.count()).toBe(1);
    expect(await listUndo(db)).toEqual([]);
    const after = { ...card, ...rated.card };
    await pushUndo(db, { before: card, after, logId, rating: 3, at: new Date('2026-03-01T09:00:00Z') });
    expect((await listUndo(db)).map((u) => u.logId)).toEqual([logId]);
    db.close();
  });

  it('finds due cards through the due index and keeps dates as dates', async () => {
    const db = freshDb();
    const base: Omit<CardRecord, 'id' | 'due'> = {
      deckId: asDeckId('d'),
      era: 'e1',
      kind: 'when',
      content: {
        id: 'x',
        kind: 'when',
        facts: ['f'],
        era: 'e1',
        prompt: 'When?',
        answer: '1966',
        explanation: '',
        sources: [{ source: 's', paragraph: 1, item: null }],
        conflict: null,
      },
      conflict: null,
      stability: 0,
      difficulty: 0,
      elapsed_days: 0,
      scheduled_days: 0,
      learning_steps: 0,
      reps: 0,
      lapses: 0,
      state: 0,
      suspended: 0,
      retired: 0,
    };
    await db.cards.bulkAdd([
      { ...base, id: asCardId('late'), due: new Date('2030-01-01T00:00:00Z') },
      { ...base, id: asCardId('early'), due: new Date('2020-01-01T00:00:00Z') },
    ]);
    const due = await db.cards.where('due').belowOrEqual(new Date('2026-01-01T00:00:00Z')).toArray();
    expect(due.map((c) => c.id)).toEqual(['early']);
    expect(due[0]?.due).toBeInstanceOf(Date);
    const byEra = await db.cards.where('[deckId+era]').equals(['d', 'e1']).count();
    expect(byEra).toBe(2);
    db.close();
  });

  // From each released version with data in it: the queue's indexes (version 2) hold the renamed
  // cards (version 3), reviews follow their card, and the upgraded database takes new ratings.
  for (const from of [1, 2] as const) {
    it(`upgrades a version ${from} database with cards and reviews to the latest, ids namespaced, losing nothing`, async () => {
      const name = `upgrade-v${from}-${Date.now()}`;
      const old = releasedDb(name, from);
      const now = new Date('2026-03-01T10:00:00Z');
      const fresh = makeCard({ id: 'new-one', due: new Date('2026-02-01T00:00:00Z') });
      const review = makeCard({ id: 'review-due', state: 2, due: new Date('2026-02-27T00:00:00Z') });
      const rated = testScheduler.rate(fresh, 3, new Date('2026-03-01T09:00:00Z'));
      await old.table('cards').bulkAdd([fresh, review]);
      await old
        .table('reviews')
        .add({ cardId: fresh.id, deckId: fresh.deckId, ...rated.log, durationMs: 900 });
      await old.table('settings').put({ key: 'newPerDay', value: 7 });
      old.close();

      const db = createDb(name);
      await db.open();
      expect(db.verno).toBe(SCHEMA_VERSION);
      expect((await db.cards.toArray()).map((c) => c.id).sort()).toEqual([
        'sample:new-one',
        'sample:review-due',
      ]);
      expect((await db.reviews.toArray()).map((r) => r.cardId)).toEqual(['sample:new-one']);
      expect(await db.settings.get('newPerDay')).toEqual({ key: 'newPerDay', value: 7 });
      expect(await db.cards.get(asCardId('sample:review-due'))).toEqual({
        ...review,
        id: 'sample:review-due',
      });
      // The queue's indexes hold the renamed records.
      expect(await doneSince(db, new Date('2026-03-01T04:00:00Z'))).toEqual({ new: 1, review: 0 });
      const window = await loadQueueWindow(db, {
        decks: [],
        eras: [],
        now,
        dayEnd: new Date('2026-03-02T04:00:00Z'),
        newLimit: 5,
        reviewLimit: 5,
      });
      expect(window.cards.map((c) => c.id)).toEqual(['sample:review-due', 'sample:new-one']);
      const stored = await db.cards.get(asCardId('sample:review-due'));
      if (!stored) throw new Error('card lost');
      await recordReview(db, stored, testScheduler.rate(stored, 3, now), 1000);
      expect(await doneSince(db, new Date('2026-03-01T04:00:00Z'))).toEqual({ new: 1, review: 1 });
      expect(await db.reviews.where('cardId').equals('sample:review-due').count()).toBe(1);
      // The quiz's tables (version 4) are there, empty, and hold the namespaced ids of the old cards.
      expect(await db.quizResults.count()).toBe(0);
      expect(await db.studyFirst.count()).toBe(0);
      const missed = asCardId('sample:review-due');
      await putStudyFirst(db, [missed], now);
      await saveQuizResult(db, {
        takenAt: now,
        settings: { decks: [], eras: [], modes: ['typed'], count: 10, minutes: 0 },
        answers: [{ cardId: missed, era: review.era, mode: 'typed', given: '1960', grade: 'partial' }],
        durationMs: 30_000,
        timedOut: false,
      });
      const [sent] = await listStudyFirst(db, new Date('2026-03-01T04:00:00Z'));
      const [taken] = await listQuizResults(db);
      expect(await db.cards.get(sent?.cardId ?? asCardId('none'))).toMatchObject({ id: missed, state: 2 });
      expect(await db.cards.get(taken?.answers[0]?.cardId ?? asCardId('none'))).toMatchObject({ id: missed });
      db.close();
    });
  }

  it('namespaces version 1 card ids by deck, reviews and progress following them', async () => {
    const name = `upgrade-${Date.now()}`;
    const old = releasedDb(name, 1);
    const v1 = parseDeck(v1File);
    if (!v1.ok) throw new Error(v1.issues.join('\n'));
    const studied = makeCard({
      id: 'c-recognise-when',
      deckId: asDeckId('sample-friendship'),
      state: 2,
      reps: 4,
      stability: 20,
      difficulty: 4,
      last_review: new Date('2026-02-01T00:00:00Z'),
    });
    const review: Omit<ReviewRecord, 'id'> = {
      cardId: asCardId('c-recognise-when'),
      deckId: asDeckId('sample-friendship'),
      rating: 3,
      stateBefore: 2,
      state: 2,
      due: new Date('2026-02-21T00:00:00Z'),
      stability: 20,
      difficulty: 4,
      scheduledDays: 20,
      learningSteps: 0,
      review: new Date('2026-02-01T00:00:00Z'),
      durationMs: 3000,
    };
    await old
      .table('cards')
      .bulkAdd([studied, makeCard({ id: 'imported-x:c-1', deckId: asDeckId('imported-x') })]);
    await old.table('decks').add({ id: 'sample-friendship', version: v1.deck.version });
    await old.table('reviews').bulkAdd([review, { ...review, cardId: asCardId('c-gone'), rating: 1 }]);
    old.close();

    const db = createDb(name);
    const cards = await db.cards.toArray();
    expect(cards.map((c) => c.id).sort()).toEqual(['imported-x:c-1', 'sample-friendship:c-recognise-when']);
    expect(await db.cards.get(asCardId('sample-friendship:c-recognise-when'))).toEqual({
      ...studied,
      id: 'sample-friendship:c-recognise-when',
    });
    expect((await db.reviews.toArray()).map((r) => r.cardId)).toEqual([
      'sample-friendship:c-recognise-when',
      'sample-friendship:c-gone',
    ]);

    // The next deck update finds the migrated card and keeps its progress.
    const v2 = parseDeck(v2File);
    if (!v2.ok) throw new Error(v2.issues.join('\n'));
    await syncDeck(db, v2.deck, new Date('2026-03-01T00:00:00Z'));
    const after = await db.cards.get(asCardId('sample-friendship:c-recognise-when'));
    expect(after).toMatchObject({ reps: 4, stability: 20, state: 2, retired: 0 });
    expect(await db.cards.get(asCardId('c-recognise-when'))).toBeUndefined();
    db.close();
  });

  it('keeps two decks’ cards apart when their files give the same card id', async () => {
    const db = freshDb();
    const v1 = parseDeck(v1File);
    if (!v1.ok) throw new Error(v1.issues.join('\n'));
    const twin = { ...v1.deck, id: 'another-deck', version: 'twin-1' };
    await syncDeck(db, v1.deck, new Date('2026-03-01T00:00:00Z'));
    const first = asCardId('sample-friendship:c-recognise-when');
    await db.cards.update(first, { reps: 3, state: 2, stability: 9 });
    await syncDeck(db, twin, new Date('2026-03-02T00:00:00Z'));
    expect(await db.cards.get(first)).toMatchObject({ reps: 3, state: 2, stability: 9 });
    expect(await db.cards.get(asCardId('another-deck:c-recognise-when'))).toMatchObject({ reps: 0 });
    expect(await db.cards.count()).toBe(v1.deck.cards.length * 2);
    db.close();
  });
});
