import { describe, expect, it } from 'vitest';
import { asCardId } from '../domain/ids.ts';
import { makeCard } from '../testing/cards.ts';
import { freshDb } from '../testing/db.ts';
import { testScheduler as scheduler } from '../testing/scheduler.ts';
import { doneSince, loadStudyCards, recordReview, StaleCardError, undoReview } from './study-repo.ts';

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

  it('loads cards in the chosen decks and eras, without suspended or retired ones', async () => {
    const db = freshDb();
    await db.cards.bulkAdd([
      makeCard({ id: 'a' }),
      makeCard({ id: 'b', era: 'late' }),
      makeCard({ id: 's', suspended: 1 }),
      makeCard({ id: 'r', retired: 1 }),
    ]);
    expect((await loadStudyCards(db, [], [])).map((c) => c.id).sort()).toEqual(['a', 'b']);
    expect((await loadStudyCards(db, [], ['late'])).map((c) => c.id)).toEqual(['b']);
    expect(await loadStudyCards(db, ['other'], [])).toEqual([]);
  });
});
