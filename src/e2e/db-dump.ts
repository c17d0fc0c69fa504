// Reads every table of the app's IndexedDB, with its keys, as one JSON string (dates tagged), so a
// browser test can check that something left the database exactly as it was.
import type { Page } from '@playwright/test';

export async function dumpDatabase(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const req = indexedDB.open('css-recall');
    const idb = await new Promise<IDBDatabase>((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const names = Array.from(idb.objectStoreNames).sort();
    const tx = idb.transaction(names, 'readonly');
    const tables: Record<string, unknown> = {};
    for (const name of names) {
      const store = tx.objectStore(name);
      const [keys, rows] = await Promise.all(
        [store.getAllKeys(), store.getAll()].map(
          (r) =>
            new Promise<unknown[]>((resolve, reject) => {
              r.onsuccess = () => resolve(r.result as unknown[]);
              r.onerror = () => reject(r.error);
            }),
        ),
      );
      tables[name] = (keys ?? []).map((k, i) => [k, rows?.[i]]);
    }
    idb.close();
    return JSON.stringify({ version: idb.version, tables }, (_key, value) => {
      return value instanceof Date ? { $date: value.getTime() } : value;
    });
  });
}
