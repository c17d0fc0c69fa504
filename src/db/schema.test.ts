import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../domain/deck-schema.ts';
import { asCardId, asDeckId } from '../domain/ids.ts';
import { makeCard } from '../testing/cards.ts';
import { freshDb } from '../testing/db.ts';
import v1File from '../testing/fixtures/decks/sample-friendship.v1.deck.json';
import v2File from '../testing/fixtures/decks/sample-friendship.v2.deck.json';
import { syncDeck } from './deck-sync.ts';
import { type CardRecord, createDb, type ReviewRecord } from './schema.ts';

describe('database schema', () => {
  it('opens at version 2 with every table', async () => {
    const db = freshDb();
    await db.open();
    expect(db.verno).toBe(2);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'articles',
      'cards',
      'decks',
      'reviews',
      'settings',
    ]);
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

  it('version 2 namespaces version 1 card ids by deck, reviews and progress following them', async () => {
    const name = `upgrade-${Date.now()}`;
    const old = new Dexie(name);
    old.version(1).stores({
      decks: '&id',
      cards: '&id, deckId, [deckId+era], due, state, kind, suspended, retired',
      reviews: '++id, cardId, deckId, review',
      settings: '&key',
      articles: '&id, addedAt',
    });
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
