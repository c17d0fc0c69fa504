import { describe, expect, it } from 'vitest';
import { freshDb } from '../testing/db.ts';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  readSettings,
  saveSetting,
  settingProblem,
} from './settings-repo.ts';

describe('settings repository', () => {
  it('gives the defaults on an empty database', async () => {
    const db = freshDb();
    expect(await loadSettings(db)).toEqual(DEFAULT_SETTINGS);
  });

  it('round-trips a saved setting and ignores unknown keys', async () => {
    const db = freshDb();
    await saveSetting(db, 'theme', 'dark');
    await saveSetting(db, 'newPerDay', 35);
    await db.settings.put({ key: 'retiredOption', value: true });
    const s = await loadSettings(db);
    expect(s.theme).toBe('dark');
    expect(s.newPerDay).toBe(35);
    expect(s).not.toHaveProperty('retiredOption');
  });

  it('sets aside stored values it cannot use, keeping the default for each and saying which', async () => {
    const db = freshDb();
    await db.settings.bulkPut([
      { key: 'learningSteps', value: '1m 10m' },
      { key: 'desiredRetention', value: Number.POSITIVE_INFINITY },
      { key: 'newPerDay', value: 12.5 },
      { key: 'theme', value: 'dark' },
      { key: '__proto__', value: { polluted: true } },
    ]);
    const { settings, setAside } = await readSettings(db);
    expect(setAside.sort()).toEqual(['desiredRetention', 'learningSteps', 'newPerDay']);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('says in words why a value is not a setting', () => {
    expect(settingProblem('dayStartHour', 24)).toBe('must be at most 23');
    expect(settingProblem('learningSteps', [])).toBe('must have at least one step');
    expect(settingProblem('relearningSteps', [])).toBeNull();
    expect(settingProblem('theme', 'blue')).toBe('must be system, light or dark');
    expect(settingProblem('examDate', '')).toBeNull();
    expect(settingProblem('examDate', '2027-02-14')).toBeNull();
    expect(settingProblem('examDate', '2027-02-30')).toBe('must be a day such as 2027-02-14, or empty');
    expect(settingProblem('examDate', 20270214)).toBe('must be a day such as 2027-02-14, or empty');
  });
});
