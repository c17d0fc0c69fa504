// The IndexedDB database: its tables, records and every schema version. The only module (with the
// repositories beside it) that imports Dexie.
import { Dexie, type EntityTable } from 'dexie';
import type { CardEdit } from '../domain/card-edit.ts';
import type { CardKind, Conflict, DeckCard, Era, Fact, Source } from '../domain/deck-schema.ts';
import { type ArticleId, type CardId, type DeckId, deckCardId } from '../domain/ids.ts';

/** A deck as loaded from a shipped or imported deck file (its cards live in `cards`). */
export interface DeckRecord {
  id: DeckId;
  title: string;
  description: string;
  /** The deck file's content hash; a new one means the deck changed. */
  version: string;
  eras: Era[];
  sources: Source[];
  facts: Fact[];
  /** Where the deck came from. */
  origin: 'shipped' | 'imported';
  loadedAt: Date;
}

/** 0 = New, 1 = Learning, 2 = Review, 3 = Relearning (ts-fsrs's State values). */
export type CardStateValue = 0 | 1 | 2 | 3;

/**
 * A study card: the deck card's content plus ts-fsrs's card fields kept as they are.
 * Booleans are stored as 0/1 because IndexedDB cannot index booleans.
 */
export interface CardRecord {
  id: CardId;
  deckId: DeckId;
  era: string;
  kind: CardKind;
  content: DeckCard;
  conflict: Conflict | null;
  // ts-fsrs card fields
  due: Date;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: CardStateValue;
  last_review?: Date;
  suspended: 0 | 1;
  /** 1 when a newer deck no longer has this card: hidden from study, history kept. */
  retired: 0 | 1;
  /** The person's own edit, already applied to `content`; deck updates keep it. */
  edit?: CardEdit;
}

/** One rating, append-only. */
export interface ReviewRecord {
  id?: number;
  cardId: CardId;
  deckId: DeckId;
  rating: 1 | 2 | 3 | 4;
  stateBefore: CardStateValue;
  state: CardStateValue;
  due: Date;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  review: Date;
  /** How long the answer took, in milliseconds. */
  durationMs: number;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

/** An article the user pasted or imported, kept so decks can be regenerated from it. */
export interface ArticleRecord {
  id: ArticleId;
  title: string;
  text: string;
  addedAt: Date;
  deckId: DeckId | null;
}

/** One question of a finished quiz: what was asked, what was given, and its grade. */
export interface QuizAnswerRecord {
  cardId: CardId;
  era: string;
  /** How it was asked: pick one of four, type it, or put events in order. */
  mode: 'choice' | 'typed' | 'order';
  /** The choice picked, the text typed, or the order given; empty when time ran out first. */
  given: string;
  grade: 'right' | 'partial' | 'wrong';
}

/** A finished quiz, kept for the history: when, how it was set, and every answer. */
export interface QuizResultRecord {
  id?: number;
  takenAt: Date;
  settings: {
    decks: string[];
    eras: string[];
    modes: QuizAnswerRecord['mode'][];
    count: number;
    /** 0 for no time limit. */
    minutes: number;
  };
  answers: QuizAnswerRecord[];
  durationMs: number;
  /** True when the time limit ended the quiz. */
  timedOut: boolean;
}

/** A card a quiz sent to the front of Study; it stays there until it is next rated. */
export interface StudyFirstRecord {
  cardId: CardId;
  addedAt: Date;
}

/**
 * One rating that can still be undone (the last 30, as Anki keeps): the card before and after it and
 * its review log, kept so undo survives leaving Study and a reload.
 */
export interface UndoRecord {
  id?: number;
  before: CardRecord;
  /** The card as the rating left it: undo only while the stored card is still so. */
  after: CardRecord;
  logId: number;
  rating: 1 | 2 | 3 | 4;
  at: Date;
}

export const DB_NAME = 'css-recall';

export type RecallDb = Dexie & {
  decks: EntityTable<DeckRecord, 'id'>;
  cards: EntityTable<CardRecord, 'id'>;
  reviews: EntityTable<ReviewRecord, 'id'>;
  settings: EntityTable<SettingRecord, 'key'>;
  articles: EntityTable<ArticleRecord, 'id'>;
  quizResults: EntityTable<QuizResultRecord, 'id'>;
  studyFirst: EntityTable<StudyFirstRecord, 'cardId'>;
  undo: EntityTable<UndoRecord, 'id'>;
};

/** The newest schema version `declareSchema` declares. */
export const SCHEMA_VERSION = 5;

/** Declares every schema version in order; later versions add `.upgrade()` steps. */
export function declareSchema(db: Dexie): void {
  db.version(1).stores({
    decks: '&id',
    cards: '&id, deckId, [deckId+era], due, state, kind, suspended, retired',
    reviews: '++id, cardId, deckId, review',
    settings: '&key',
    articles: '&id, addedAt',
  });
  // 2: the study queue reads by index what it shows. [state+due] gives the due reviews and learning
  // cards in due order, [state+deckId+due] the new cards in deck order; [stateBefore+review] counts
  // today's new cards and reviews without reading a log. Indexes only: no record changes.
  db.version(2).stores({
    cards: '&id, deckId, [deckId+era], due, state, kind, suspended, retired, [state+due], [state+deckId+due]',
    reviews: '++id, cardId, deckId, review, [stateBefore+review]',
  });
  // 3: card ids are namespaced by deck (`deck:card`), so two decks never share one. Reviews
  // follow their card; a review whose card is gone takes the id its card would have had. The stores
  // are version 2's (a version without stores() keeps the previous one's).
  db.version(3).upgrade(async (tx) => {
    const cards = tx.table<CardRecord, string>('cards');
    const old = await cards.filter((c) => !c.id.startsWith(`${c.deckId}:`)).toArray();
    await cards.bulkDelete(old.map((c) => c.id));
    await cards.bulkAdd(old.map((c) => ({ ...c, id: deckCardId(c.deckId, c.id) })));
    await tx
      .table<ReviewRecord, number>('reviews')
      .toCollection()
      .modify((r) => {
        r.cardId = deckCardId(r.deckId, r.cardId);
      });
  });
  // 4 (issue 14): quiz results with their history, and the cards a quiz sends to Study first. New
  // tables only; the card ids they hold are the namespaced ones of version 3.
  db.version(4).stores({ quizResults: '++id, takenAt', studyFirst: '&cardId, addedAt' });
  // 5 (issue 14): the ratings that can still be undone, so undo survives a reload. A new table only.
  db.version(5).stores({ undo: '++id' });
}

/** Opens (lazily, on first use) the database with the given name. */
export function createDb(name: string = DB_NAME): RecallDb {
  // Strict durability (Chromium): a write is reported done only once it is on disk, so a rating the
  // app confirmed survives a crash or a power cut. Other browsers are strict already.
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as RecallDb;
  declareSchema(db);
  return db;
}
