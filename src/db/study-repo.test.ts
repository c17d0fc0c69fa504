import { describe, expect, it } from 'vitest';
import { asCardId, asDeckId } from '../domain/ids.ts';
import { makeCard } from '../testing/cards.ts';
import { freshDb } from '../testing/db.ts';
import { testScheduler as scheduler } from '../testing/scheduler.ts';
import {
  doneSince,
  hasStudyCards,
  loadQueueWindow,
  recordReview,
  StaleCardError,
  undoReview,
} from './study-repo.ts';

const now = new Date('2026-03-01T10:00:00Z');

describe('study repository', () => {
  it('writes a rating as card and log together, and undo is an exact round trip', async () => {
    const db = freshDb();
    const card = makeCard({ id: 'a' });
    await db.cards.add(card);
    const { card: rated, logId } = await recordReview(db, card, scheduler.rate(card, 3, now), 4200.4);
    expect(await db.cards.get(asCardId('a'))).toEqual(rated);
    expect(rated).toMatchObject({ state: 1, reps: 1, last_review: now });
    expect(await db.reviews.get(logId)).toMatchObject({
      cardId: 'a',
      rating: 3,
      stateBefore: 0,
      state: 1,
      review: now,
      durationMs: 4200,
    });
    expect(await doneSince(db, new Date('2026-03-01T04:00:00Z'))).toEqual({ new: 1, review: 0 });
    await undoReview(db, card, rated, logId);
    expect(await db.cards.get(asCardId('a'))).toEqual(card);
    expect(await db.reviews.count()).toBe(0);
  });

  it('refuses to rate a card another tab rated first, writing nothing', async () => {
    const db = freshDb();
    const card = makeCard({ id: 'a' });
    await db.cards.add(card);
    await recordReview(db, card, scheduler.rate(card, 3, now), 1000);
    await expect(recordReview(db, card, scheduler.rate(card, 4, now), 1000)).rejects.toBeInstanceOf(
      StaleCardError,
    );
    expect(await db.reviews.count()).toBe(1);
  });

  it('refuses to undo a rating once another tab rated the card again, erasing nothing', async () => {
    const db = freshDb();
    const card = makeCard({ id: 'a' });
    await db.cards.add(card);
    const mine = await recordReview(db, card, scheduler.rate(card, 3, now), 1000);
    // Another tab, holding the card as this rating left it, rates it again.
    const later = new Date(now.getTime() + 60_000);
    const theirs = await recordReview(db, mine.card, scheduler.rate(mine.card, 4, later), 1000);
    await expect(undoReview(db, card, mine.card, mine.logId)).rejects.toBeInstanceOf(StaleCardError);
    expect(await db.reviews.count()).toBe(2);
    expect(await db.cards.get(asCardId('a'))).toEqual(theirs.card);
  });

  it('reads by index only what the queue can show: learning due today, due reviews and new cards up to their limits', async () => {
    const db = freshDb();
    const at = (iso: string) => new Date(iso);
    await db.cards.bulkAdd([
      makeCard({ id: 'n1', due: at('2026-02-01T00:00:00Z') }),
      makeCard({ id: 'n2', due: at('2026-02-02T00:00:00Z') }),
      makeCard({ id: 'n3', due: at('2026-02-03T00:00:00Z') }),
      makeCard({ id: 'n0', deckId: asDeckId('a-first'), due: at('2026-02-09T00:00:00Z') }),
      makeCard({ id: 'nl', era: 'late', due: at('2026-01-01T00:00:00Z') }),
      makeCard({ id: 'ns', suspended: 1, due: at('2026-01-01T00:00:00Z') }),
      makeCard({ id: 'r-late', state: 2, due: at('2026-02-28T09:00:00Z') }),
      makeCard({ id: 'r-early', state: 2, due: at('2026-02-20T00:00:00Z') }),
      makeCard({ id: 'r-mid', state: 2, due: at('2026-02-25T00:00:00Z') }),
      makeCard({ id: 'r-future', state: 2, due: at('2026-03-05T00:00:00Z') }),
      makeCard({ id: 'l-now', state: 1, due: at('2026-03-01T09:59:00Z') }),
      makeCard({ id: 'l-later', state: 3, due: at('2026-03-01T20:00:00Z') }),
      makeCard({ id: 'l-tomorrow', state: 1, due: at('2026-03-02T05:00:00Z') }),
      makeCard({ id: 'l-retired', state: 1, retired: 1, due: at('2026-03-01T09:00:00Z') }),
    ]);
    const window = await loadQueueWindow(db, {
      decks: [],
      eras: ['early'],
      now,
      dayEnd: at('2026-03-02T04:00:00Z'),
      newLimit: 2,
      reviewLimit: 2,
    });
    expect(window.cards.map((c) => c.id)).toEqual(['l-now', 'l-later', 'r-early', 'r-mid', 'n0', 'n1']);
    expect(window).toMatchObject({ newFull: true, reviewFull: true });
    const roomy = await loadQueueWindow(db, {
      decks: ['sample'],
      eras: [],
      now,
      dayEnd: at('2026-03-02T04:00:00Z'),
      newLimit: 10,
      reviewLimit: 10,
    });
    expect(roomy.cards.filter((c) => c.state === 0).map((c) => c.id)).toEqual(['nl', 'n1', 'n2', 'n3']);
    expect(roomy).toMatchObject({ newFull: false, reviewFull: false });
  });

  it("counts today's new cards and reviews on the index, and knows whether a choice has cards", async () => {
    const db = freshDb();
    await db.cards.bulkAdd([makeCard({ id: 'a' }), makeCard({ id: 's', era: 'gone', suspended: 1 })]);
    const log = (stateBefore: 0 | 2, review: string) => ({
      cardId: asCardId('a'),
      deckId: asDeckId('d1'),
      rating: 3 as const,
      stateBefore,
      state: 2 as const,
      due: now,
      stability: 1,
      difficulty: 5,
      scheduledDays: 1,
      learningSteps: 0,
      review: new Date(review),
      durationMs: 1000,
    });
    await db.reviews.bulkAdd([
      log(0, '2026-03-01T05:00:00Z'),
      log(2, '2026-03-01T06:00:00Z'),
      log(2, '2026-03-01T07:00:00Z'),
      log(2, '2026-02-28T23:00:00Z'),
    ]);
    expect(await doneSince(db, new Date('2026-03-01T04:00:00Z'))).toEqual({ new: 1, review: 2 });
    expect(await hasStudyCards(db, { decks: [], eras: [] })).toBe(true);
    expect(await hasStudyCards(db, { decks: [], eras: ['gone'] })).toBe(false);
    expect(await hasStudyCards(db, { decks: ['other'], eras: [] })).toBe(false);
  });
});
