// Watches the database connection: another tab opening a newer schema, or the browser refusing storage.
import type { RecallDb } from './schema.ts';

export type ConnectionProblem = 'newer-version-elsewhere' | 'blocked';

/**
 * Calls `onProblem` when this tab must step aside: another tab upgraded the schema (this one closes
 * its connection so the upgrade can finish, and should reload). Returns a function that stops watching.
 */
export function watchConnection(db: RecallDb, onProblem: (p: ConnectionProblem) => void): () => void {
  const onVersionChange = () => {
    db.close();
    onProblem('newer-version-elsewhere');
    return false;
  };
  const onBlocked = () => onProblem('blocked');
  db.on('versionchange', onVersionChange);
  db.on('blocked', onBlocked);
  return () => {
    db.on('versionchange').unsubscribe(onVersionChange);
    db.on('blocked').unsubscribe(onBlocked);
  };
}

/** Asks the browser to keep our data even when the device runs low on space; resolves to whether it will. */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    if (typeof navigator === 'undefined' || !navigator.storage?.persist) return false;
    if (await navigator.storage.persisted()) return true;
    return await navigator.storage.persist();
  } catch {
    return false;
  }
}
