// The study session: the cards today's queue can show (read by index, never the whole table), the
// current card, revealed or not, and an undo stack. A rating shows the next card from memory at once
// and is written behind it, in order; a failed write brings the card back. What other tabs or screens
// change arrives through watchChanges, and only the cards it names are read again. Works without
// React (`useStudy` is the hook over it); the database and the clock are passed in.
import { useSyncExternalStore } from 'react';
import { createStore } from 'zustand/vanilla';
import { cardsRatedSince } from '../../db/bury-repo.ts';
import { type DbChanges, watchChanges } from '../../db/changes.ts';
import { db as appDb } from '../../db/db.ts';
import type { DeckFileResult } from '../../db/deck-sync.ts';
import { listStudyFirst } from '../../db/quiz-repo.ts';
import type { CardRecord, RecallDb } from '../../db/schema.ts';
import { loadSettings, type Settings } from '../../db/settings-repo.ts';
import { isQuotaError } from '../../db/storage-errors.ts';
import {
  doneSince,
  getCards,
  hasStudyCards,
  inChoice,
  loadQueueWindow,
  recordReview,
  StaleCardError,
} from '../../db/study-repo.ts';
import { listUndo, pushUndo, UNDO_LIMIT, undoRating } from '../../db/undo-repo.ts';
import { buildQueue, dueToday, LEARN_AHEAD_MS, type QueueCounts } from '../../domain/queue.ts';
import {
  createScheduler,
  formatInterval,
  RATINGS,
  type RatingValue,
  type Scheduler,
} from '../../domain/scheduler.ts';
import { countKeys, type StudiedKeys, siblingKeys } from '../../domain/siblings.ts';
import { nextStudyDayStart, studyDayStart } from '../../domain/study-day.ts';
import { putFirst, type StudyFirstEntry } from '../../domain/study-first.ts';

/** With siblings buried, some new cards read are held back: read this many times the day's room. */
const BURY_READ_FACTOR = 4;
/** Time on a card counts up to this long, so a card left open over lunch does not skew the log. */
const MAX_DURATION_MS = 10 * 60_000;

interface UndoEntry {
  before: CardRecord;
  /** The card as this rating left it: undo only while the stored card is still so. */
  after: CardRecord;
  /** The review log's id, once the rating is written. */
  logId: number | null;
  /** The stored undo entry's id, once kept (see db/undo-repo.ts). */
  undoId: number | null;
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
  /** Whether the chosen decks and eras hold any card at all (false: there is nothing to study). */
  hasCards: boolean;
  current: CardRecord | null;
  revealed: boolean;
  /** A rating suggested by a multiple-choice or ordering answer; the user still confirms it. */
  suggested: RatingValue | null;
  /** The next interval for each rating of the current card, e.g. "10m", "3d". */
  intervals: Record<RatingValue, string> | null;
  counts: QueueCounts;
  /** When nothing is due now: the next learning card later today. */
  nextDue: Date | null;
  /** Learning cards due later today, beyond the learn-ahead limit. */
  learningLater: number;
  /** Cards held back today because a card of the same fact was studied (burying siblings). */
  buried: number;
  /** When the next study day starts (today's limits reset, tomorrow's reviews fall due). */
  nextDayStart: Date | null;
  undoStack: UndoEntry[];
  session: SessionSummary;
  /** An undo is being written (ratings are written behind the next card and never block). */
  saving: boolean;
  /** A problem to show, in words a user understands; null when all is well. */
  error: string | null;
  decksLoading: boolean;
  deckProblems: string[];
  reveal: (suggested?: RatingValue | null) => void;
  /** Rates the current card: the next one shows at once; resolves once the rating is written (or undone by a failure). */
  rate: (rating: RatingValue) => Promise<void>;
  undo: () => Promise<void>;
  /** Reads today's queue again (e.g. when a learning card falls due). */
  refresh: () => void;
  deckLoadStarted: () => void;
  deckLoadFinished: (results: DeckFileResult[]) => void;
}

export interface StudyStoreDeps {
  db: RecallDb;
  /** The current time; tests fix it. */
  clock?: () => Date;
  /** Fuzz spreads intervals a little; on in the app, off in tests. */
  fuzz?: boolean;
}

interface Snapshot {
  settings: Settings;
  cards: CardRecord[];
  newFull: boolean;
  reviewFull: boolean;
  hasCards: boolean;
  done: { new: number; review: number };
  dayStart: Date;
  first: StudyFirstEntry[];
  studied: StudiedKeys;
  /** The stored undo log, read on the first read only. */
  undo: UndoEntry[] | null;
}

const emptySession = (): SessionSummary => ({
  reviewed: 0,
  byRating: { 1: 0, 2: 0, 3: 0, 4: 0 },
  startedAt: null,
});

/** Same card, same schedule: what a rating or an undo changes. */
const sameSchedule = (a: CardRecord, b: CardRecord) =>
  a.reps === b.reps &&
  a.due.getTime() === b.due.getTime() &&
  a.last_review?.getTime() === b.last_review?.getTime() &&
  a.suspended === b.suspended &&
  a.retired === b.retired &&
  // A record read back is a new object: its text is compared, not its identity.
  (a.content === b.content || JSON.stringify(a.content) === JSON.stringify(b.content));

export function createStudyStore({ db, clock = () => new Date(), fuzz = true }: StudyStoreDeps) {
  /** The queue's window onto the cards: what loadQueueWindow read, kept up to date in memory. */
  const cards = new Map<string, CardRecord>();
  let windowFull = { new: false, review: false };
  let done = { new: 0, review: 0 };
  let dayStart = new Date(0);
  /** The cards a quiz sent to the front of today's queue (their cards are held in `cards` too). */
  let first: StudyFirstEntry[] = [];
  /** Sibling keys of the cards rated this study day, for burying. */
  let studied: StudiedKeys = new Map();
  let undoRead = false;
  let scheduler: Scheduler | null = null;
  let schedulerKey = '';
  let shownAt = 0;
  /** Ratings are written one after another, in the order given. */
  let writes: Promise<unknown> = Promise.resolve();
  let pendingWrites = 0;
  /** Bumped by every full read, so an older read finishing late is dropped. */
  let readToken = 0;
  let stopWatching: (() => void) | null = null;
  /** Changes that arrived while a rating was being written; applied once the writes are done. */
  let deferred: DbChanges[] = [];

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
      dayStart,
      learnAheadMs: LEARN_AHEAD_MS,
      bury: settings.burySiblings ? { studied, keysOf: siblingKeys } : null,
      newPerDay: settings.newPerDay,
      reviewsPerDay: settings.reviewsPerDay,
      newDoneToday: done.new,
      reviewsDoneToday: done.review,
      decks: settings.studyDecks,
      eras: settings.studyEras,
    };
    const all = [...cards.values()];
    const queue = putFirst(buildQueue(all, { ...base, now }), all, first, base);
    const next = queue.cards[0] ?? null;
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
      learningLater: queue.learningLater,
      buried: queue.buried,
      nextDayStart: dayEnd,
      hasCards: store.getState().hasCards || all.length > 0,
      current: shown ?? null,
      ...(changed ? { revealed: false, suggested: null } : {}),
      intervals: shown ? intervalsFor(schedulerFor(settings), shown, now) : null,
    });
  };

  const read = async (): Promise<Snapshot> => {
    const started = performance.now();
    const settings = await loadSettings(db);
    const now = clock();
    const start = studyDayStart(now, settings.dayStartHour);
    const today = await doneSince(db, start);
    const choice = { decks: settings.studyDecks, eras: settings.studyEras };
    const factor = settings.burySiblings ? BURY_READ_FACTOR : 1;
    const [window, any, sent, rated, undo] = await Promise.all([
      loadQueueWindow(db, {
        ...choice,
        now,
        dayEnd: nextStudyDayStart(now, settings.dayStartHour),
        newLimit: Math.max(0, settings.newPerDay - today.new) * factor,
        reviewLimit: Math.max(0, settings.reviewsPerDay - today.review) * factor,
      }),
      hasStudyCards(db, choice),
      listStudyFirst(db, start),
      settings.burySiblings ? cardsRatedSince(db, start) : [],
      undoRead ? null : listUndo(db),
    ]);
    // A card sent first leads whatever its due date, so it may lie outside the window: read it too.
    const held = new Set(window.cards.map((c) => c.id));
    const missing = sent.map((e) => e.cardId).filter((id) => !held.has(id));
    const extra = missing.length === 0 ? [] : await getCards(db, missing);
    for (const c of extra) if (c && inChoice(c, choice)) window.cards.push(c);
    // The benchmark reads this measure: building today's queue, settings and counts included.
    try {
      performance.measure('study:queue', { start: started, end: performance.now() });
    } catch {
      // User timing is a bonus for the benchmark; a runtime without it studies all the same.
    }
    const keys = rated.reduce<StudiedKeys>((k, c) => countKeys(k, c, 1), new Map());
    const kept =
      undo?.map((u) => ({
        before: u.before,
        after: u.after,
        logId: u.logId,
        undoId: u.id ?? null,
        rating: u.rating,
      })) ?? null;
    return {
      settings,
      ...window,
      hasCards: any,
      done: today,
      dayStart: start,
      first: sent,
      studied: keys,
      undo: kept,
    };
  };

  const accept = (s: Snapshot) => {
    cards.clear();
    for (const c of s.cards) cards.set(c.id, c);
    windowFull = { new: s.newFull, review: s.reviewFull };
    done = s.done;
    dayStart = s.dayStart;
    first = s.first;
    studied = s.studied;
    if (s.undo && !undoRead) {
      undoRead = true;
      // Ratings made in this session before the first read finished stay on top.
      store.setState({ undoStack: [...s.undo, ...store.getState().undoStack] });
    }
    store.setState({ settings: s.settings, loaded: true, hasCards: s.hasCards });
    arrange(true);
  };

  const reload = () => {
    const token = ++readToken;
    read().then(
      (s) => {
        if (token !== readToken) return;
        if (pendingWrites > 0)
          deferred.push({ cards: 'many', reviews: true, settings: true, decks: true, studyFirst: true });
        else accept(s);
      },
      (e: unknown) => store.setState({ loaded: true, error: describeWriteError(e, 'Your cards') }),
    );
  };

  /** Whether a stored card belongs in the queue's window now. */
  const belongs = (c: CardRecord, settings: Settings, now: Date): boolean => {
    if (!inChoice(c, { decks: settings.studyDecks, eras: settings.studyEras })) return false;
    if (c.state === 0 || first.some((e) => e.cardId === c.id)) return true;
    if (c.state === 2) return dueToday(c, nextStudyDayStart(now, settings.dayStartHour));
    return c.due.getTime() < nextStudyDayStart(now, settings.dayStartHour).getTime();
  };

  /** Applies what changed elsewhere: the named cards are read again; anything larger is a full read. */
  const apply = async (changes: DbChanges) => {
    const settings = store.getState().settings;
    if (!settings || changes.settings || changes.studyFirst || changes.cards === 'many') return reload();
    const now = clock();
    if (studyDayStart(now, settings.dayStartHour).getTime() !== dayStart.getTime()) return reload();
    let refill = false;
    if (changes.reviews) {
      const before = done;
      const [counted, rated] = await Promise.all([
        doneSince(db, dayStart),
        settings.burySiblings ? cardsRatedSince(db, dayStart) : null,
      ]);
      // A rating made meanwhile is counted in memory but not yet in what was read: read again after it.
      if (pendingWrites > 0) {
        deferred.push(changes);
        return;
      }
      done = counted;
      // Another tab's ratings bury siblings here too.
      if (rated) studied = rated.reduce<StudiedKeys>((k, c) => countKeys(k, c, 1), new Map());
      // Fewer done (an undo elsewhere) makes room the window may not hold.
      if ((done.new < before.new && windowFull.new) || (done.review < before.review && windowFull.review))
        refill = true;
    }
    if (changes.cards.length > 0) {
      const stored = await getCards(db, changes.cards);
      changes.cards.forEach((id, i) => {
        const fresh = stored[i];
        const held = cards.get(id);
        if (fresh && held && sameSchedule(fresh, held)) return; // this tab's own write
        if (fresh && belongs(fresh, settings, now)) cards.set(id, fresh);
        else if (held) {
          cards.delete(id);
          if ((held.state === 0 && windowFull.new) || (held.state === 2 && windowFull.review)) refill = true;
        }
      });
    }
    if (refill) return reload();
    arrange(true);
  };

  const onChanges = (changes: DbChanges) => {
    if (pendingWrites > 0) deferred.push(changes);
    else void apply(changes);
  };

  const afterWrites = () => {
    if (pendingWrites > 0 || deferred.length === 0) return;
    const all = deferred;
    deferred = [];
    const many = all.some((c) => c.cards === 'many' || c.settings);
    const ids = new Set(all.flatMap((c) => (c.cards === 'many' ? [] : c.cards)));
    void apply({
      cards: many ? 'many' : [...ids],
      reviews: all.some((c) => c.reviews),
      settings: many,
      decks: all.some((c) => c.decks),
      studyFirst: all.some((c) => c.studyFirst),
    });
  };

  const store = createStore<StudyState>()((set, get) => ({
    loaded: false,
    settings: null,
    hasCards: false,
    current: null,
    revealed: false,
    suggested: null,
    intervals: null,
    counts: { new: 0, learning: 0, review: 0 },
    nextDue: null,
    learningLater: 0,
    buried: 0,
    nextDayStart: null,
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

    rate: (rating) => {
      const { current, revealed, saving, settings } = get();
      if (!current || !revealed || saving || !settings) return Promise.resolve();
      const now = clock();
      const outcome = schedulerFor(settings).rate(current, rating, now);
      const duration = Math.min(MAX_DURATION_MS, now.getTime() - shownAt);
      const { last_review: _old, ...rest } = current;
      const after: CardRecord = { ...rest, ...outcome.card };
      const wasNew = current.state === 0;
      const wasReview = current.state === 2;
      const entry: UndoEntry = { before: current, after, logId: null, undoId: null, rating };
      const bump = (by: 1 | -1) => {
        studied = countKeys(studied, current, by);
        if (wasNew) done = { ...done, new: Math.max(0, done.new + by) };
        else if (wasReview) done = { ...done, review: Math.max(0, done.review + by) };
        const session = get().session;
        set({
          session: {
            reviewed: Math.max(0, session.reviewed + by),
            byRating: { ...session.byRating, [rating]: Math.max(0, session.byRating[rating] + by) },
            startedAt: session.startedAt ?? shownAt,
          },
        });
      };
      // The next card shows now, from memory; the write follows.
      cards.set(after.id, after);
      bump(1);
      set({ error: null, undoStack: [...get().undoStack, entry].slice(-UNDO_LIMIT) });
      arrange(false);
      pendingWrites += 1;
      const write = writes.then(async () => {
        try {
          const { card, logId } = await recordReview(db, current, outcome, duration);
          entry.logId = logId;
          entry.after = card;
          if (cards.get(card.id) === after) cards.set(card.id, card);
          try {
            entry.undoId = await pushUndo(db, { before: current, after: card, logId, rating, at: now });
          } catch {
            // The rating is saved; only undo after a reload is lost, and undo in this tab still works.
          }
        } catch (e) {
          // Not saved: the card comes back as it was, answer shown, and the error says why.
          if (cards.get(current.id) === after) cards.set(current.id, current);
          bump(-1);
          shownAt = clock().getTime();
          set({
            undoStack: get().undoStack.filter((u) => u !== entry),
            current,
            revealed: true,
            suggested: null,
            error:
              e instanceof StaleCardError
                ? 'That card was just studied in another tab, so this rating was not saved.'
                : describeWriteError(e, 'Your rating'),
          });
          arrange(true);
          if (e instanceof StaleCardError)
            deferred.push({
              cards: [current.id],
              reviews: true,
              settings: false,
              decks: false,
              studyFirst: false,
            });
        } finally {
          pendingWrites -= 1;
          afterWrites();
        }
      });
      writes = write;
      return write;
    },

    undo: async () => {
      if (get().saving || get().undoStack.length === 0) return;
      set({ saving: true });
      try {
        await writes;
        const last = get().undoStack.at(-1);
        if (!last || last.logId === null) return;
        pendingWrites += 1;
        try {
          await undoRating(db, last.undoId, last.before, last.after, last.logId);
        } finally {
          pendingWrites -= 1;
        }
        cards.set(last.before.id, last.before);
        studied = countKeys(studied, last.before, -1);
        if (last.before.state === 0) done = { ...done, new: Math.max(0, done.new - 1) };
        else if (last.before.state === 2) done = { ...done, review: Math.max(0, done.review - 1) };
        const session = get().session;
        shownAt = clock().getTime();
        set({
          error: null,
          undoStack: get().undoStack.slice(0, -1),
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
        if (e instanceof StaleCardError) {
          // That rating stays: another tab has built on it. Nothing older can be undone past it.
          set({
            error:
              'That card was studied again in another tab, so your rating of it stays and cannot be undone here.',
            undoStack: [],
          });
        } else set({ error: describeWriteError(e, 'The undo') });
      } finally {
        set({ saving: false });
        afterWrites();
      }
    },

    refresh: reload,

    deckLoadStarted: () => set({ decksLoading: true }),
    deckLoadFinished: (results) =>
      set({
        decksLoading: false,
        deckProblems: results.flatMap((r) => (r.ok ? [] : [r.message])),
      }),
  }));

  /** Reads today's queue and follows the database (this tab and others); returns a function that stops it. */
  const start = () => {
    if (!stopWatching) {
      stopWatching = watchChanges(db, onChanges);
      reload();
    }
    return () => {
      stopWatching?.();
      stopWatching = null;
    };
  };

  return Object.assign(store, { start });
}

export type StudyStore = ReturnType<typeof createStudyStore>;

function intervalsFor(scheduler: Scheduler, card: CardRecord, now: Date): Record<RatingValue, string> {
  const preview = scheduler.preview(card, now);
  const out = { 1: '', 2: '', 3: '', 4: '' } as Record<RatingValue, string>;
  for (const r of RATINGS) out[r] = formatInterval(now, preview[r].card.due);
  return out;
}

function describeWriteError(e: unknown, what: string): string {
  if (isQuotaError(e)) {
    return `Your device is out of storage, so ${what.toLowerCase()} was not saved. Free some space and try again — the card is still here.`;
  }
  return `${what} could not be saved. Try again, or reload the page.`;
}

/** The app's study session. */
export const studyStore = createStudyStore({ db: appDb });

/** The part of the study session a component shows; re-renders only when that part changes. */
export function useStudy<T>(select: (state: StudyState) => T, store: StudyStore = studyStore): T {
  return useSyncExternalStore(store.subscribe, () => select(store.getState()));
}
