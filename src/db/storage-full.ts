// Whether this tab has met a full disk, and the write guard that follows from it: once a write fails
// for want of space, every write is refused at once (the app is read-only, nothing half-written) until
// a test write shows space is free again. Failures are recognised only by `isQuotaError`.
import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import type { RecallDb } from './schema.ts';
import { isQuotaError } from './storage-errors.ts';

/** What the app says, once, while storage is full. */
export const STORAGE_FULL_MESSAGE =
  'This device is out of storage. Nothing already saved was lost, but nothing new can be saved, so CSS Recall is read-only until you free some space.';

let full = false;
let probing = false;
const listeners = new Set<() => void>();

function setFull(next: boolean): void {
  if (full === next) return;
  full = next;
  for (const listener of listeners) listener();
}

/** True while writes are refused because storage is full. */
export function isStorageFull(): boolean {
  return full;
}

/** Calls `listener` whenever that changes; returns a function that stops it. */
export function onStorageFullChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Notes a failed write: a quota error makes the app read-only. Returns whether it was one. */
export function noteWriteError(error: unknown): boolean {
  if (!isQuotaError(error)) return false;
  setFull(true);
  return true;
}

/** The error a write gets while the app is read-only: a QuotaExceededError, as the browser's would be. */
function readOnlyError(): Error {
  const e = new Error('Storage is full: CSS Recall is read-only until space is freed.');
  e.name = 'QuotaExceededError';
  return e;
}

/** Dexie middleware that refuses writes while storage is full and notes every quota failure. */
export const storageGuard: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'storage-full-guard',
  create: (down) => ({
    ...down,
    transaction: (stores, mode, options) => {
      const tx = down.transaction(stores, mode, options);
      // A full disk mostly shows when the browser commits: every request succeeded, then the whole
      // transaction aborts with a QuotaExceededError that no request's promise carries.
      if (mode === 'readwrite' && typeof IDBTransaction !== 'undefined' && tx instanceof IDBTransaction)
        tx.addEventListener('abort', () => noteWriteError(tx.error));
      return tx;
    },
    table: (name: string): DBCoreTable => {
      const table = down.table(name);
      return {
        ...table,
        mutate: (req: DBCoreMutateRequest) => {
          if (full && !probing) return Promise.reject(readOnlyError());
          return table.mutate(req).catch((e: unknown) => {
            noteWriteError(e);
            throw e;
          });
        },
      };
    },
  }),
};

const PROBE_KEY = 'storage-probe';

/**
 * Tries a small write (and removes it) to see whether space is free again; when it is, the app can
 * write again. Resolves to whether storage is still full.
 */
export async function probeStorage(db: RecallDb): Promise<boolean> {
  probing = true;
  try {
    await db.transaction('rw', db.settings, async () => {
      await db.settings.put({ key: PROBE_KEY, value: 'x'.repeat(64 * 1024) });
      await db.settings.delete(PROBE_KEY);
    });
    setFull(false);
  } catch (e) {
    noteWriteError(e);
  } finally {
    probing = false;
  }
  return full;
}

/** Forgets the state (for tests). */
export function resetStorageFull(): void {
  setFull(false);
}
