// Scheduling with FSRS: the only module that imports ts-fsrs. Takes and returns plain card fields
// (as stored in our card records) so nothing else depends on the library's types.
import { type Card, createEmptyCard, FSRS, type Grade, generatorParameters, type StepUnit } from 'ts-fsrs';

/** 1 = Again, 2 = Hard, 3 = Good, 4 = Easy. */
export type RatingValue = 1 | 2 | 3 | 4;
export const RATINGS: readonly RatingValue[] = [1, 2, 3, 4];
export const RATING_NAMES: Record<RatingValue, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };

/** 0 = New, 1 = Learning, 2 = Review, 3 = Relearning. */
export type StateValue = 0 | 1 | 2 | 3;

/** ts-fsrs's card fields, as kept inside our card record. */
export interface SchedulingFields {
  due: Date;
  stability: number;
  difficulty: number;
  /** Deprecated in ts-fsrs; kept only because the library still reads it. `last_review` is the truth. */
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: StateValue;
  last_review?: Date;
}

export interface SchedulerOptions {
  /** Desired retention, 0.7–0.99; default 0.9. */
  desiredRetention: number;
  /** Longest interval, in days. */
  maximumInterval: number;
  /** e.g. ["1m", "10m"]. */
  learningSteps: readonly string[];
  relearningSteps: readonly string[];
  /** Spread intervals a little so cards learnt together do not stay together; on in the app, off in tests. */
  fuzz: boolean;
}

/** What one rating would do: the card's new fields and the review log to append. */
export interface RatingOutcome {
  card: SchedulingFields;
  log: {
    rating: RatingValue;
    stateBefore: StateValue;
    state: StateValue;
    due: Date;
    stability: number;
    difficulty: number;
    scheduledDays: number;
    learningSteps: number;
    review: Date;
  };
}

export interface Scheduler {
  /** The outcome of each rating, for showing intervals on the buttons. */
  preview(card: SchedulingFields, now: Date): Record<RatingValue, RatingOutcome>;
  rate(card: SchedulingFields, rating: RatingValue, now: Date): RatingOutcome;
}

const STEP = /^\d+(\.\d+)?[smhd]$/;

function toSteps(steps: readonly string[]): StepUnit[] {
  return steps.filter((s) => STEP.test(s.trim())).map((s) => s.trim() as StepUnit);
}

export function createScheduler(options: SchedulerOptions): Scheduler {
  const f = new FSRS(
    generatorParameters({
      request_retention: options.desiredRetention,
      maximum_interval: options.maximumInterval,
      enable_fuzz: options.fuzz,
      enable_short_term: true,
      learning_steps: toSteps(options.learningSteps),
      relearning_steps: toSteps(options.relearningSteps),
    }),
  );
  const rate = (card: SchedulingFields, rating: RatingValue, now: Date): RatingOutcome => {
    const { card: next, log } = f.next(toFsrsCard(card), now, rating as Grade);
    return {
      card: fromFsrsCard(next),
      log: {
        rating,
        stateBefore: card.state,
        state: next.state as StateValue,
        due: next.due,
        stability: next.stability,
        difficulty: next.difficulty,
        scheduledDays: next.scheduled_days,
        learningSteps: next.learning_steps,
        review: log.review,
      },
    };
  };
  return {
    rate,
    preview: (card, now) => ({
      1: rate(card, 1, now),
      2: rate(card, 2, now),
      3: rate(card, 3, now),
      4: rate(card, 4, now),
    }),
  };
}

/** The fields of a card never studied, due at once. */
export function newSchedulingFields(now: Date): SchedulingFields {
  return fromFsrsCard(createEmptyCard(now));
}

function toFsrsCard(card: SchedulingFields): Card {
  const out: Card = {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
  };
  if (card.last_review) out.last_review = card.last_review;
  return out;
}

function fromFsrsCard(card: Card): SchedulingFields {
  const out: SchedulingFields = {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as StateValue,
  };
  if (card.last_review) out.last_review = card.last_review;
  return out;
}

/** A short interval for a button: "1m", "10m", "3h", "4d", "2mo", "1.5y". */
export function formatInterval(from: Date, to: Date): string {
  const minutes = Math.max(0, (to.getTime() - from.getTime()) / 60_000);
  if (minutes < 60) return `${Math.max(1, Math.round(minutes))}m`;
  const hours = minutes / 60;
  if (hours < 24) return `${Math.round(hours)}h`;
  const days = hours / 24;
  if (days < 30) return `${Math.round(days)}d`;
  if (days < 365) return `${Math.round(days / 30)}mo`;
  const years = days / 365;
  return `${years < 10 ? Math.round(years * 10) / 10 : Math.round(years)}y`;
}
