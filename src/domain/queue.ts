// The study queue: which cards to show now, in what order, within the chosen decks and eras and the
// daily limits for new cards and reviews. Pure: the caller passes `now` and today's counts.
import type { StateValue } from './scheduler.ts';

export interface QueueCard {
  id: string;
  deckId: string;
  era: string;
  due: Date;
  state: StateValue;
  suspended: 0 | 1;
  retired: 0 | 1;
}

export interface QueueOptions {
  now: Date;
  /** Learning cards due before this moment (the end of the study day) are shown today. */
  dayEnd: Date;
  newPerDay: number;
  reviewsPerDay: number;
  /** New cards and reviews already done this study day. */
  newDoneToday: number;
  reviewsDoneToday: number;
  /** Empty means all. */
  decks: readonly string[];
  eras: readonly string[];
}

export interface QueueCounts {
  new: number;
  learning: number;
  review: number;
}

export interface Queue<C extends QueueCard> {
  /** In the order to show them: learning cards due now, then reviews, then new cards. */
  cards: C[];
  counts: QueueCounts;
  /** The soonest learning card due later today, if any, when nothing is due now. */
  nextLearningDue: Date | null;
}

/** Whether a card belongs to the chosen decks and eras (and is neither suspended nor retired). */
export function inStudySelection(
  card: QueueCard,
  decks: readonly string[],
  eras: readonly string[],
): boolean {
  if (card.suspended || card.retired) return false;
  if (decks.length > 0 && !decks.includes(card.deckId)) return false;
  if (eras.length > 0 && !eras.includes(card.era)) return false;
  return true;
}

const byDue = (a: QueueCard, b: QueueCard) => a.due.getTime() - b.due.getTime() || a.id.localeCompare(b.id);

export function buildQueue<C extends QueueCard>(cards: readonly C[], o: QueueOptions): Queue<C> {
  const now = o.now.getTime();
  const learningNow: C[] = [];
  const learningLater: C[] = [];
  const reviews: C[] = [];
  const fresh: C[] = [];
  for (const c of cards) {
    if (!inStudySelection(c, o.decks, o.eras)) continue;
    const due = c.due.getTime();
    if (c.state === 0) fresh.push(c);
    else if (c.state === 2) {
      if (due <= now) reviews.push(c);
    } else if (due <= now) learningNow.push(c);
    else if (due < o.dayEnd.getTime()) learningLater.push(c);
  }
  learningNow.sort(byDue);
  learningLater.sort(byDue);
  reviews.sort(byDue);
  // New cards in deck order (their id order within a deck is stable across versions).
  fresh.sort((a, b) => a.deckId.localeCompare(b.deckId) || a.due.getTime() - b.due.getTime());
  const reviewRoom = Math.max(0, o.reviewsPerDay - o.reviewsDoneToday);
  const newRoom = Math.max(0, o.newPerDay - o.newDoneToday);
  const dueReviews = reviews.slice(0, reviewRoom);
  const newCards = fresh.slice(0, newRoom);
  return {
    cards: [...learningNow, ...dueReviews, ...newCards],
    counts: { new: newCards.length, learning: learningNow.length, review: dueReviews.length },
    nextLearningDue: learningLater[0]?.due ?? null,
  };
}
