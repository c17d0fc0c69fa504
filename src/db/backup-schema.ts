// The backup file: its format, and checking a file before anything of it is written. Every field is
// checked for type and range, ids for uniqueness, references for their target; a refusal says in words
// what is wrong and where. Format 1 (progress only, card ids without their deck) is still read.
import * as v from 'valibot';
import { checkEdit, editableFields, sameFields } from '../domain/card-edit.ts';
import {
  CardKindSchema,
  ConflictSchema,
  DeckCardSchema,
  EraSchema,
  FactSchema,
  SourceSchema,
} from '../domain/deck-schema.ts';
import { MAX_ARTICLE_CHARS } from '../domain/imported-deck.ts';
import { isSettingKey, SETTING_LABELS, type Settings, settingProblem } from './settings-repo.ts';

export const BACKUP_KIND = 'css-recall-backup';
/** The tables a format 2 file holds by name; any other table is kept as it is, under `extra`. */
export const CORE_TABLES: readonly string[] = [
  'decks',
  'cards',
  'reviews',
  'settings',
  'articles',
  'quizResults',
  'studyFirst',
];
export const BACKUP_FORMAT = 2;

/** The largest backup file read, in bytes (and characters). */
export const MAX_BACKUP_BYTES = 100 * 1024 * 1024;
/** How deep arrays and objects may nest; the deepest the app writes is 7. */
export const MAX_NESTING = 32;
/** The longest string anywhere in a backup: an article's text. */
export const MAX_STRING_CHARS = MAX_ARTICLE_CHARS;
const MAX_ID_CHARS = 200;
/** The longest question, answer, option or note of a card. */
const MAX_CARD_TEXT = 10_000;
const MAX_ROWS = 1_000_000;
/** Dates outside these years are no dates the app made. */
const FIRST_YEAR = 1970;
const LAST_YEAR = 2200;
/** ts-fsrs's longest interval, in days. */
const MAX_DAYS = 36500;

/** An object with exactly these fields: an unknown one (even "__proto__") is refused by name. */
function record<const E extends v.ObjectEntries>(entries: E) {
  return v.strictObject(entries, (issue) => {
    if (issue.expected === 'never') return 'is not a field this app knows';
    if (issue.received === 'undefined' && issue.expected?.startsWith('"')) return 'is missing';
    return 'must be an object';
  });
}

const DateString = v.pipe(
  v.string('must be a date'),
  v.maxLength(40, 'must be a date'),
  v.isoTimestamp('must be a date such as 2026-03-01T10:00:00.000Z'),
  v.transform((s) => new Date(s)),
  v.check((d) => {
    const y = d.getUTCFullYear();
    return !Number.isNaN(d.getTime()) && y >= FIRST_YEAR && y <= LAST_YEAR;
  }, `must be a real date between ${FIRST_YEAR} and ${LAST_YEAR}`),
);
const Id = v.pipe(v.string('must be an id'), v.minLength(1, 'must not be empty'), v.maxLength(MAX_ID_CHARS));
const DeckIdString = v.pipe(Id, v.regex(/^[a-z0-9-]+$/, 'must be a deck id (small letters, digits, -)'));
const State = v.picklist([0, 1, 2, 3], 'must be a card state (0, 1, 2 or 3)');
const Rating = v.picklist([1, 2, 3, 4], 'must be a rating (1, 2, 3 or 4)');
const Count = v.pipe(
  v.number('must be a number'),
  v.integer('must be a whole number'),
  v.minValue(0, 'must not be negative'),
  v.maxValue(1_000_000, 'is too large'),
);
const Days = v.pipe(
  v.number('must be a number'),
  v.finite('must be a finite number'),
  v.minValue(0, 'must not be negative'),
  v.maxValue(MAX_DAYS, `must be at most ${MAX_DAYS} days`),
);
const Stability = v.pipe(
  v.number('must be a number'),
  v.finite('must be a finite number'),
  v.minValue(0, 'must not be negative'),
  v.maxValue(MAX_DAYS * 10, 'is too large'),
);
const Difficulty = v.pipe(
  v.number('must be a number'),
  v.finite('must be a finite number'),
  v.minValue(0, 'must be from 0 to 10'),
  v.maxValue(10, 'must be from 0 to 10'),
);
const Flag = v.picklist([0, 1], 'must be 0 or 1');

const scheduling = {
  due: DateString,
  stability: Stability,
  difficulty: Difficulty,
  elapsed_days: Days,
  scheduled_days: Days,
  learning_steps: Count,
  reps: Count,
  lapses: Count,
  state: State,
  last_review: v.optional(DateString),
};

/** A studied card needs a positive stability and a last review; a new one has neither. */
const studiedCardIsWhole = (c: { state: number; stability: number; last_review?: Date | undefined }) =>
  c.state === 0 || (c.stability > 0 && c.last_review !== undefined);
const STUDIED_MESSAGE = 'a studied card must have a positive stability and a last review';

const CardText = v.pipe(v.string('must be a text'), v.maxLength(MAX_CARD_TEXT, 'is too long'));
/** A card's editable text: question, answer, note and (multiple choice) its four options. */
const EditFieldsSchema = record({
  prompt: CardText,
  answer: CardText,
  explanation: CardText,
  choices: v.exactOptional(
    v.pipe(v.array(CardText, 'must be a list of options'), v.length(4, 'must be four options')),
  ),
});
/** A person's edit of a card, as `CardRecord.edit` keeps it; its fields must be ones the editor saves. */
const CardEditSchema = record({
  fields: v.pipe(
    EditFieldsSchema,
    v.check(
      (f) => checkEdit(f).length === 0,
      'must be an edit the app can save (a question, an answer, and four different options with the answer among them)',
    ),
  ),
  shipped: EditFieldsSchema,
  editedAt: DateString,
  deckChanged: v.boolean('must be true or false'),
});

const CardSchema = v.pipe(
  record({
    id: Id,
    deckId: DeckIdString,
    era: v.pipe(v.string(), v.maxLength(MAX_ID_CHARS)),
    kind: CardKindSchema,
    content: DeckCardSchema,
    conflict: v.nullable(ConflictSchema),
    ...scheduling,
    suspended: Flag,
    retired: Flag,
    edit: v.exactOptional(CardEditSchema),
  }),
  v.check((c) => studiedCardIsWhole(c), STUDIED_MESSAGE),
  // An edit is kept already laid over the card's text: the text shown must be the edit's.
  v.check(
    (c) => !c.edit || sameFields(editableFields(c.content), c.edit.fields),
    'an edited card’s text must be its edit’s',
  ),
);

const ReviewSchema = record({
  cardId: Id,
  deckId: DeckIdString,
  rating: Rating,
  stateBefore: State,
  state: State,
  due: DateString,
  stability: v.pipe(
    Stability,
    v.check((n) => n > 0, 'must be positive'),
  ),
  difficulty: v.pipe(
    Difficulty,
    v.check((n) => n >= 1, 'must be from 1 to 10'),
  ),
  scheduledDays: Days,
  learningSteps: Count,
  review: DateString,
  durationMs: v.pipe(
    v.number('must be a number'),
    v.finite('must be a finite number'),
    v.minValue(0, 'must not be negative'),
    v.maxValue(1e10, 'is too large'),
  ),
});

const SettingSchema = record({ key: v.pipe(v.string(), v.maxLength(100)), value: v.unknown() });

const DeckSchema = record({
  id: DeckIdString,
  title: v.pipe(v.string(), v.maxLength(1000)),
  description: v.pipe(v.string(), v.maxLength(10_000)),
  version: v.pipe(v.string(), v.maxLength(MAX_ID_CHARS)),
  eras: v.array(EraSchema),
  sources: v.array(SourceSchema),
  facts: v.array(FactSchema),
  origin: v.literal('imported', 'must be "imported" (only imported decks are backed up)'),
  loadedAt: DateString,
});

const ArticleSchema = record({
  id: Id,
  title: v.pipe(v.string(), v.maxLength(1000)),
  text: v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(MAX_ARTICLE_CHARS)),
  addedAt: DateString,
  deckId: v.nullable(DeckIdString),
});

const IdList = v.pipe(v.array(Id, 'must be a list of ids'), v.maxLength(1000, 'must name at most 1000'));
const QuizMode = v.picklist(['choice', 'typed', 'order'], 'must be choice, typed or order');

/** A finished quiz of the history (its id is this device's counter, so the file has none). */
const QuizResultSchema = record({
  takenAt: DateString,
  settings: record({
    decks: IdList,
    eras: IdList,
    modes: v.pipe(
      v.array(QuizMode, 'must be a list of modes'),
      v.minLength(1, 'must name a mode'),
      v.maxLength(3),
    ),
    count: v.pipe(Count, v.minValue(1, 'must be at least 1'), v.maxValue(1000, 'must be at most 1000')),
    minutes: v.pipe(Count, v.maxValue(24 * 60, 'must be at most a day')),
  }),
  answers: v.pipe(
    v.array(
      record({
        cardId: Id,
        era: v.pipe(v.string(), v.maxLength(MAX_ID_CHARS)),
        mode: QuizMode,
        given: CardText,
        grade: v.picklist(['right', 'partial', 'wrong'], 'must be right, partial or wrong'),
      }),
      'must be a list',
    ),
    v.maxLength(1000, 'has too many answers'),
  ),
  durationMs: v.pipe(
    v.number('must be a number'),
    v.finite('must be a finite number'),
    v.minValue(0, 'must not be negative'),
    v.maxValue(1e10, 'is too large'),
  ),
  timedOut: v.boolean('must be true or false'),
});

/** A card a quiz sent to the front of Study. */
const StudyFirstSchema = record({ cardId: Id, addedAt: DateString });

/** A table of another feature: rows as they are, their dates written as `{ "$date": "…" }`. */
const ExtraTableName = v.pipe(v.string(), v.regex(/^[A-Za-z][A-Za-z0-9_]{0,40}$/, 'is not a table name'));

const rows = <T extends v.GenericSchema>(item: T) =>
  v.pipe(v.array(item, 'must be a list'), v.maxLength(MAX_ROWS, 'has too many rows'));

const BackupV2Schema = record({
  kind: v.literal(BACKUP_KIND),
  format: v.literal(2),
  exportedAt: DateString,
  decks: rows(DeckSchema),
  cards: rows(CardSchema),
  /** Cards removed with their deck whose reviews are kept as history. */
  removedCards: rows(Id),
  reviews: rows(ReviewSchema),
  settings: v.pipe(v.array(SettingSchema), v.maxLength(100, 'has too many settings')),
  articles: rows(ArticleSchema),
  /** Absent in a file made before quizzes were kept: none then. */
  quizResults: v.optional(rows(QuizResultSchema), []),
  studyFirst: v.optional(rows(StudyFirstSchema), []),
  extra: v.record(ExtraTableName, rows(v.unknown())),
});

const BackupV1Schema = record({
  kind: v.literal(BACKUP_KIND),
  format: v.literal(1),
  exportedAt: v.string(),
  cards: rows(
    v.pipe(
      record({ id: Id, ...scheduling, suspended: Flag }),
      v.check((c) => studiedCardIsWhole(c), STUDIED_MESSAGE),
    ),
  ),
  reviews: rows(ReviewSchema),
  settings: v.pipe(v.array(SettingSchema), v.maxLength(100, 'has too many settings')),
});

export type BackupFileV2 = v.InferOutput<typeof BackupV2Schema>;
export type BackupCard = BackupFileV2['cards'][number];
export type BackupReview = BackupFileV2['reviews'][number];
export type BackupDeck = BackupFileV2['decks'][number];
export type BackupArticle = BackupFileV2['articles'][number];
export type BackupQuizResult = BackupFileV2['quizResults'][number];
type BackupFileV1 = v.InferOutput<typeof BackupV1Schema>;

/** A card of a format 1 file: progress only, found on this device by its id within its deck. */
export type LegacyCard = BackupFileV1['cards'][number];

/** A checked backup: format 2 as it is, or format 1 with its cards as progress only. */
export type Backup =
  | ({ format: 2 } & Omit<BackupFileV2, 'format'>)
  | {
      format: 1;
      exportedAt: Date | null;
      legacyCards: LegacyCard[];
      reviews: BackupReview[];
      settings: { key: keyof Settings; value: unknown }[];
    };

export type BackupCheck = { ok: true; backup: Backup } | { ok: false; message: string };

const refuse = (problem: string): BackupCheck => ({
  ok: false,
  message: `This backup was not restored: ${problem} Nothing was changed.`,
});

/** Where a valibot issue is, in words: "cards[3].due" → "card 4, due". */
function placeOf(path: string | null): string {
  if (!path) return 'the file';
  const parts = path.split('.');
  const words: string[] = [];
  const names: Record<string, string> = {
    cards: 'card',
    reviews: 'review',
    decks: 'deck',
    articles: 'article',
    settings: 'setting',
    removedCards: 'removed card',
    quizResults: 'quiz result',
    studyFirst: 'card sent to Study',
  };
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    const next = parts[i + 1];
    if (i === 0 && names[part] && next && /^\d+$/.test(next)) {
      words.push(`${names[part]} ${Number(next) + 1}`);
      i += 1;
    } else words.push(/^\d+$/.test(part) ? `item ${Number(part) + 1}` : part);
  }
  return words.join(', ');
}

/**
 * Reads a backup file's text: size, JSON, nesting, kind and format, then every field and reference.
 * Never throws; a refusal's message names the problem and where it is.
 */
export function checkBackupText(text: string): BackupCheck {
  if (text.length > MAX_BACKUP_BYTES) {
    return refuse(
      `the file is larger than ${MAX_BACKUP_BYTES / 1024 / 1024} MB, too large to be a CSS Recall backup.`,
    );
  }
  const depth = nestingOf(text);
  if (depth > MAX_NESTING) {
    return refuse(
      `its data is nested ${depth} levels deep; a CSS Recall backup nests at most ${MAX_NESTING}.`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return refuse('the file is not a CSS Recall backup (it is not JSON text).');
  }
  return checkBackup(json);
}

/** Checks parsed JSON as a backup (see `checkBackupText`). */
export function checkBackup(json: unknown): BackupCheck {
  if (
    !json ||
    typeof json !== 'object' ||
    Array.isArray(json) ||
    (json as { kind?: unknown }).kind !== BACKUP_KIND
  ) {
    return refuse('the file is not a CSS Recall backup (it does not say it is one).');
  }
  const tooLong = longStringIn(json);
  if (tooLong) {
    return refuse(
      `a text at ${placeOf(tooLong)} is longer than ${MAX_STRING_CHARS.toLocaleString('en')} characters.`,
    );
  }
  const format = (json as { format?: unknown }).format;
  if (typeof format === 'number' && Number.isInteger(format) && format > BACKUP_FORMAT) {
    return refuse(
      `it was made by a newer version of CSS Recall (backup format ${format}; this version reads up to ${BACKUP_FORMAT}). Update the app first, then restore it.`,
    );
  }
  if (format !== 1 && format !== 2) {
    return refuse('its format is missing or unknown (it should be 1 or 2).');
  }
  const parsed = format === 2 ? v.safeParse(BackupV2Schema, json) : v.safeParse(BackupV1Schema, json);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const at = issue ? placeOf(v.getDotPath(issue)) : 'the file';
    const message = issue?.message ?? 'is not valid';
    return refuse(`${at}${/^(must|is|has) /.test(message) ? ' ' : ': '}${message}.`);
  }
  const out = parsed.output;
  const settingsProblem = checkSettings(out.settings);
  if (settingsProblem) return refuse(settingsProblem);
  if (out.format === 1) {
    const problem = checkLegacyReferences(out);
    if (problem) return refuse(problem);
    return {
      ok: true,
      backup: {
        format: 1,
        exportedAt: Number.isNaN(Date.parse(out.exportedAt)) ? null : new Date(out.exportedAt),
        legacyCards: out.cards,
        reviews: out.reviews,
        settings: out.settings as { key: keyof Settings; value: unknown }[],
      },
    };
  }
  const problem = checkReferences(out);
  if (problem) return refuse(problem);
  return { ok: true, backup: { ...out, format: 2 } };
}

function checkSettings(settings: readonly { key: string; value: unknown }[]): string | null {
  const seen = new Set<string>();
  for (const [i, s] of settings.entries()) {
    if (!isSettingKey(s.key))
      return `setting ${i + 1} (“${s.key.slice(0, 40)}”) is not a setting this app has.`;
    if (seen.has(s.key)) return `the setting ${SETTING_LABELS[s.key]} is given twice.`;
    seen.add(s.key);
    const problem = settingProblem(s.key, s.value);
    if (problem) return `the setting ${SETTING_LABELS[s.key]} ${problem}.`;
  }
  return null;
}

/** The first id that stands twice in `ids`, or null. */
function firstTwice(ids: Iterable<string>): string | null {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return null;
}

const reviewKey = (r: { cardId: string; review: Date }) => `${r.cardId}\u0000${r.review.getTime()}`;

function checkReferences(b: BackupFileV2): string | null {
  const twiceDeck = firstTwice(b.decks.map((d) => d.id));
  if (twiceDeck) return `the deck “${twiceDeck}” is in the file twice.`;
  const twiceCard = firstTwice([...b.cards.map((c) => c.id), ...b.removedCards]);
  if (twiceCard) return `the card “${twiceCard}” is in the file twice.`;
  const twiceArticle = firstTwice(b.articles.map((a) => a.id));
  if (twiceArticle) return `the article “${twiceArticle}” is in the file twice.`;
  const decks = new Set(b.decks.map((d) => d.id));
  for (const [i, c] of b.cards.entries()) {
    if (c.deckId.startsWith('imported-') && !decks.has(c.deckId)) {
      return `card ${i + 1} (“${c.id}”) belongs to the imported deck “${c.deckId}”, which the file does not have.`;
    }
    if (!c.id.startsWith(`${c.deckId}:`)) {
      return `card ${i + 1} (“${c.id}”) does not carry its deck’s id (“${c.deckId}:…”).`;
    }
  }
  for (const [i, a] of b.articles.entries()) {
    if (a.deckId !== null && !decks.has(a.deckId)) {
      return `article ${i + 1} (“${a.title.slice(0, 60)}”) belongs to the deck “${a.deckId}”, which the file does not have.`;
    }
  }
  const cards = new Set([...b.cards.map((c) => c.id), ...b.removedCards]);
  for (const [i, r] of b.reviews.entries()) {
    if (!cards.has(r.cardId))
      return `review ${i + 1} is of the card “${r.cardId}”, which the file does not have.`;
  }
  const twiceReview = firstTwice(b.reviews.map(reviewKey));
  if (twiceReview)
    return `the review of “${twiceReview.split('\u0000')[0]}” at one moment is in the file twice.`;
  const sent = new Set(b.cards.map((c) => c.id));
  for (const [i, f] of b.studyFirst.entries()) {
    if (!sent.has(f.cardId))
      return `card sent to Study ${i + 1} is the card “${f.cardId}”, which the file does not have.`;
  }
  const twiceSent = firstTwice(b.studyFirst.map((f) => f.cardId));
  if (twiceSent) return `the card “${twiceSent}” is sent to Study twice.`;
  const twiceQuiz = firstTwice(b.quizResults.map((q) => String(q.takenAt.getTime())));
  if (twiceQuiz)
    return `two quiz results were taken at the same moment (${new Date(Number(twiceQuiz)).toISOString()}).`;
  for (const name of Object.keys(b.extra)) {
    if (CORE_TABLES.includes(name)) {
      return `the extra table “${name}” has the name of one of the app’s own tables.`;
    }
  }
  return null;
}

function checkLegacyReferences(b: BackupFileV1): string | null {
  const twiceCard = firstTwice(b.cards.map((c) => c.id));
  if (twiceCard) return `the card “${twiceCard}” is in the file twice.`;
  const cards = new Set(b.cards.map((c) => c.id));
  for (const [i, r] of b.reviews.entries()) {
    if (!cards.has(r.cardId) && !r.cardId.startsWith('imported-')) {
      return `review ${i + 1} is of the card “${r.cardId}”, which the file does not have.`;
    }
  }
  const twiceReview = firstTwice(b.reviews.map(reviewKey));
  if (twiceReview)
    return `the review of “${twiceReview.split('\u0000')[0]}” at one moment is in the file twice.`;
  return null;
}

/** How deep JSON text nests, read without parsing it (so a hostile file cannot exhaust the stack). */
export function nestingOf(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i += 1; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      depth += 1;
      if (depth > deepest) deepest = depth;
    } else if (c === 125 || c === 93) depth -= 1;
  }
  return deepest;
}

/** The dot path of the first string longer than MAX_STRING_CHARS, or null. Walks without recursion. */
function longStringIn(root: unknown): string | null {
  const stack: [unknown, string][] = [[root, '']];
  while (stack.length > 0) {
    const [value, path] = stack.pop() as [unknown, string];
    if (typeof value === 'string') {
      if (value.length > MAX_STRING_CHARS) return path;
    } else if (value && typeof value === 'object') {
      for (const [k, child] of Object.entries(value)) stack.push([child, path ? `${path}.${k}` : k]);
    }
  }
  return null;
}
