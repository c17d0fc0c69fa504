import { describe, expect, it, vi } from 'vitest';
import { freshDb } from '../testing/db.ts';
import { isStorageFull, probeStorage, storageGuard } from './storage-full.ts';

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
