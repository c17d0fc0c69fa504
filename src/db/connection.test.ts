import { Dexie } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { freshDb } from '../testing/db.ts';
import { watchConnection } from './connection.ts';

describe('connection watcher', () => {
  it('steps aside when another tab opens a newer schema', async () => {
    const db = freshDb();
    await db.open();
    const onProblem = vi.fn();
    const stop = watchConnection(db, onProblem);
    const newer = new Dexie(db.name);
    newer.version(db.verno + 1).stores({ extra: '&id' });
    await newer.open();
    expect(onProblem).toHaveBeenCalledWith('newer-version-elsewhere');
    expect(db.isOpen()).toBe(false);
    stop();
    newer.close();
  });
});
