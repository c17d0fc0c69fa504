import { describe, expect, it, vi } from 'vitest';
import { saveSetting } from '../../db/settings-repo.ts';
import { freshDb } from '../../testing/db.ts';
import { createSettingsStore } from './settings-store.ts';

describe('settings store', () => {
  it('writes an update through to the database', async () => {
    const db = freshDb();
    const store = createSettingsStore({ db });
    await store.getState().update('theme', 'light');
    expect(store.getState().settings.theme).toBe('light');
    expect(await db.settings.get('theme')).toEqual({ key: 'theme', value: 'light' });
  });

  it('follows changes made elsewhere (another tab) through a live query', async () => {
    const db = freshDb();
    const store = createSettingsStore({ db });
    const stop = store.start();
    await vi.waitFor(() => expect(store.getState().loaded).toBe(true));
    await saveSetting(db, 'theme', 'dark');
    await vi.waitFor(() => expect(store.getState().settings.theme).toBe('dark'));
    stop();
  });

  it('reports a full disk in plain words and keeps the session going', async () => {
    const db = freshDb();
    const store = createSettingsStore({ db });
    const quota = new Error('quota');
    quota.name = 'QuotaExceededError';
    vi.spyOn(db.settings, 'put').mockRejectedValueOnce(quota);
    await store.getState().update('theme', 'dark');
    expect(store.getState().error).toMatch(/out of storage/);
  });

  it('recognises a full disk as Dexie reports it inside a transaction (an AbortError around it)', async () => {
    const db = freshDb();
    const store = createSettingsStore({ db });
    const wrapped = Object.assign(new Error('Transaction aborted'), {
      name: 'AbortError',
      inner: new DOMException('The write was refused.', 'QuotaExceededError'),
    });
    vi.spyOn(db.settings, 'put').mockRejectedValueOnce(wrapped);
    await store.getState().update('theme', 'dark');
    expect(store.getState().error).toMatch(/out of storage/);
  });
});
