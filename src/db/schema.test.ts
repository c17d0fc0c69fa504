import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { asCardId, asDeckId } from '../domain/ids.ts';
import { freshDb } from '../testing/db.ts';
import { type CardRecord, createDb } from './schema.ts';

describe('database schema', () => {
  it('opens at version 2 with every table', async () => {
    const db = freshDb();
    await db.open();
    expect(db.verno).toBe(2);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'articles',
      'cards',
      'decks',
      'quizResults',
      'reviews',
      'settings',
      'studyFirst',
    ]);
    db.close();
  });

  it('upgrades a version 1 database with data in it to version 2, keeping every row', async () => {
    const name = `test-upgrade-${Date.now()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({
      decks: '&id',
      cards: '&id, deckId, [deckId+era], due, state, kind, suspended, retired',
      reviews: '++id, cardId, deckId, review',
      settings: '&key',
      articles: '&id, addedAt',
    });
    await v1.table('settings').put({ key: 'newPerDay', value: 7 });
    await v1.table('reviews').add({ cardId: 'a', deckId: 'd', rating: 3, review: new Date(0) });
    v1.close();
    const db = createDb(name);
    await db.open();
    expect(db.verno).toBe(2);
    expect(await db.settings.get('newPerDay')).toEqual({ key: 'newPerDay', value: 7 });
    expect(await db.reviews.count()).toBe(1);
    expect(await db.quizResults.count()).toBe(0);
    await db.studyFirst.put({ cardId: asCardId('a'), addedAt: new Date(1) });
    expect(await db.studyFirst.where('addedAt').above(new Date(0)).count()).toBe(1);
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
});
