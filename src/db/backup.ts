// Backups: everything a person would lose with the browser's data (cards with their schedules and the
// person's edits, every review, settings, imported decks and their articles, quiz results and the cards
// sent to Study, other features' tables) as one JSON file; and restoring one in a single transaction,
// replacing this device's data or merged with it.
import { deckText, layEdit } from '../domain/card-edit.ts';
import { asDeckId, type CardId, deckCardId } from '../domain/ids.ts';
import { replaySchedule } from '../domain/replay.ts';
import { createScheduler, newSchedulingFields } from '../domain/scheduler.ts';
import {
  BACKUP_FORMAT,
  BACKUP_KIND,
  type Backup,
  type BackupCard,
  type BackupQuizResult,
  type BackupReview,
  CORE_TABLES,
} from './backup-schema.ts';
import type {
  ArticleRecord,
  CardRecord,
  DeckRecord,
  QuizResultRecord,
  RecallDb,
  ReviewRecord,
  SettingRecord,
  StudyFirstRecord,
} from './schema.ts';
import { isSettingKey, loadSettings, settingProblem } from './settings-repo.ts';

export type RestoreMode = 'replace' | 'merge';

export interface RestoreSummary {
  /** Cards written with the file's progress (or progress recomputed from the merged history). */
  cards: number;
  /** Reviews added to this device's history. */
  reviews: number;
  /** Cards in the backup that no deck on this device or in the file has (their reviews are kept). */
  unknownCards: number;
  /** Cards whose schedule was computed again from their merged review history. */
  recomputed: number;
  decks: number;
  articles: number;
}

/** What a checked backup holds, to show before asking replace or merge. */
export interface BackupContents {
  format: 1 | 2;
  exportedAt: Date | null;
  /** Titles of the imported decks in the file. */
  decks: string[];
  cards: number;
  /** Cards that have been studied or suspended. */
  studied: number;
  reviews: number;
  articles: number;
  settings: number;
  /** Cards with the person's own text. */
  edited: number;
  quizResults: number;
}

export function backupContents(b: Backup): BackupContents {
  if (b.format === 1) {
    return {
      format: 1,
      exportedAt: b.exportedAt,
      decks: [],
      cards: b.legacyCards.length,
      studied: b.legacyCards.filter((c) => c.reps > 0 || c.suspended).length,
      reviews: b.reviews.length,
      articles: 0,
      settings: b.settings.length,
      edited: 0,
      quizResults: 0,
    };
  }
  return {
    format: 2,
    exportedAt: b.exportedAt,
    decks: b.decks.map((d) => d.title),
    cards: b.cards.length,
    studied: b.cards.filter((c) => c.reps > 0 || c.suspended).length,
    reviews: b.reviews.length,
    articles: b.articles.length,
    settings: b.settings.length,
    edited: b.cards.filter((c) => c.edit).length,
    quizResults: b.quizResults.length,
  };
}

/** JSON for a stored value of another feature's table: dates become `{ "$date": iso }`. */
function encodeRow(value: unknown): unknown {
  if (value instanceof Date) return { $date: value.toISOString() };
  if (Array.isArray(value)) return value.map(encodeRow);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encodeRow(v)]));
  }
  return value;
}

function decodeRow(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeRow);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 1 && entries[0]?.[0] === '$date' && typeof entries[0][1] === 'string') {
      return new Date(entries[0][1]);
    }
    // Own properties only, onto a plain object: a "__proto__" key stays an ordinary key.
    const out: Record<string, unknown> = {};
    for (const [k, v] of entries)
      Object.defineProperty(out, k, {
        value: decodeRow(v),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    return out;
  }
  return value;
}

const iso = (d: Date) => d.toISOString();
const isDate = (d: unknown): d is Date => d instanceof Date && !Number.isNaN(d.getTime());

/**
 * Everything in the database as a backup file's JSON object (format 2). One read transaction. A
 * stored value no backup may hold is not written: a review whose date is not a date is left out (it
 * can be neither shown nor replayed), an unusable article or deck date becomes `now`; so the app's
 * own backup is always one it accepts.
 */
export async function exportBackup(db: RecallDb, now: Date): Promise<unknown> {
  return db.transaction('r', db.tables, async () => {
    const decks = (await db.decks.toArray()).filter((d) => d.origin === 'imported');
    const cards = await db.cards.toArray();
    const reviews = (await db.reviews.toArray()).filter((r) => isDate(r.review) && isDate(r.due));
    const settings = (await db.settings.toArray()).filter(
      (s) => isSettingKey(s.key) && settingProblem(s.key, s.value) === null,
    );
    const articles = await db.articles.toArray();
    const cardIds = new Set<string>(cards.map((c) => c.id));
    const quizResults = (await db.quizResults.toArray()).filter((q) => isDate(q.takenAt));
    // A card sent to Study whose card is gone (its deck deleted) sends nothing: it is left out.
    const studyFirst = (await db.studyFirst.toArray()).filter(
      (f) => cardIds.has(f.cardId) && isDate(f.addedAt),
    );
    const extra: Record<string, unknown[]> = {};
    for (const table of db.tables) {
      if (!CORE_TABLES.includes(table.name)) extra[table.name] = (await table.toArray()).map(encodeRow);
    }
    return {
      kind: BACKUP_KIND,
      format: BACKUP_FORMAT,
      exportedAt: iso(now),
      decks: decks.map((d) => ({ ...d, loadedAt: iso(isDate(d.loadedAt) ? d.loadedAt : now) })),
      cards: cards.map(({ last_review, edit, ...c }) => ({
        ...c,
        due: iso(c.due),
        ...(last_review ? { last_review: iso(last_review) } : {}),
        ...(edit ? { edit: { ...edit, editedAt: iso(isDate(edit.editedAt) ? edit.editedAt : now) } } : {}),
      })),
      removedCards: [...new Set(reviews.map((r) => r.cardId).filter((id) => !cardIds.has(id)))],
      reviews: reviews.map(({ id: _id, ...r }) => ({ ...r, due: iso(r.due), review: iso(r.review) })),
      settings,
      articles: articles.map((a) => ({ ...a, addedAt: iso(isDate(a.addedAt) ? a.addedAt : now) })),
      quizResults: quizResults.map(({ id: _id, ...q }) => ({ ...q, takenAt: iso(q.takenAt) })),
      studyFirst: studyFirst.map((f) => ({ ...f, addedAt: iso(f.addedAt) })),
      extra,
    };
  });
}

const reviewKey = (r: { cardId: string; review: Date }) => `${r.cardId}\u0000${r.review.getTime()}`;

function schedulingOf(c: BackupCard | CardRecord) {
  const out = {
    due: c.due,
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: c.elapsed_days,
    scheduled_days: c.scheduled_days,
    learning_steps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
  };
  return c.last_review ? { ...out, last_review: c.last_review } : out;
}

/** A backup card as the card record it stands for. */
function cardRecordOf(c: BackupCard): CardRecord {
  return {
    id: c.id as CardId,
    deckId: asDeckId(c.deckId),
    era: c.era,
    kind: c.kind,
    content: c.content,
    conflict: c.conflict,
    ...schedulingOf(c),
    suspended: c.suspended,
    retired: c.retired,
    ...(c.edit ? { edit: c.edit } : {}),
  };
}

/**
 * The device's card with `from`'s schedule and suspension; its deck and the deck's text stay this
 * device's, with `from`'s edit (or none) laid over that text.
 */
function withProgress(device: CardRecord, from: BackupCard | CardRecord): CardRecord {
  const { last_review: _old, edit: mine, ...rest } = device;
  const deck = deckText(device.content, mine);
  const shown = from.edit ? layEdit(deck, from.edit) : { content: deck };
  return { ...rest, ...schedulingOf(from), suspended: from.suspended, ...shown };
}

/** The later of two edits of a card (a merge keeps the one made last), or the only one. */
function laterEdit(device: CardRecord, from: BackupCard): CardRecord {
  if (!from.edit || (device.edit && device.edit.editedAt.getTime() >= from.edit.editedAt.getTime())) {
    return device;
  }
  const { edit: mine, ...rest } = device;
  return { ...rest, ...layEdit(deckText(device.content, mine), from.edit) };
}

const quizKey = (q: { takenAt: Date }) => q.takenAt.getTime();

/** A backup in the shape of format 2, format 1 cards resolved against this device's cards. */
interface Plan {
  cards: BackupCard[];
  reviews: BackupReview[];
  settings: SettingRecord[];
  decks: DeckRecord[];
  articles: ArticleRecord[];
  /** Null for a format 1 file, which holds no quiz data: this device's stays. */
  quizResults: BackupQuizResult[] | null;
  studyFirst: StudyFirstRecord[];
  extra: Record<string, unknown[]> | null;
  unknownCards: number;
}

async function planOf(db: RecallDb, b: Backup): Promise<Plan> {
  if (b.format === 2) {
    return {
      cards: b.cards,
      reviews: b.reviews,
      settings: b.settings,
      decks: b.decks.map((d) => ({ ...d, id: asDeckId(d.id) })),
      articles: b.articles.map((a) => ({
        ...a,
        id: a.id as ArticleRecord['id'],
        deckId: a.deckId === null ? null : asDeckId(a.deckId),
      })),
      quizResults: b.quizResults,
      studyFirst: b.studyFirst.map((f) => ({ ...f, cardId: f.cardId as CardId })),
      extra: b.extra,
      unknownCards: 0,
    };
  }
  // Format 1 named cards by their id in the deck file; this device keeps them as "deck:card".
  const device = await db.cards.toArray();
  const byLocalId = new Map<string, CardRecord>();
  for (const c of device) {
    const local = c.id.slice(c.id.indexOf(':') + 1);
    const taken = byLocalId.get(local);
    if (!taken || (taken.deckId.startsWith('imported-') && !c.deckId.startsWith('imported-'))) {
      byLocalId.set(local, c);
    }
    byLocalId.set(c.id, c);
  }
  const cards: BackupCard[] = [];
  let unknownCards = 0;
  for (const p of b.legacyCards) {
    const found = byLocalId.get(p.id);
    if (!found) {
      unknownCards += 1;
      continue;
    }
    const { id: _id, ...progress } = p;
    const { last_review: _old, ...rest } = found;
    cards.push({ ...rest, ...progress });
  }
  return {
    cards,
    reviews: b.reviews.map((r) => ({ ...r, cardId: deckCardId(asDeckId(r.deckId), r.cardId) })),
    settings: b.settings,
    decks: [],
    articles: [],
    quizResults: null,
    studyFirst: [],
    extra: null,
    unknownCards,
  };
}

/**
 * Restores a checked backup in one transaction over every table: all of it or, on any error, none.
 * `replace` makes this device's progress, history, settings, imported decks and articles the file's;
 * `merge` keeps this device's and adds the file's: a review in both is kept once, and a card that gains
 * reviews gets its schedule computed again from its whole history. Format 1 files hold no decks or
 * articles, so those stay as they are. Throws the browser's error (a full disk, say) with nothing written.
 */
export async function restoreBackup(
  db: RecallDb,
  backup: Backup,
  mode: RestoreMode,
  now: Date,
): Promise<RestoreSummary> {
  return db.transaction('rw', db.tables, async () => {
    const plan = await planOf(db, backup);
    return mode === 'replace' ? replaceWith(db, plan, now) : mergeWith(db, plan);
  });
}

async function replaceWith(db: RecallDb, plan: Plan, now: Date): Promise<RestoreSummary> {
  const summary: RestoreSummary = {
    cards: 0,
    reviews: plan.reviews.length,
    unknownCards: plan.unknownCards,
    recomputed: 0,
    decks: plan.decks.length,
    articles: plan.articles.length,
  };
  await db.settings.clear();
  await db.settings.bulkPut(plan.settings);
  await db.reviews.clear();
  await db.reviews.bulkAdd(plan.reviews as ReviewRecord[]);
  const fullFile = plan.extra !== null;
  if (fullFile) {
    const imported = (await db.decks.toArray()).filter((d) => d.origin === 'imported').map((d) => d.id);
    await db.cards.where('deckId').anyOf(imported).delete();
    await db.decks.bulkDelete(imported);
    await db.articles.clear();
    await db.decks.bulkAdd(plan.decks);
    await db.articles.bulkAdd(plan.articles);
  }
  const decks = new Set<string>((await db.decks.toArray()).map((d) => d.id));
  const device = new Map((await db.cards.toArray()).map((c) => [c.id as string, c]));
  const puts: CardRecord[] = [];
  for (const c of plan.cards) {
    const mine = device.get(c.id);
    device.delete(c.id);
    if (mine) puts.push(withProgress(mine, c));
    else if (decks.has(c.deckId)) puts.push(cardRecordOf(c));
    else {
      summary.unknownCards += 1;
      continue;
    }
    summary.cards += 1;
  }
  // Cards the file does not have start again as new.
  for (const mine of device.values()) {
    const { last_review: _old, ...rest } = mine;
    puts.push({ ...rest, ...newSchedulingFields(now), suspended: 0 });
  }
  await db.cards.bulkPut(puts);
  if (plan.quizResults) {
    await db.quizResults.clear();
    await db.quizResults.bulkAdd(plan.quizResults as QuizResultRecord[]);
    await db.studyFirst.clear();
    const kept = new Set(puts.map((c) => c.id as string));
    await db.studyFirst.bulkAdd(plan.studyFirst.filter((f) => kept.has(f.cardId)));
  }
  if (plan.extra) {
    for (const table of db.tables) {
      if (CORE_TABLES.includes(table.name)) continue;
      await table.clear();
      const rows = plan.extra[table.name];
      if (rows) await table.bulkPut(rows.map(decodeRow));
    }
  }
  return summary;
}

async function mergeWith(db: RecallDb, plan: Plan): Promise<RestoreSummary> {
  const summary: RestoreSummary = {
    cards: 0,
    reviews: 0,
    unknownCards: plan.unknownCards,
    recomputed: 0,
    decks: 0,
    articles: 0,
  };
  const mineSettings = new Set((await db.settings.toArray()).map((s) => s.key));
  await db.settings.bulkPut(plan.settings.filter((s) => !mineSettings.has(s.key)));

  const deckIds = new Set<string>((await db.decks.toArray()).map((d) => d.id));
  const newDecks = plan.decks.filter((d) => !deckIds.has(d.id));
  await db.decks.bulkAdd(newDecks);
  summary.decks = newDecks.length;
  for (const d of newDecks) deckIds.add(d.id);
  const articleIds = new Set<string>((await db.articles.toArray()).map((a) => a.id));
  const newArticles = plan.articles.filter((a) => !articleIds.has(a.id));
  await db.articles.bulkAdd(newArticles);
  summary.articles = newArticles.length;

  const deviceReviews = await db.reviews.toArray();
  const seen = new Set(deviceReviews.map(reviewKey));
  const fresh = plan.reviews.filter((r) => !seen.has(reviewKey(r)));
  await db.reviews.bulkAdd(fresh as ReviewRecord[]);
  summary.reviews = fresh.length;

  const history = new Map<string, ReviewRecord[]>();
  for (const r of [...deviceReviews, ...(fresh as ReviewRecord[])]) {
    const list = history.get(r.cardId) ?? [];
    list.push(r);
    history.set(r.cardId, list);
  }
  const deviceCount = new Map<string, number>();
  for (const r of deviceReviews) deviceCount.set(r.cardId, (deviceCount.get(r.cardId) ?? 0) + 1);
  const fileCount = new Map<string, number>();
  for (const r of plan.reviews) fileCount.set(r.cardId, (fileCount.get(r.cardId) ?? 0) + 1);

  const settings = await loadSettings(db);
  const scheduler = createScheduler({ ...settings, fuzz: false });
  const recomputed = (id: string, from: number) => {
    const all = history.get(id) ?? [];
    return all.length > from ? replaySchedule(scheduler, all) : null;
  };
  const device = new Map((await db.cards.toArray()).map((c) => [c.id as string, c]));
  const fileCards = new Map(plan.cards.map((c) => [c.id, c]));
  const puts: CardRecord[] = [];
  for (const c of plan.cards) {
    const mine = device.get(c.id);
    if (!mine && !deckIds.has(c.deckId)) {
      summary.unknownCards += 1;
      continue;
    }
    const base = mine ? laterEdit(mine, c) : cardRecordOf(c);
    const replayed = recomputed(c.id, mine ? (deviceCount.get(c.id) ?? 0) : (fileCount.get(c.id) ?? 0));
    if (replayed) {
      const { last_review: _old, ...rest } = base;
      puts.push({ ...rest, ...replayed });
      summary.recomputed += 1;
    } else if (base !== mine) puts.push(base);
    summary.cards += 1;
  }
  // A card the file does not have may still gain reviews from it (the file's card was removed there).
  for (const [id, mine] of device) {
    if (fileCards.has(id)) continue;
    const replayed = recomputed(id, deviceCount.get(id) ?? 0);
    if (!replayed) continue;
    const { last_review: _old, ...rest } = mine;
    puts.push({ ...rest, ...replayed });
    summary.recomputed += 1;
  }
  await db.cards.bulkPut(puts);

  if (plan.quizResults) {
    const taken = new Set((await db.quizResults.toArray()).map(quizKey));
    await db.quizResults.bulkAdd(
      plan.quizResults.filter((q) => !taken.has(quizKey(q))) as QuizResultRecord[],
    );
    // A card this device already sends first keeps its place; the file's others join, if the card is here.
    const here = new Set<string>((await db.cards.toArray()).map((c) => c.id));
    const sent = new Set<string>((await db.studyFirst.toArray()).map((f) => f.cardId));
    await db.studyFirst.bulkAdd(plan.studyFirst.filter((f) => here.has(f.cardId) && !sent.has(f.cardId)));
  }

  if (plan.extra) {
    for (const table of db.tables) {
      const rows = plan.extra[table.name];
      if (CORE_TABLES.includes(table.name) || !rows) continue;
      const keyPath = table.schema.primKey.keyPath;
      if (typeof keyPath !== 'string') continue;
      const fresh: unknown[] = [];
      for (const row of rows.map(decodeRow) as Record<string, unknown>[]) {
        const key = row[keyPath];
        if (key === undefined || (await table.get(key as never)) === undefined) fresh.push(row);
      }
      await table.bulkAdd(fresh);
    }
  }
  return summary;
}
