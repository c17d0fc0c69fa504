// The decks that ship with the app (decks/*.deck.json), loaded lazily after the first paint and synced
// into IndexedDB: first start stores them, a newer version updates them, an invalid file is reported.
import { db } from '../db/db.ts';
import { syncDeckFiles } from '../db/deck-sync.ts';
import { studyStore } from '../features/study/study-store.ts';

// Each file is its own chunk, fetched only when this runs.
const files: Record<string, () => Promise<unknown>> = import.meta.glob('/decks/*.deck.json');

let started: Promise<void> | null = null;

/** Loads the shipped decks once per page; the Study screen shows progress and any problem. */
export function loadShippedDecks(): Promise<void> {
  started ??= (async () => {
    const study = studyStore.getState();
    study.deckLoadStarted();
    const results = await syncDeckFiles(db, files, new Date());
    studyStore.getState().deckLoadFinished(results);
  })();
  return started;
}
