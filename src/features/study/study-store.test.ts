import { describe, expect, it, vi } from 'vitest';
import { syncDeck } from '../../db/deck-sync.ts';
import { putStudyFirst } from '../../db/quiz-repo.ts';
import { saveSetting } from '../../db/settings-repo.ts';
import { recordReview } from '../../db/study-repo.ts';
import { parseDeck } from '../../domain/deck-schema.ts';
import { asCardId } from '../../domain/ids.ts';
import { createScheduler } from '../../domain/scheduler.ts';
import { freshDb } from '../../testing/db.ts';
import v1File from '../../testing/fixtures/decks/sample-friendship.v1.deck.json';
import { testScheduler } from '../../testing/scheduler.ts';
import { createStudyStore } from './study-store.ts';

const deck = (() => {
  const p = parseDeck(v1File);
  if (!p.ok) throw new Error('fixture deck');
  return p.deck;
})();

/**
 * A store over the fixture deck; `watch` starts it following the database (as the screen does).
 * Siblings are buried only when `bury` (the tests of other rules count every card).
 */
async function setup(now: Date, watch = false, bury = false) {
  const db = freshDb();
  await syncDeck(db, deck, new Date(now.getTime() - 60_000));
  if (!bury) await saveSetting(db, 'burySiblings', false);
  let t = now;
  const store = createStudyStore({ db, clock: () => t, fuzz: false });
  const stop = watch ? store.start() : () => {};
  if (!watch) store.getState().refresh();
  await waitFor(() => store.getState().loaded);
  return { db, store, stop, advance: (ms: number) => (t = new Date(t.getTime() + ms)) };
}

async function waitFor(check: () => boolean) {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
}

describe('study store', () => {
  it('shows the first new card with intervals, rates it durably and moves on', async () => {
    const { db, store } = await setup(new Date('2026-03-01T10:00:00Z'));
    const s = store.getState();
    expect(s.current?.id).toBe('sample-friendship:c-recognise-when');
    expect(s.counts).toEqual({ new: 12, learning: 0, review: 0 });
    expect(s.intervals).toMatchObject({ 1: '1m', 3: '10m' });
    await s.rate(3);
    expect(store.getState().current?.id).toBe('sample-friendship:c-recognise-when'); // not revealed: nothing happens
    s.reveal();
    await store.getState().rate(3);
    expect(store.getState().current?.id).toBe('sample-friendship:c-border-when');
    // The card just learnt is due again in 10 minutes, within the learn-ahead limit: counted now.
    expect(store.getState().counts).toEqual({ new: 11, learning: 1, review: 0 });
    expect(await db.reviews.count()).toBe(1);
    expect(store.getState().session.reviewed).toBe(1);
  });

  it('undo restores the card, removes its log and shows it again', async () => {
    const { db, store } = await setup(new Date('2026-03-01T10:00:00Z'));
    const first = store.getState().current;
    store.getState().reveal();
    await store.getState().rate(1);
    await store.getState().undo();
    expect(store.getState().current).toEqual(first);
    expect(store.getState().revealed).toBe(false);
    expect(await db.reviews.count()).toBe(0);
    expect(await db.cards.get(first?.id ?? ('' as never))).toEqual(first);
    expect(store.getState().session.reviewed).toBe(0);
  });

  it('keeps to the daily new-card limit and the chosen eras', async () => {
    const { db, store } = await setup(new Date('2026-03-01T10:00:00Z'));
    await saveSetting(db, 'newPerDay', 2);
    await saveSetting(db, 'studyEras', ['later']);
    store.getState().refresh();
    await waitFor(() => store.getState().counts.new === 2);
    expect(store.getState().current?.era).toBe('later');
    for (let i = 0; i < 2; i++) {
      store.getState().reveal();
      await store.getState().rate(4);
    }
    expect(store.getState().current).toBeNull();
    expect(store.getState().session.byRating[4]).toBe(2);
  });

  it('shows a learning card again once it falls due (learning ahead when nothing else is due)', async () => {
    const { db, store } = await setup(new Date('2026-03-01T10:00:00Z'));
    await saveSetting(db, 'newPerDay', 1);
    store.getState().refresh();
    await waitFor(() => store.getState().counts.new === 1);
    store.getState().reveal();
    await store.getState().rate(1);
    expect(store.getState().current?.id).toBe('sample-friendship:c-recognise-when');
    expect(store.getState().counts).toEqual({ new: 0, learning: 1, review: 0 });
  });

  it('keeps the card and says so when the disk is full', async () => {
    const { db, store } = await setup(new Date('2026-03-01T10:00:00Z'));
    const card = store.getState().current;
    db.reviews.hook('creating', () => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    store.getState().reveal();
    await store.getState().rate(3);
    expect(store.getState().error).toMatch(/out of storage/);
    expect(store.getState().current?.id).toBe(card?.id);
    expect(store.getState().revealed).toBe(true);
    expect(await db.reviews.count()).toBe(0);
    expect((await db.cards.get(card?.id ?? ('' as never)))?.reps).toBe(0);
  });

  it('does not rate a card twice when another tab rated it first', async () => {
    const { db, store } = await setup(new Date('2026-03-01T10:00:00Z'));
    const card = store.getState().current;
    if (!card) throw new Error('no card');
    const elsewhere = createScheduler({
      desiredRetention: 0.9,
      maximumInterval: 36500,
      learningSteps: ['1m', '10m'],
      relearningSteps: ['10m'],
      fuzz: false,
    });
    await recordReview(db, card, elsewhere.rate(card, 4, new Date('2026-03-01T10:00:00Z')), 1000);
    store.getState().reveal();
    await store.getState().rate(3);
    expect(store.getState().error).toMatch(/another tab/);
    expect(await db.reviews.count()).toBe(1);
    await waitFor(() => store.getState().current?.id !== card.id);
  });

  it('has nothing to show and says so when no deck is loaded', async () => {
    const db = freshDb();
    const store = createStudyStore({ db, fuzz: false });
    store.getState().refresh();
    await waitFor(() => store.getState().loaded);
    expect(store.getState()).toMatchObject({ hasCards: false, current: null });
  });

  it('shows the next card from memory before the rating is written, and writes ratings in order', async () => {
    const { db, store, stop } = await setup(new Date('2026-03-01T10:00:00Z'), true);
    store.getState().reveal();
    const first = store.getState().rate(3);
    // No await: the next card is already there.
    expect(store.getState().current?.id).toBe('sample-friendship:c-border-when');
    store.getState().reveal();
    const second = store.getState().rate(4);
    expect(store.getState().counts.new).toBe(10);
    const where = vi.spyOn(db.cards, 'where');
    const reread = vi.spyOn(db.cards, 'bulkGet');
    await Promise.all([first, second]);
    const logs = await db.reviews.orderBy('id').toArray();
    expect(logs.map((l) => [l.cardId, l.rating])).toEqual([
      ['sample-friendship:c-recognise-when', 3],
      ['sample-friendship:c-border-when', 4],
    ]);
    // Its own writes come back as changes: the rated cards are read, the queue is not read again.
    await vi.waitFor(() => expect(reread).toHaveBeenCalled(), { timeout: 30_000 });
    await new Promise((r) => setTimeout(r, 20));
    expect(where.mock.calls.filter(([index]) => String(index).startsWith('[state'))).toEqual([]);
    await store.getState().undo();
    expect(store.getState().current?.id).toBe('sample-friendship:c-border-when');
    expect(await db.reviews.count()).toBe(1);
    stop();
  });

  it('follows changes made elsewhere, reading only the cards they touch', async () => {
    const { db, store, stop } = await setup(new Date('2026-03-01T10:00:00Z'), true);
    expect(store.getState().current?.id).toBe('sample-friendship:c-recognise-when');
    const read = vi.spyOn(db.cards, 'bulkGet');
    const where = vi.spyOn(db.cards, 'where');
    // Another tab (or Browse) suspends the card on screen: it leaves, and the next one shows.
    await db.cards.update(asCardId('sample-friendship:c-recognise-when'), { suspended: 1 });
    await waitFor(() => store.getState().current?.id === 'sample-friendship:c-border-when');
    expect(read).toHaveBeenCalledWith(['sample-friendship:c-recognise-when']);
    // The window held every new card, so the queue was not read again.
    expect(where.mock.calls.filter(([index]) => String(index).startsWith('[state'))).toEqual([]);
    expect(store.getState().counts.new).toBe(11);
    // Another tab rates the card on screen: this one moves on and counts it as done today.
    const card = store.getState().current;
    if (!card) throw new Error('no card');
    await recordReview(db, card, testScheduler.rate(card, 3, new Date('2026-03-01T10:00:00Z')), 1000);
    await waitFor(() => store.getState().current?.id !== 'sample-friendship:c-border-when');
    expect(store.getState().counts.new).toBe(10);
    stop();
  });

  it('shows the cards a quiz sent first, until each is rated, then the usual queue', async () => {
    const now = new Date('2026-03-01T10:00:00Z');
    const { db, store } = await setup(now);
    await putStudyFirst(
      db,
      [asCardId('sample-friendship:c-corridor-when'), asCardId('sample-friendship:c-highway-when')],
      new Date(now.getTime() - 1000),
    );
    store.getState().refresh();
    await waitFor(() => store.getState().current?.id === 'sample-friendship:c-corridor-when');
    expect(store.getState().counts).toEqual({ new: 12, learning: 0, review: 0 });
    store.getState().reveal();
    await store.getState().rate(3);
    expect(store.getState().current?.id).toBe('sample-friendship:c-highway-when');
    store.getState().reveal();
    await store.getState().rate(3);
    expect(store.getState().current?.id).toBe('sample-friendship:c-recognise-when');
  });

  it('leads with a sent card the queue would not hold (not due, past the new limit), arriving from another screen', async () => {
    const now = new Date('2026-03-01T10:00:00Z');
    const { db, store, stop } = await setup(now, true);
    // A studied card not due for a month, and a day with room for one new card only.
    const later = asCardId('sample-friendship:c-highway-when');
    await db.cards.update(later, {
      state: 2,
      reps: 3,
      stability: 30,
      difficulty: 5,
      scheduled_days: 30,
      last_review: new Date('2026-02-20T10:00:00Z'),
      due: new Date('2026-03-30T10:00:00Z'),
    });
    await saveSetting(db, 'newPerDay', 1);
    await waitFor(() => store.getState().counts.new === 1);
    const last = asCardId('sample-friendship:c-corridor-when');
    await putStudyFirst(db, [later, last], new Date(now.getTime() - 1000));
    await waitFor(() => store.getState().current?.id === later);
    expect(store.getState().counts).toEqual({ new: 2, learning: 0, review: 1 });
    store.getState().reveal();
    await store.getState().rate(3);
    expect(store.getState().current?.id).toBe(last);
    store.getState().reveal();
    await store.getState().rate(3);
    // Both rated: the sent new card was the day's one new card and the review is not due again, so
    // what follows is the sent card's next learning step, shown ahead.
    expect(store.getState().current?.id).toBe(last);
    expect(store.getState().counts).toEqual({ new: 0, learning: 1, review: 0 });
    stop();
  });

  it('buries siblings: one card of a fact a day, the next fact takes its place, and a new day brings it back', async () => {
    // 11:00 local, so the study day (from 04:00) is the same in any time zone the test runs in.
    const now = new Date(2026, 2, 1, 11);
    const { db, store, advance } = await setup(now, false, true);
    // Twelve cards of nine facts (the ordering card is no sibling): three are held back.
    expect(store.getState().counts).toEqual({ new: 9, learning: 0, review: 0 });
    expect(store.getState().buried).toBe(3);
    const seen: string[] = [];
    for (let i = 0; i < 20 && store.getState().current; i++) {
      const card = store.getState().current;
      if (!card) break;
      seen.push(card.id);
      store.getState().reveal();
      await store.getState().rate(4);
    }
    const facts = seen.map((id) => deck.cards.find((c) => `sample-friendship:${c.id}` === id)?.facts.join());
    expect(seen).toHaveLength(9);
    expect(new Set(facts).size).toBe(9);
    expect(seen).not.toContain('sample-friendship:c-recognise-mcq');
    // Undo gives the fact back: its sibling is still held (the card itself comes back).
    await store.getState().undo();
    expect(store.getState().buried).toBe(3);
    // The next study day: the held-back siblings are new cards again.
    advance(24 * 3_600_000);
    store.getState().refresh();
    await waitFor(() => store.getState().counts.new === 4);
    expect(store.getState().buried).toBe(0);
    expect(await db.reviews.count()).toBe(8);
  });

  it('buries nothing with the setting off', async () => {
    const { store } = await setup(new Date(2026, 2, 1, 11));
    expect(store.getState().counts.new).toBe(12);
    expect(store.getState().buried).toBe(0);
  });

  it('a review due at 12:30 is due from 04:00 that day: none at 03:59, one at 04:01 and noon', async () => {
    const { db, store, advance } = await setup(new Date(2026, 2, 2, 3, 59));
    await saveSetting(db, 'newPerDay', 0);
    await db.cards.update(asCardId('sample-friendship:c-highway-when'), {
      state: 2,
      reps: 2,
      stability: 5,
      difficulty: 5,
      scheduled_days: 5,
      last_review: new Date(2026, 1, 25, 12, 30),
      due: new Date(2026, 2, 2, 12, 30),
    });
    const reviewsAt = async (ms: number) => {
      advance(ms);
      store.getState().refresh();
      await new Promise((r) => setTimeout(r, 50));
      await waitFor(() => store.getState().loaded);
      return store.getState().counts.review;
    };
    expect(await reviewsAt(0)).toBe(0);
    expect(store.getState().nextDayStart).toEqual(new Date(2026, 2, 2, 4));
    expect(await reviewsAt(2 * 60_000)).toBe(1);
    expect(store.getState().current?.id).toBe('sample-friendship:c-highway-when');
    expect(await reviewsAt(8 * 3_600_000)).toBe(1);
  });

  it('undo survives a reload: a new session over the same database undoes the last ratings, newest first', async () => {
    const now = new Date('2026-03-01T10:00:00Z');
    const { db, store } = await setup(now);
    const rated: string[] = [];
    for (let i = 0; i < 3; i++) {
      const card = store.getState().current;
      if (!card) throw new Error('no card');
      rated.push(card.id);
      store.getState().reveal();
      await store.getState().rate(3);
    }
    expect(await db.undo.count()).toBe(3);
    // A reload: a fresh store reads the undo log.
    const again = createStudyStore({ db, clock: () => now, fuzz: false });
    again.getState().refresh();
    await waitFor(() => again.getState().loaded && again.getState().undoStack.length === 3);
    await again.getState().undo();
    expect(again.getState().current?.id).toBe(rated[2]);
    await again.getState().undo();
    expect(again.getState().current?.id).toBe(rated[1]);
    expect(await db.reviews.count()).toBe(1);
    expect(await db.undo.count()).toBe(1);
    expect((await db.cards.get(asCardId(rated[1] ?? '')))?.reps).toBe(0);
  });

  it('keeps the last 30 ratings for undo', async () => {
    const now = new Date('2026-03-01T10:00:00Z');
    const { db, store, advance } = await setup(now);
    await saveSetting(db, 'newPerDay', 100);
    for (let i = 0; i < 34; i++) {
      advance(11 * 60_000);
      store.getState().refresh();
      await waitFor(() => store.getState().current !== null);
      store.getState().reveal();
      await store.getState().rate(1);
    }
    expect(await db.undo.count()).toBe(30);
    expect(store.getState().undoStack).toHaveLength(30);
  });

  it('undo after a reload refuses a card another tab rated since, and keeps that rating', async () => {
    const now = new Date('2026-03-01T10:00:00Z');
    const { db, store } = await setup(now);
    const card = store.getState().current;
    if (!card) throw new Error('no card');
    store.getState().reveal();
    await store.getState().rate(1);
    const stored = await db.cards.get(card.id);
    if (!stored) throw new Error('no card');
    await recordReview(db, stored, testScheduler.rate(stored, 3, new Date(now.getTime() + 60_000)), 1000);
    const again = createStudyStore({ db, clock: () => now, fuzz: false });
    again.getState().refresh();
    await waitFor(() => again.getState().undoStack.length === 1);
    await again.getState().undo();
    expect(again.getState().error).toMatch(/another tab/);
    expect(await db.reviews.count()).toBe(2);
    expect(await db.undo.count()).toBe(0);
  });
});
