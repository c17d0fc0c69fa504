// The benchmark's database: copies of a shipped deck's cards (60% in review, 10% learning, the rest
// new) and a year of review logs, made deterministically so two runs measure the same data. Records
// carry times as milliseconds (`*Ms`); the page turns them into Dates as it stores them.
import type { CardRecord, ReviewRecord } from '../db/schema.ts';
import type { Deck } from '../domain/deck-schema.ts';
import { asCardId, asDeckId } from '../domain/ids.ts';
import { newSchedulingFields } from '../domain/scheduler.ts';
import { seededRandom } from '../features/quiz/quiz-model.ts';

const DAY = 86_400_000;
const HOUR = 3_600_000;

export const BENCH_DECK_ID = 'bench-copies';

export interface SeedOptions {
  cards: number;
  reviews: number;
  /** The moment the seeded schedule is relative to (ms since the epoch). */
  nowMs: number;
}

/** A card record as the app stores it, with `due` and `last_review` as milliseconds. */
export type SeedCard = Omit<CardRecord, 'due' | 'last_review'> & {
  dueMs: number;
  lastReviewMs: number | null;
};

/** A review log as the app stores it, with `due` and `review` as milliseconds. */
export type SeedReview = Omit<ReviewRecord, 'id' | 'due' | 'review'> & { dueMs: number; reviewMs: number };

export interface Seed {
  deck: Omit<Deck, 'cards'> & { origin: 'imported'; loadedAtMs: number };
  cards: SeedCard[];
  reviews: SeedReview[];
}

/**
 * Copies of `deck`'s cards into one imported deck of `o.cards` cards, and `o.reviews` logs spread over
 * the year before the last day (so today's counts start at zero). Reviews fall due over the next four
 * months (a few hundred of them by `nowMs`), learning cards within a few hours either side of it.
 */
export function seedRecords(deck: Deck, o: SeedOptions): Seed {
  const rnd = seededRandom(13);
  const { cards: templates, ...rest } = deck;
  if (templates.length === 0) throw new Error(`Deck ${deck.id} has no cards to copy.`);
  const cards: SeedCard[] = [];
  for (let i = 0; i < o.cards; i++) {
    const template = templates[i % templates.length];
    if (!template) continue;
    const id = `${template.id}~${Math.floor(i / templates.length)}`;
    const r = rnd();
    const base = {
      id: asCardId(id),
      deckId: asDeckId(BENCH_DECK_ID),
      era: template.era,
      kind: template.kind,
      content: { ...template, id },
      conflict: template.conflict,
      suspended: 0 as const,
      retired: 0 as const,
    };
    if (r < 0.3) {
      const { due, last_review: _none, ...fields } = newSchedulingFields(new Date(o.nowMs - 30 * DAY + i));
      cards.push({ ...base, ...fields, dueMs: due.getTime(), lastReviewMs: null });
    } else if (r < 0.4) {
      const dueMs = Math.round(o.nowMs + (rnd() * 8 - 2) * HOUR);
      cards.push({
        ...base,
        dueMs,
        stability: 0.5 + rnd() * 2,
        difficulty: 4 + rnd() * 4,
        elapsed_days: 0,
        scheduled_days: 0,
        learning_steps: 1,
        reps: 1 + Math.floor(rnd() * 6),
        lapses: Math.floor(rnd() * 2),
        state: r < 0.37 ? 1 : 3,
        lastReviewMs: dueMs - 10 * 60_000,
      });
    } else {
      const scheduled = 1 + Math.floor(rnd() * 120);
      const dueMs = Math.round(o.nowMs + (rnd() * 123 - 3) * DAY);
      cards.push({
        ...base,
        dueMs,
        stability: scheduled * (0.8 + rnd() * 0.4),
        difficulty: 2 + rnd() * 7,
        elapsed_days: 0,
        scheduled_days: scheduled,
        learning_steps: 0,
        reps: 3 + Math.floor(rnd() * 20),
        lapses: Math.floor(rnd() * 3),
        state: 2,
        lastReviewMs: dueMs - scheduled * DAY,
      });
    }
  }
  const seen = cards.filter((c) => c.state !== 0);
  const reviews: SeedReview[] = [];
  for (let i = 0; i < o.reviews && seen.length > 0; i++) {
    const card = seen[Math.floor(rnd() * seen.length)];
    if (!card) continue;
    const reviewMs = Math.round(o.nowMs - DAY - rnd() * 364 * DAY);
    const r = rnd();
    const rating = r < 0.1 ? 1 : r < 0.15 ? 2 : r < 0.9 ? 3 : 4;
    const scheduledDays = rating === 1 ? 0 : 1 + Math.floor(rnd() * 60);
    reviews.push({
      cardId: card.id,
      deckId: card.deckId,
      rating,
      stateBefore: rnd() < 0.85 ? 2 : 1,
      state: rating === 1 ? 3 : 2,
      dueMs: reviewMs + Math.max(10 * 60_000, scheduledDays * DAY),
      stability: card.stability,
      difficulty: card.difficulty,
      scheduledDays,
      learningSteps: 0,
      reviewMs,
      durationMs: 2000 + Math.floor(rnd() * 12_000),
    });
  }
  return {
    deck: { ...rest, id: BENCH_DECK_ID, origin: 'imported', loadedAtMs: o.nowMs - 365 * DAY },
    cards,
    reviews,
  };
}
