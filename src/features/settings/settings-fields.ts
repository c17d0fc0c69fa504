// Parsing and checking what a person types into the scheduling settings.
import type { Settings } from '../../db/settings-repo.ts';

export type FieldResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** A whole number within [min, max]. */
export function parseWhole(text: string, min: number, max: number): FieldResult<number> {
  const t = text.trim();
  if (!/^\d+$/.test(t)) return { ok: false, message: `Enter a whole number from ${min} to ${max}.` };
  const n = Number(t);
  if (n < min || n > max) return { ok: false, message: `Enter a whole number from ${min} to ${max}.` };
  return { ok: true, value: n };
}

/** Desired retention typed as a percentage, 70–99. */
export function parseRetention(text: string): FieldResult<number> {
  const r = parseWhole(text.replace(/%$/, ''), 70, 99);
  return r.ok
    ? { ok: true, value: r.value / 100 }
    : { ok: false, message: 'Enter a percentage from 70 to 99.' };
}

/** Steps such as "1m 10m 1h": each a whole number with m (minutes), h (hours) or d (days). */
export function parseSteps(text: string, allowEmpty: boolean): FieldResult<string[]> {
  const parts = text.split(/[\s,]+/).filter(Boolean);
  if (parts.length === 0) {
    return allowEmpty
      ? { ok: true, value: [] }
      : { ok: false, message: 'Give at least one step, e.g. 1m 10m.' };
  }
  if (parts.length > 10) return { ok: false, message: 'Use at most ten steps.' };
  for (const p of parts) {
    const m = /^(\d{1,4})([mhd])$/.exec(p);
    if (!m || Number(m[1]) === 0) {
      return {
        ok: false,
        message: `“${p.slice(0, 12)}” is not a step: use minutes, hours or days, e.g. 10m, 1h, 1d.`,
      };
    }
  }
  return { ok: true, value: parts };
}

export type NumericSetting = 'newPerDay' | 'reviewsPerDay' | 'maximumInterval' | 'dayStartHour';

export const NUMERIC_FIELDS: readonly {
  key: NumericSetting;
  label: string;
  hint: string;
  min: number;
  max: number;
}[] = [
  {
    key: 'newPerDay',
    label: 'New cards a day',
    hint: 'How many unseen cards each day brings.',
    min: 0,
    max: 9999,
  },
  {
    key: 'reviewsPerDay',
    label: 'Reviews a day',
    hint: 'The most reviews shown in one day.',
    min: 0,
    max: 99999,
  },
  {
    key: 'maximumInterval',
    label: 'Longest interval (days)',
    hint: 'No card waits longer than this.',
    min: 1,
    max: 36500,
  },
  {
    key: 'dayStartHour',
    label: 'New day starts at (hour)',
    hint: 'Late-night study counts for the day before, as in Anki. 0–23, local time.',
    min: 0,
    max: 23,
  },
];

export function formatRetention(s: Settings): string {
  return String(Math.round(s.desiredRetention * 100));
}
