// The study session: the cards in the chosen decks and eras (kept in step with IndexedDB through a live
// query, so two tabs agree), the current card, revealed or not, and an undo stack. Ratings and undos
// write through the study repository before the next card shows. Works without React.
import { create } from 'zustand';
import { db as appDb } from '../../db/db.ts';
import type { DeckFileResult } from '../../db/deck-sync.ts';
import { liveQuery, type Subscription } from '../../db/live.ts';
import { listStudyFirst } from '../../db/quiz-repo.ts';
import type { CardRecord, RecallDb } from '../../db/schema.ts';
import { loadSettings, type Settings } from '../../db/settings-repo.ts';
import { doneSince, loadStudyCards, recordReview, StaleCardError, undoReview } from '../../db/study-repo.ts';
import { buildQueue, type QueueCounts } from '../../domain/queue.ts';
import {
  createScheduler,
  formatInterval,
  RATINGS,
  type RatingValue,
  type Scheduler,
} from '../../domain/scheduler.ts';
import { nextStudyDayStart, studyDayStart } from '../../domain/study-day.ts';
import { putFirst, type StudyFirstEntry } from '../../domain/study-first.ts';

/** Learning cards due within this long are shown early when nothing else is due (Anki's learn-ahead). */
const LEARN_AHEAD_MS = 20 * 60_000;
/** Time on a card counts up to this long, so a card left open over lunch does not skew the log. */
const MAX_DURATION_MS = 10 * 60_000;

interface UndoEntry {
  before: CardRecord;
  logId: number;
  rating: RatingValue;
}

export interface SessionSummary {
  reviewed: number;
  byRating: Record<RatingValue, number>;
  startedAt: number | null;
}

export interface StudyState {
  /** Until the first read of the database. */
  loaded: boolean;
  settings: Settings | null;
  /** How many cards the chosen decks and eras hold (0 means there is nothing to study at all). */
  total: number;
  current: CardRecord | null;
  revealed: boolean;
  /** A rating suggested by a multiple-choice or ordering answer; the user still confirms it. */
  suggested: RatingValue | null;
  /** The next interval for each rating of the current card, e.g. "10m", "3d". */
  intervals: Record<RatingValue, string> | null;
  counts: QueueCounts;
  /** When nothing is due now: the next learning card later today. */
  nextDue: Date | null;
  undoStack: UndoEntry[];
  session: SessionSummary;
  saving: boolean;
  /** A problem to show, in words a user understands; null when all is well. */
  error: string | null;
  decksLoading: boolean;
  deckProblems: string[];
  reveal: (suggested?: RatingValue | null) => void;
  rate: (rating: RatingValue) => Promise<void>;
  undo: () => Promise<void>;
  /** Re-reads the database (e.g. when a learning card falls due). */
  refresh: () => void;
  deckLoadStarted: () => void;
  deckLoadFinished: (results: DeckFileResult[]) => void;
}

interface Snapshot {
  settings: Settings;
  cards: CardRecord[];
  done: { new: number; review: number };
  dayStart: Date;
  first: StudyFirstEntry[];
}

export interface StudyStoreOptions {
  /** The current time; tests fix it. */
  clock?: () => Date;
  /** Fuzz spreads intervals a little; on in the app, off in tests. */
  fuzz?: boolean;
}

const emptySession = (): SessionSummary => ({
  reviewed: 0,
  byRating: { 1: 0, 2: 0, 3: 0, 4: 0 },
  startedAt: null,
});

export function createStudyStore(database: RecallDb, options: StudyStoreOptions = {}) {
  const clock = options.clock ?? (() => new Date());
  const fuzz = options.fuzz ?? true;
  const cards = new Map<string, CardRecord>();
  let done = { new: 0, review: 0 };
  let first: StudyFirstEntry[] = [];
  let scheduler: Scheduler | null = null;
  let schedulerKey = '';
  let shownAt = 0;
  let subscription: Subscription | null = null;
  /** A live-query result skipped while a rating was being written; read again once it is. */
  let missed = false;

  const schedulerFor = (s: Settings): Scheduler => {
    const key = JSON.stringify([s.desiredRetention, s.maximumInterval, s.learningSteps, s.relearningSteps]);
    if (!scheduler || key !== schedulerKey) {
      scheduler = createScheduler({
        desiredRetention: s.desiredRetention,
        maximumInterval: s.maximumInterval,
        learningSteps: s.learningSteps,
        relearningSteps: s.relearningSteps,
        fuzz,
      });
      schedulerKey = key;
    }
    return scheduler;
  };

  /** Works out the queue from the cards in memory and, unless `keepCurrent`, picks the next card. */
  const arrange = (keepCurrent: boolean) => {
    const settings = store.getState().settings;
    if (!settings) return;
    const now = clock();
    const dayEnd = nextStudyDayStart(now, settings.dayStartHour);
    const base = {
      dayEnd,
      newPerDay: settings.newPerDay,
      reviewsPerDay: settings.reviewsPerDay,
      newDoneToday: done.new,
      reviewsDoneToday: done.review,
      decks: settings.studyDecks,
      eras: settings.studyEras,
    };
    const all = [...cards.values()];
    const queue = putFirst(buildQueue(all, { ...base, now }), all, first, base);
    let next = queue.cards[0] ?? null;
    if (!next && queue.nextLearningDue && queue.nextLearningDue.getTime() - now.getTime() <= LEARN_AHEAD_MS) {
      const ahead = buildQueue(all, { ...base, now: new Date(now.getTime() + LEARN_AHEAD_MS) });
      next = ahead.cards.find((c) => c.state === 1 || c.state === 3) ?? null;
      if (next) queue.counts.learning += 1;
    }
    const current = store.getState().current;
    const stored = current ? cards.get(current.id) : undefined;
    const keep =
      keepCurrent &&
      current &&
      stored &&
      stored.reps === current.reps &&
      queue.cards.some((c) => c.id === current.id) &&
      // A card a quiz just sent first takes the place of one not yet answered.
      !(
        next &&
        next.id !== current.id &&
        !store.getState().revealed &&
        first.some((e) => e.cardId === next.id)
      );
    const shown = keep ? stored : next;
    const changed = shown?.id !== current?.id || !keep;
    if (changed) shownAt = now.getTime();
    store.setState({
      counts: queue.counts,
      nextDue: queue.nextLearningDue,
      total: all.length,
      current: shown ?? null,
      ...(changed ? { revealed: false, suggested: null } : {}),
      intervals: shown ? intervalsFor(schedulerFor(settings), shown, now) : null,
    });
  };

  const accept = (s: Snapshot) => {
    cards.clear();
    for (const c of s.cards) cards.set(c.id, c);
    done = s.done;
    first = s.first;
    store.setState({ settings: s.settings, loaded: true });
    arrange(true);
  };

  const read = async (): Promise<Snapshot> => {
    const settings = await loadSettings(database);
    const now = clock();
    const dayStart = studyDayStart(now, settings.dayStartHour);
    const [list, today, sent] = await Promise.all([
      loadStudyCards(database, settings.studyDecks, settings.studyEras),
      doneSince(database, dayStart),
      listStudyFirst(database, dayStart),
    ]);
    return { settings, cards: list, done: today, dayStart, first: sent };
  };

  const store = create<StudyState>()((set, get) => ({
    loaded: false,
    settings: null,
    total: 0,
    current: null,
    revealed: false,
    suggested: null,
    intervals: null,
    counts: { new: 0, learning: 0, review: 0 },
    nextDue: null,
    undoStack: [],
    session: emptySession(),
    saving: false,
    error: null,
    decksLoading: false,
    deckProblems: [],

    reveal: (suggested = null) => {
      if (!get().current || get().revealed) return;
      set({ revealed: true, suggested });
    },

    rate: async (rating) => {
      const { current, revealed, saving, settings } = get();
      if (!current || !revealed || saving || !settings) return;
      const now = clock();
      const outcome = schedulerFor(settings).rate(current, rating, now);
      set({ saving: true });
      try {
        const duration = Math.min(MAX_DURATION_MS, now.getTime() - shownAt);
        const { card, logId } = await recordReview(database, current, outcome, duration);
        cards.set(card.id, card);
        if (current.state === 0) done = { ...done, new: done.new + 1 };
        else if (current.state === 2) done = { ...done, review: done.review + 1 };
        const session = get().session;
        set({
          error: null,
          undoStack: [...get().undoStack, { before: current, logId, rating }],
          session: {
            reviewed: session.reviewed + 1,
            byRating: { ...session.byRating, [rating]: session.byRating[rating] + 1 },
            startedAt: session.startedAt ?? shownAt,
          },
        });
        arrange(false);
      } catch (e) {
        if (e instanceof StaleCardError) {
          set({ error: 'That card was just studied in another tab, so this rating was not saved.' });
          store.getState().refresh();
        } else {
          set({ error: describeWriteError(e, 'Your rating') });
        }
      } finally {
        set({ saving: false });
        if (missed) {
          missed = false;
          store.getState().refresh();
        }
      }
    },

    undo: async () => {
      const { undoStack, saving } = get();
      const last = undoStack.at(-1);
      if (!last || saving) return;
      set({ saving: true });
      try {
        await undoReview(database, last.before, last.logId);
        cards.set(last.before.id, last.before);
        if (last.before.state === 0) done = { ...done, new: Math.max(0, done.new - 1) };
        else if (last.before.state === 2) done = { ...done, review: Math.max(0, done.review - 1) };
        const session = get().session;
        shownAt = clock().getTime();
        set({
          error: null,
          undoStack: undoStack.slice(0, -1),
          current: last.before,
          revealed: false,
          suggested: null,
          session: {
            ...session,
            reviewed: Math.max(0, session.reviewed - 1),
            byRating: { ...session.byRating, [last.rating]: Math.max(0, session.byRating[last.rating] - 1) },
          },
        });
        arrange(true);
      } catch (e) {
        set({ error: describeWriteError(e, 'The undo') });
      } finally {
        set({ saving: false });
      }
    },

    refresh: () => {
      read().then(accept, (e: unknown) => set({ loaded: true, error: describeWriteError(e, 'Your cards') }));
    },

    deckLoadStarted: () => set({ decksLoading: true }),
    deckLoadFinished: (results) =>
      set({
        decksLoading: false,
        deckProblems: results.flatMap((r) => (r.ok ? [] : [r.message])),
      }),
  }));

  /** Starts following the database (this tab and others); returns a function that stops it. */
  const start = () => {
    subscription ??= liveQuery(read).subscribe({
      next: (s) => {
        // While a rating is being written the store already holds the newer state.
        if (!store.getState().saving) accept(s);
        else missed = true;
      },
      error: (e: unknown) => store.setState({ loaded: true, error: describeWriteError(e, 'Your cards') }),
    });
    return () => {
      subscription?.unsubscribe();
      subscription = null;
    };
  };

  return Object.assign(store, { start });
}

function intervalsFor(scheduler: Scheduler, card: CardRecord, now: Date): Record<RatingValue, string> {
  const preview = scheduler.preview(card, now);
  const out = { 1: '', 2: '', 3: '', 4: '' } as Record<RatingValue, string>;
  for (const r of RATINGS) out[r] = formatInterval(now, preview[r].card.due);
  return out;
}

function describeWriteError(e: unknown, what: string): string {
  const name = e instanceof Error ? e.name : '';
  if (name === 'QuotaExceededError' || (e instanceof Error && /quota/i.test(e.message))) {
    return `Your device is out of storage, so ${what.toLowerCase()} was not saved. Free some space and try again — the card is still here.`;
  }
  return `${what} could not be saved. Try again, or reload the page.`;
}

export const useStudyStore = createStudyStore(appDb);
