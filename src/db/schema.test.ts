import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { asCardId, asDeckId } from '../domain/ids.ts';
import { makeCard } from '../testing/cards.ts';
import { freshDb } from '../testing/db.ts';
import { testScheduler } from '../testing/scheduler.ts';
import { type CardRecord, createDb } from './schema.ts';
import { doneSince, loadQueueWindow, recordReview } from './study-repo.ts';

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

  it('upgrades a version 1 database with cards and reviews in it to version 2, losing nothing', async () => {
    const name = `upgrade-${Date.now()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({
      decks: '&id',
      cards: '&id, deckId, [deckId+era], due, state, kind, suspended, retired',
      reviews: '++id, cardId, deckId, review',
      settings: '&key',
      articles: '&id, addedAt',
    });
    const now = new Date('2026-03-01T10:00:00Z');
    const fresh = makeCard({ id: 'new-one', due: new Date('2026-02-01T00:00:00Z') });
    const review = makeCard({ id: 'review-due', state: 2, due: new Date('2026-02-27T00:00:00Z') });
    const rated = testScheduler.rate(fresh, 3, new Date('2026-03-01T09:00:00Z'));
    await v1.table('cards').bulkAdd([fresh, review]);
    await v1.table('reviews').add({ cardId: fresh.id, deckId: fresh.deckId, ...rated.log, durationMs: 900 });
    await v1.table('settings').put({ key: 'newPerDay', value: 7 });
    v1.close();

    const db = createDb(name);
    await db.open();
    expect(db.verno).toBe(2);
    expect(await db.cards.count()).toBe(2);
    expect(await db.settings.get('newPerDay')).toEqual({ key: 'newPerDay', value: 7 });
    // The new indexes hold the old records.
    expect(await doneSince(db, new Date('2026-03-01T04:00:00Z'))).toEqual({ new: 1, review: 0 });
    const window = await loadQueueWindow(db, {
      decks: [],
      eras: [],
      now,
      dayEnd: new Date('2026-03-02T04:00:00Z'),
      newLimit: 5,
      reviewLimit: 5,
    });
    expect(window.cards.map((c) => c.id)).toEqual(['review-due', 'new-one']);
    // And the upgraded database takes new ratings.
    const stored = await db.cards.get(asCardId('review-due'));
    if (!stored) throw new Error('card lost');
    await recordReview(db, stored, testScheduler.rate(stored, 3, now), 1000);
    expect(await doneSince(db, new Date('2026-03-01T04:00:00Z'))).toEqual({ new: 1, review: 1 });
    db.close();
  });
});
