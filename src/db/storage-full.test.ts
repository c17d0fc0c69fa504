import { describe, expect, it, vi } from 'vitest';
import { freshDb } from '../testing/db.ts';
import { isStorageFull, probeStorage, resetStorageFull, storageGuard } from './storage-full.ts';

describe('storage-full guard', () => {
  it('turns read-only on a quota error, refuses writes without touching the disk, and lifts once a probe writes', async () => {
    const db = freshDb();
    db.use(storageGuard);
    await db.settings.put({ key: 'theme', value: 'dark' });
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await expect(db.settings.put({ key: 'theme', value: 'light' })).rejects.toThrow();
    expect(isStorageFull()).toBe(true);
    const calls = put.mock.calls.length;
    await expect(db.settings.put({ key: 'newPerDay', value: 3 })).rejects.toMatchObject({
      name: 'QuotaExceededError',
    });
    expect(put.mock.calls.length).toBe(calls);
    expect(await probeStorage(db)).toBe(true);

    put.mockRestore();
    expect(await probeStorage(db)).toBe(false);
    await db.settings.put({ key: 'newPerDay', value: 3 });
    expect((await db.settings.toArray()).map((s) => [s.key, s.value])).toEqual([
      ['newPerDay', 3],
      ['theme', 'dark'],
    ]);
  });
});

describe('storage-full guard, when the browser refuses the commit', () => {
  it('turns read-only when a transaction aborts with a quota error after its requests succeeded', async () => {
    resetStorageFull();
    const db = freshDb();
    db.use(storageGuard);
    await db.settings.put({ key: 'theme', value: 'dark' });
    // As a browser does at commit time with no space left: the transaction aborts with the error.
    await expect(
      db.transaction('rw', db.settings, async (tx) => {
        await db.settings.put({ key: 'theme', value: 'light' });
        const idb = tx.idbtrans;
        Object.defineProperty(idb, 'error', { value: new DOMException('full', 'QuotaExceededError') });
        idb.abort();
      }),
    ).rejects.toThrow();
    expect(isStorageFull()).toBe(true);
    expect(await db.settings.get('theme')).toEqual({ key: 'theme', value: 'dark' });
    expect(await probeStorage(db)).toBe(false);
    expect(isStorageFull()).toBe(false);
  });
});
