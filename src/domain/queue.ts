// The study queue: which cards to show now, in what order, within the chosen decks and eras and the
// daily limits for new cards and reviews, by Anki's day rules. Pure: the caller passes `now`, the
// study day's bounds and today's counts.
//
// Day rules (as Anki): a review is due for the whole study day its due time falls in, from the day's
// start hour; a learning card reviewed today comes back at its exact time, and one left from an
// earlier day is due from the day's start like a review. Learning cards due within the learn-ahead
// limit are counted now and shown once nothing else is left. Siblings (cards of one fact) are buried:
// once one is studied or queued today, the others wait for another day.
import type { StateValue } from './scheduler.ts';

export interface QueueCard {
  id: string;
  deckId: string;
  era: string;
  due: Date;
  state: StateValue;
  suspended: 0 | 1;
  retired: 0 | 1;
  last_review?: Date;
}

/** Learning cards due within this long count now and show once nothing else is left (Anki's learn-ahead limit). */
export const LEARN_AHEAD_MS = 20 * 60_000;

export interface BuryOptions<C> {
  /** Sibling keys of the cards already studied this study day (see domain/siblings.ts). */
  studied: { has(key: string): boolean };
  /** A card's sibling keys; cards that share one are siblings. */
  keysOf: (card: C) => readonly string[];
}

export interface QueueOptions<C extends QueueCard = QueueCard> {
  now: Date;
  /** The end of the study day (the next day's start): reviews due before it are due today. */
  dayEnd: Date;
  /** The start of the study day; a learning card last reviewed before it is due from the day's start. Default: none. */
  dayStart?: Date;
  newPerDay: number;
  reviewsPerDay: number;
  /** New cards and reviews already done this study day. */
  newDoneToday: number;
  reviewsDoneToday: number;
  /** Empty means all. */
  decks: readonly string[];
  eras: readonly string[];
  /** Learning cards due within this many milliseconds count now and show when nothing else is left (Anki: 20 minutes). Default 0. */
  learnAheadMs?: number;
  /** Bury siblings; absent or null shows every due card. */
  bury?: BuryOptions<C> | null;
}

export interface QueueCounts {
  new: number;
  learning: number;
  review: number;
}

export interface Queue<C extends QueueCard> {
  /** In the order to show them: learning cards due now, reviews, new cards, then learning cards due within the learn-ahead limit. */
  cards: C[];
  counts: QueueCounts;
  /** The soonest learning card due later today, beyond the learn-ahead limit, if any. */
  nextLearningDue: Date | null;
  /** Learning cards due later today, beyond the learn-ahead limit. */
  learningLater: number;
  /** Due reviews and new cards held back today because a sibling was studied or comes first. */
  buried: number;
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

/** Whether a review (or a learning card left from an earlier day) is due in the study day ending at `dayEnd`. */
export function dueToday(card: Pick<QueueCard, 'due'>, dayEnd: Date): boolean {
  return card.due.getTime() < dayEnd.getTime();
}

const byDue = (a: QueueCard, b: QueueCard) => a.due.getTime() - b.due.getTime() || a.id.localeCompare(b.id);

export function buildQueue<C extends QueueCard>(cards: readonly C[], o: QueueOptions<C>): Queue<C> {
  const now = o.now.getTime();
  const ahead = now + Math.max(0, o.learnAheadMs ?? 0);
  const dayEnd = o.dayEnd.getTime();
  const dayStart = o.dayStart?.getTime() ?? Number.NEGATIVE_INFINITY;
  const learningNow: C[] = [];
  const learningAhead: C[] = [];
  const learningLater: C[] = [];
  const reviews: C[] = [];
  const fresh: C[] = [];
  for (const c of cards) {
    if (!inStudySelection(c, o.decks, o.eras)) continue;
    const due = c.due.getTime();
    if (c.state === 0) fresh.push(c);
    else if (c.state === 2) {
      if (due < dayEnd) reviews.push(c);
    } else if (due >= dayEnd) continue;
    else if (due <= now || (c.last_review && c.last_review.getTime() < dayStart)) learningNow.push(c);
    else if (due <= ahead) learningAhead.push(c);
    else learningLater.push(c);
  }
  learningNow.sort(byDue);
  learningAhead.sort(byDue);
  learningLater.sort(byDue);
  reviews.sort(byDue);
  // New cards in deck order (their id order within a deck is stable across versions).
  fresh.sort((a, b) => a.deckId.localeCompare(b.deckId) || a.due.getTime() - b.due.getTime());

  // Learning cards are never buried; they are shown today, so their siblings wait.
  const taken = new Set<string>();
  const bury = o.bury ?? null;
  const isBuried = (c: C) => bury?.keysOf(c).some((k) => taken.has(k) || bury.studied.has(k)) ?? false;
  const take = (c: C) => {
    if (bury) for (const k of bury.keysOf(c)) taken.add(k);
  };
  for (const c of [...learningNow, ...learningAhead, ...learningLater]) take(c);
  let buried = 0;
  const pick = (list: readonly C[], room: number): C[] => {
    const out: C[] = [];
    for (const c of list) {
      if (out.length >= room) break;
      if (isBuried(c)) {
        buried += 1;
        continue;
      }
      take(c);
      out.push(c);
    }
    return out;
  };
  const dueReviews = pick(reviews, Math.max(0, o.reviewsPerDay - o.reviewsDoneToday));
  const newCards = pick(fresh, Math.max(0, o.newPerDay - o.newDoneToday));
  return {
    cards: [...learningNow, ...dueReviews, ...newCards, ...learningAhead],
    counts: {
      new: newCards.length,
      learning: learningNow.length + learningAhead.length,
      review: dueReviews.length,
    },
    nextLearningDue: learningLater[0]?.due ?? null,
    learningLater: learningLater.length,
    buried,
  };
}
