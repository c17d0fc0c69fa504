// Automatic snapshots, as Anki keeps them: a compact backup of progress and the person's own decks,
// one a day (the day's last state), the last several kept, stored outside IndexedDB (in Cache Storage)
// beside a marker saying the database once held someone's work, so a wiped database is noticed.

import { isOwnCard } from '../domain/card-add.ts';
import { exportBackup } from './backup.ts';
import type { Backup } from './backup-schema.ts';
import { checkBackupText } from './backup-schema.ts';
import type { RecallDb } from './schema.ts';

/** How many daily snapshots are kept. */
export const SNAPSHOTS_KEPT = 7;

/** Where snapshots and the marker live: a small key/value store outside IndexedDB. */
export interface SnapshotStore {
  keys(): Promise<string[]>;
  get(key: string): Promise<string | null>;
  put(key: string, text: string): Promise<void>;
  delete(key: string): Promise<void>;
}

const SNAPSHOT_PREFIX = 'snapshot-';
const MARKER_KEY = 'marker';

/** Cache Storage as a SnapshotStore (keys become same-origin URLs no server ever sees). */
export function cacheSnapshotStore(cacheName = 'css-recall-snapshots'): SnapshotStore | null {
  if (typeof caches === 'undefined') return null;
  const url = (key: string) => new URL(`/__css-recall/${key}`, location.origin).href;
  const open = () => caches.open(cacheName);
  return {
    keys: async () =>
      (await (await open()).keys()).map((r) => new URL(r.url).pathname.split('/').pop() ?? ''),
    get: async (key) => {
      const hit = await (await open()).match(url(key));
      return hit ? hit.text() : null;
    },
    put: async (key, text) => {
      await (await open()).put(
        url(key),
        new Response(text, { headers: { 'content-type': 'application/json' } }),
      );
    },
    delete: async (key) => {
      await (await open()).delete(url(key));
    },
  };
}

export interface SnapshotInfo {
  key: string;
  /** The local day it is the state of, "2026-03-01". */
  day: string;
  takenAt: Date;
  reviews: number;
  articles: number;
}

interface Marker {
  /** True once the database has held reviews or imported articles. */
  hadData: boolean;
  reviews: number;
  articles: number;
  seenAt: string;
}

const localDay = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** The backup file's object without what changes on every export (its date), to tell whether anything changed. */
function fingerprintOf(file: Record<string, unknown>): string {
  const { exportedAt: _at, ...rest } = file;
  return JSON.stringify(rest);
}

/**
 * The backup, cut down: shipped cards never studied, suspended, reviewed, edited, added by hand or
 * sent to Study are left out (a new install has them as they are).
 */
async function compactBackup(db: RecallDb, now: Date): Promise<Record<string, unknown>> {
  const file = (await exportBackup(db, now)) as Record<string, unknown> & {
    cards: {
      id: string;
      deckId: string;
      reps: number;
      suspended: number;
      edit?: unknown;
      content: { id: string };
    }[];
    studyFirst: { cardId: string }[];
    reviews: { cardId: string }[];
    decks: { id: string }[];
  };
  const kept = new Set([...file.reviews.map((r) => r.cardId), ...file.studyFirst.map((f) => f.cardId)]);
  const ownDecks = new Set(file.decks.map((d) => d.id));
  return {
    ...file,
    cards: file.cards.filter(
      (c) =>
        ownDecks.has(c.deckId) ||
        c.reps > 0 ||
        c.suspended === 1 ||
        c.edit !== undefined ||
        kept.has(c.id) ||
        isOwnCard(c.content),
    ),
  };
}

async function counts(db: RecallDb): Promise<{ reviews: number; articles: number }> {
  return { reviews: await db.reviews.count(), articles: await db.articles.count() };
}

/**
 * Takes today's snapshot when the database holds someone's work and it changed since the last one
 * (today's is replaced; older days stay), keeps the last SNAPSHOTS_KEPT days, and updates the marker.
 * Resolves to whether a snapshot was written.
 */
export async function takeSnapshot(db: RecallDb, store: SnapshotStore, now: Date): Promise<boolean> {
  const held = await counts(db);
  if (held.reviews === 0 && held.articles === 0) return false;
  await writeMarker(store, { hadData: true, ...held, seenAt: now.toISOString() });
  const file = await compactBackup(db, now);
  const latest = (await listSnapshots(store))[0];
  if (latest) {
    const text = await store.get(latest.key);
    const previous = text ? (JSON.parse(text) as Record<string, unknown>) : null;
    if (previous && fingerprintOf(previous) === fingerprintOf(file)) return false;
  }
  await store.put(`${SNAPSHOT_PREFIX}${localDay(now)}`, JSON.stringify(file));
  const all = await listSnapshots(store);
  for (const old of all.slice(SNAPSHOTS_KEPT)) await store.delete(old.key);
  return true;
}

/** The snapshots kept, newest first. */
export async function listSnapshots(store: SnapshotStore): Promise<SnapshotInfo[]> {
  const keys = (await store.keys())
    .filter((k) => k.startsWith(SNAPSHOT_PREFIX))
    .sort()
    .reverse();
  const out: SnapshotInfo[] = [];
  for (const key of keys) {
    const text = await store.get(key);
    if (!text) continue;
    try {
      const file = JSON.parse(text) as { exportedAt: string; reviews: unknown[]; articles: unknown[] };
      out.push({
        key,
        day: key.slice(SNAPSHOT_PREFIX.length),
        takenAt: new Date(file.exportedAt),
        reviews: file.reviews.length,
        articles: file.articles.length,
      });
    } catch {
      // A snapshot that cannot be read is no snapshot; the others stay usable.
    }
  }
  return out;
}

/** A snapshot, checked as any backup file is. */
export async function readSnapshot(
  store: SnapshotStore,
  key: string,
): Promise<{ ok: true; backup: Backup } | { ok: false; message: string }> {
  const text = await store.get(key);
  if (text === null) return { ok: false, message: 'That snapshot is no longer there.' };
  return checkBackupText(text);
}

async function writeMarker(store: SnapshotStore, marker: Marker): Promise<void> {
  await store.put(MARKER_KEY, JSON.stringify(marker));
}

export interface WipeCheck {
  /** True when the marker says the database held work and it now holds none. */
  wiped: boolean;
  /** What it held when last seen. */
  had: { reviews: number; articles: number; seenAt: Date } | null;
  latest: SnapshotInfo | null;
}

/** Checks, on start, whether the browser wiped the database since the app last saw it with work in it. */
export async function checkForWipe(db: RecallDb, store: SnapshotStore): Promise<WipeCheck> {
  const text = await store.get(MARKER_KEY);
  let marker: Marker | null = null;
  try {
    marker = text ? (JSON.parse(text) as Marker) : null;
  } catch {
    marker = null;
  }
  const now = await counts(db);
  const wiped = marker?.hadData === true && now.reviews === 0 && now.articles === 0;
  return {
    wiped,
    had: marker
      ? { reviews: marker.reviews, articles: marker.articles, seenAt: new Date(marker.seenAt) }
      : null,
    latest: wiped ? ((await listSnapshots(store))[0] ?? null) : null,
  };
}

/** The person chose to start afresh after a wipe: the marker forgets the old work. */
export async function acceptFreshStart(store: SnapshotStore, now: Date): Promise<void> {
  await writeMarker(store, { hadData: false, reviews: 0, articles: 0, seenAt: now.toISOString() });
}
