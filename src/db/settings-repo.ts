// Settings: typed key/value pairs with defaults, stored in the `settings` table.
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
});

/** Reads every setting, falling back to the default for any that was never saved. */
export async function loadSettings(db: RecallDb): Promise<Settings> {
  const rows = await db.settings.toArray();
  const out: Settings = { ...DEFAULT_SETTINGS };
  const target = out as unknown as Record<string, unknown>;
  for (const row of rows) {
    if (row.key in DEFAULT_SETTINGS) target[row.key] = row.value;
  }
  return out;
}

/** Saves one setting. */
export async function saveSetting<K extends keyof Settings>(
  db: RecallDb,
  key: K,
  value: Settings[K],
): Promise<void> {
  await db.settings.put({ key, value });
}
