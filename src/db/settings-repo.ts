// Settings: typed key/value pairs with defaults, stored in the `settings` table, each checked by its
// schema when read (a stored value the app cannot use is set aside for the default) and when restored.
import * as v from 'valibot';
import type { RecallDb } from './schema.ts';

export type ThemeSetting = 'system' | 'light' | 'dark';

export interface Settings {
  theme: ThemeSetting;
  /** Desired retention for FSRS, 0.7–0.99. */
  desiredRetention: number;
  /** New cards introduced per day. */
  newPerDay: number;
  /** Reviews shown per day. */
  reviewsPerDay: number;
  /** Longest interval FSRS may give, in days. */
  maximumInterval: number;
  /** Hour (0–23, local time) at which a study day starts. */
  dayStartHour: number;
  /** Learning steps, e.g. ["1m", "10m"]. */
  learningSteps: string[];
  relearningSteps: string[];
  /** Decks chosen for study; empty means all. */
  studyDecks: string[];
  /** Eras chosen for study; empty means all. */
  studyEras: string[];
  /** The day of the exam the Progress screen counts down to, "YYYY-MM-DD"; empty when not set. */
  examDate: string;
  /** Bury siblings: show one card of a fact a study day, as Anki does. */
  burySiblings: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  theme: 'system',
  desiredRetention: 0.9,
  newPerDay: 20,
  reviewsPerDay: 200,
  maximumInterval: 36500,
  dayStartHour: 4,
  learningSteps: ['1m', '10m'],
  relearningSteps: ['10m'],
  studyDecks: [],
  studyEras: [],
  examDate: '',
  burySiblings: true,
});

const whole = (min: number, max: number) =>
  v.pipe(
    v.number(),
    v.integer('must be a whole number'),
    v.minValue(min, `must be at least ${min}`),
    v.maxValue(max, `must be at most ${max}`),
  );
const Step = v.pipe(v.string(), v.regex(/^[1-9]\d{0,3}[mhd]$/, 'must be steps such as 1m, 10m, 1h or 1d'));
const Steps = v.pipe(v.array(Step, 'must be a list of steps such as ["1m", "10m"]'), v.maxLength(10));
/** A calendar day "YYYY-MM-DD" that exists (no 31 April), as a date field gives it. */
const isCalendarDay = (s: string): boolean => {
  const [y, m, d] = s.split('-').map(Number);
  const at = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 0));
  return at.getUTCFullYear() === y && at.getUTCMonth() + 1 === m && at.getUTCDate() === d;
};
const DAY_PROBLEM = 'must be a day such as 2027-02-14, or empty';
const Day = v.pipe(
  v.string(DAY_PROBLEM),
  v.check((s) => s === '' || (/^\d{4}-\d{2}-\d{2}$/.test(s) && isCalendarDay(s)), DAY_PROBLEM),
);
const Ids = v.pipe(
  v.array(v.pipe(v.string(), v.maxLength(200)), 'must be a list of ids'),
  v.maxLength(1000, 'must name at most 1000'),
);

/** Each setting's schema: its type and range. A key not here is not a setting. */
export const SETTING_SCHEMAS: { readonly [K in keyof Settings]: v.GenericSchema<unknown, Settings[K]> } = {
  theme: v.picklist(['system', 'light', 'dark'], 'must be system, light or dark'),
  desiredRetention: v.pipe(
    v.number(),
    v.minValue(0.7, 'must be at least 0.7'),
    v.maxValue(0.99, 'must be at most 0.99'),
  ),
  newPerDay: whole(0, 9999),
  reviewsPerDay: whole(0, 99999),
  maximumInterval: whole(1, 36500),
  dayStartHour: whole(0, 23),
  learningSteps: v.pipe(Steps, v.minLength(1, 'must have at least one step')),
  relearningSteps: Steps,
  studyDecks: Ids,
  studyEras: Ids,
  examDate: Day,
  burySiblings: v.boolean('must be true or false'),
};

/** The settings' names, as the screens call them, for messages. */
export const SETTING_LABELS: { readonly [K in keyof Settings]: string } = {
  theme: 'theme',
  desiredRetention: 'desired retention',
  newPerDay: 'new cards a day',
  reviewsPerDay: 'reviews a day',
  maximumInterval: 'longest interval',
  dayStartHour: 'hour the day starts',
  learningSteps: 'learning steps',
  relearningSteps: 'relearning steps',
  studyDecks: 'decks chosen for study',
  studyEras: 'eras chosen for study',
  examDate: 'exam date',
  burySiblings: 'one card of a fact a day',
};

export function isSettingKey(key: string): key is keyof Settings {
  return Object.hasOwn(SETTING_SCHEMAS, key);
}

/** Why `value` cannot be the setting `key`, in words; null when it can. */
export function settingProblem(key: keyof Settings, value: unknown): string | null {
  const r = v.safeParse(SETTING_SCHEMAS[key], value);
  return r.success ? null : (r.issues[0]?.message ?? 'is not valid');
}

export interface CheckedSettings {
  settings: Settings;
  /** Settings whose stored value the app cannot use: the default stands in for each. */
  setAside: (keyof Settings)[];
}

/** Reads every setting, falling back to the default for any never saved or stored with a value it cannot use. */
export async function readSettings(db: RecallDb): Promise<CheckedSettings> {
  const rows = await db.settings.toArray();
  const out: Settings = { ...DEFAULT_SETTINGS };
  const target = out as unknown as Record<string, unknown>;
  const setAside: (keyof Settings)[] = [];
  for (const row of rows) {
    if (!isSettingKey(row.key)) continue;
    if (settingProblem(row.key, row.value) === null) target[row.key] = row.value;
    else setAside.push(row.key);
  }
  return { settings: out, setAside };
}

/** Reads every setting, falling back to the default for any never saved or that the app cannot use. */
export async function loadSettings(db: RecallDb): Promise<Settings> {
  return (await readSettings(db)).settings;
}

/** Saves one setting. */
export async function saveSetting<K extends keyof Settings>(
  db: RecallDb,
  key: K,
  value: Settings[K],
): Promise<void> {
  await db.settings.put({ key, value });
}
