import { describe, expect, it } from 'vitest';
import { freshDb } from '../testing/db.ts';
import { DEFAULT_SETTINGS, loadSettings, saveSetting } from './settings-repo.ts';

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
});
