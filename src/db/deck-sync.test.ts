import { describe, expect, it } from 'vitest';
import { parseDeck } from '../domain/deck-schema.ts';
import { asCardId, asDeckId } from '../domain/ids.ts';
import { freshDb } from '../testing/db.ts';
import broken from '../testing/fixtures/decks/broken.deck.json';
import v1File from '../testing/fixtures/decks/sample-friendship.v1.deck.json';
import v2File from '../testing/fixtures/decks/sample-friendship.v2.deck.json';
import { testScheduler as scheduler } from '../testing/scheduler.ts';
import { syncDeck, syncDeckFiles } from './deck-sync.ts';
import { putStudyFirst } from './quiz-repo.ts';
import { recordReview } from './study-repo.ts';

const now = new Date('2026-03-01T10:00:00Z');
const later = new Date('2026-04-01T10:00:00Z');

function deckOf(json: unknown) {
  const parsed = parseDeck(json);
  if (!parsed.ok) throw new Error(parsed.issues.join('\n'));
  return parsed.deck;
}

describe('deck sync', () => {
  it('moves a re-keyed card’s progress, history, Study place and quiz answers to its new id', async () => {
    const db = freshDb();
    const v1 = deckOf(v1File);
    await syncDeck(db, v1, now);
    const oldId = asCardId('sample-friendship:c-recognise-when');
    const card = await db.cards.get(oldId);
    if (!card) throw new Error('no card');
    await recordReview(db, card, scheduler.rate(card, 3, now), 3000);
    await putStudyFirst(db, [oldId], now);
    await db.quizResults.add({
      takenAt: now,
      settings: { decks: [v1.id], eras: [], modes: ['choice'], count: 1, minutes: 0 },
      answers: [{ cardId: oldId, era: card.era, mode: 'choice', given: '1950', grade: 'right' }],
      durationMs: 1000,
      timedOut: false,
    });
    const studied = await db.cards.get(oldId);
    // The next version re-keys that card and says so in its aliases.
    const v2 = {
      ...v1,
      version: `${v1.version}-rekeyed`,
      cards: v1.cards.map((c) => (c.id === 'c-recognise-when' ? { ...c, id: 'c-recognise-when-2' } : c)),
      aliases: { 'c-recognise-when': 'c-recognise-when-2' },
    };
    const summary = await syncDeck(db, deckOf(v2), later);
    expect(summary).toMatchObject({ rekeyed: 1, added: 0, retired: 0 });
    const newId = asCardId('sample-friendship:c-recognise-when-2');
    expect(await db.cards.get(oldId)).toBeUndefined();
    const moved = await db.cards.get(newId);
    // The same schedule and history under the new id; the content is the new version's.
    expect({ ...moved, id: oldId, content: null }).toEqual({ ...studied, content: null });
    expect(moved?.content.id).toBe('c-recognise-when-2');
    expect(await db.reviews.where('cardId').equals(newId).count()).toBe(1);
    expect(await db.reviews.where('cardId').equals(oldId).count()).toBe(0);
    expect((await db.studyFirst.toArray()).map((r) => r.cardId)).toEqual([newId]);
    expect((await db.quizResults.toArray())[0]?.answers[0]?.cardId).toBe(newId);
    // Applying the same version again, or an alias whose card is gone, changes nothing.
    expect(await syncDeck(db, deckOf(v2), later)).toMatchObject({ updated: false, rekeyed: 0 });
  });

  it('loads a deck once: every card new, in the deck’s order', async () => {
    const db = freshDb();
    const v1 = deckOf(v1File);
    const first = await syncDeck(db, v1, now);
    expect(first).toMatchObject({ updated: true, added: v1.cards.length, changed: 0, retired: 0 });
    const again = await syncDeck(db, v1, later);
    expect(again).toMatchObject({ updated: false, added: 0, unchanged: v1.cards.length });
    const cards = await db.cards.orderBy('due').toArray();
    expect(cards.map((c) => c.id)).toEqual(v1.cards.map((c) => `${v1.id}:${c.id}`));
    expect(cards.every((c) => c.state === 0 && c.retired === 0)).toBe(true);
    expect((await db.decks.get(asDeckId(v1.id)))?.version).toBe(v1.version);
  });

  it('updates to a newer version: adds, changes and retires cards and keeps all progress', async () => {
    const db = freshDb();
    await syncDeck(db, deckOf(v1File), now);
    // Study three cards, one of which v2 rewords and one of which v2 removes.
    for (const id of [
      'sample-friendship:c-recognise-when',
      'sample-friendship:c-highway-when',
      'sample-friendship:c-visit-who',
    ]) {
      const card = await db.cards.get(asCardId(id));
      if (!card) throw new Error(id);
      await recordReview(db, card, scheduler.rate(card, 3, now), 3000);
    }
    const before = await db.cards.get(asCardId('sample-friendship:c-recognise-when'));
    const reworded = await db.cards.get(asCardId('sample-friendship:c-highway-when'));

    const summary = await syncDeck(db, deckOf(v2File), later);
    expect(summary).toMatchObject({ updated: true, added: 1, changed: 1, retired: 1 });

    expect(await db.cards.get(asCardId('sample-friendship:c-recognise-when'))).toEqual(before);
    const changed = await db.cards.get(asCardId('sample-friendship:c-highway-when'));
    expect(changed?.content.prompt).toBe('In which year did the mountain highway open to traffic?');
    expect({ ...changed, content: null }).toEqual({ ...reworded, content: null });
    const gone = await db.cards.get(asCardId('sample-friendship:c-visit-who'));
    expect(gone).toMatchObject({ retired: 1, reps: 1, state: 1 });
    expect(await db.reviews.where('cardId').equals('sample-friendship:c-visit-who').count()).toBe(1);
    expect(await db.cards.get(asCardId('sample-friendship:c-road-when'))).toMatchObject({
      state: 0,
      retired: 0,
    });
    expect((await db.decks.get(asDeckId('sample-friendship')))?.version).toBe('v2-d4e5f6');
    expect(await db.reviews.count()).toBe(3);
  });

  it('brings a retired card back with its progress when a later version has it again', async () => {
    const db = freshDb();
    await syncDeck(db, deckOf(v1File), now);
    await syncDeck(db, deckOf(v2File), now);
    await syncDeck(db, deckOf(v1File), later);
    expect(await db.cards.get(asCardId('sample-friendship:c-visit-who'))).toMatchObject({ retired: 0 });
    expect(await db.cards.get(asCardId('sample-friendship:c-road-when'))).toMatchObject({ retired: 1 });
  });

  it('reports an invalid deck file by name, loads the good ones, and loses nothing', async () => {
    const db = freshDb();
    await syncDeck(db, deckOf(v1File), now);
    const results = await syncDeckFiles(
      db,
      {
        '/decks/broken.deck.json': async () => ({ default: broken }),
        '/decks/missing.deck.json': async () => {
          throw new Error('network down');
        },
        '/decks/sample-friendship.deck.json': async () => ({ default: v2File }),
      },
      later,
    );
    expect(results[0]).toMatchObject({ file: 'broken.deck.json', ok: false });
    expect(results[0]?.ok === false && results[0].message).toMatch(
      /broken\.deck\.json is not a valid deck: id/,
    );
    expect(results[1]).toMatchObject({ file: 'missing.deck.json', ok: false });
    expect(results[2]).toMatchObject({ ok: true, summary: { added: 1, retired: 1 } });
    expect(await db.cards.count()).toBe(13);
  });
});
