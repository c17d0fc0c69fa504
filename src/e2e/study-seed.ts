// Puts a fixture deck (src/testing/fixtures/decks) into the app's IndexedDB for browser tests, so they
// do not depend on what ships in decks/. The app must have opened its database first. The records
// match what db/deck-sync.ts writes for a new deck; `studyDecks` is set to the fixture deck so the
// shipped decks stay out of the queue. Reload the page afterwards.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

interface FixtureDeck {
  id: string;
  cards: { id: string; era: string; kind: string; conflict: unknown }[];
}

export function readFixtureDeck(name: string): FixtureDeck & Record<string, unknown> {
  const url = new URL(`../testing/fixtures/decks/${name}`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8'));
}

/**
 * Replaces the fixture deck's cards with new ones, removes every review, and studies only this deck.
 * Siblings are not buried unless `bury` (most specs count every card of the deck).
 */
export async function seedDeck(
  page: Page,
  deck: FixtureDeck & Record<string, unknown>,
  { bury = false }: { bury?: boolean } = {},
): Promise<void> {
  await page.waitForFunction(async () => (await indexedDB.databases()).some((d) => d.name === 'css-recall'));
  await page.evaluate(
    async ({ deck, bury }) => {
      const req = indexedDB.open('css-recall');
      const idb = await new Promise<IDBDatabase>((resolve, reject) => {
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const tx = idb.transaction(['decks', 'cards', 'reviews', 'settings'], 'readwrite');
      const now = Date.now() - 60_000;
      const { cards, ...rest } = deck;
      tx.objectStore('decks').put({ ...rest, origin: 'imported', loadedAt: new Date(now) });
      tx.objectStore('reviews').clear();
      cards.forEach((content, i) => {
        tx.objectStore('cards').put({
          id: content.id,
          deckId: deck.id,
          era: content.era,
          kind: content.kind,
          content,
          conflict: content.conflict,
          due: new Date(now + i),
          stability: 0,
          difficulty: 0,
          elapsed_days: 0,
          scheduled_days: 0,
          learning_steps: 0,
          reps: 0,
          lapses: 0,
          state: 0,
          suspended: 0,
          retired: 0,
        });
      });
      tx.objectStore('settings').put({ key: 'studyDecks', value: [deck.id] });
      tx.objectStore('settings').put({ key: 'studyEras', value: [] });
      tx.objectStore('settings').put({ key: 'burySiblings', value: bury });
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      idb.close();
    },
    { deck, bury },
  );
}

/** Opens the app, seeds the fixture deck as seedDeck does, and reloads on the Study screen. */
export async function openSeededStudy(
  page: Page,
  deck: FixtureDeck & Record<string, unknown>,
  options: { bury?: boolean } = {},
): Promise<void> {
  await page.goto('/');
  await page.getByRole('heading', { level: 1, name: 'Study' }).waitFor();
  await seedDeck(page, deck, options);
  await page.reload();
}

/** Every review log, oldest first, and every card's state, read straight from IndexedDB. */
export async function readProgress(page: Page): Promise<{ logs: string[]; states: Record<string, number> }> {
  return page.evaluate(async () => {
    const req = indexedDB.open('css-recall');
    const idb = await new Promise<IDBDatabase>((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = idb.transaction(['cards', 'reviews'], 'readonly');
    const all = <T>(name: string) =>
      new Promise<T[]>((resolve, reject) => {
        const r = tx.objectStore(name).getAll();
        r.onsuccess = () => resolve(r.result as T[]);
        r.onerror = () => reject(r.error);
      });
    const reviews = await all<{ cardId: string; rating: number; review: Date }>('reviews');
    const cards = await all<{ id: string; deckId: string; state: number }>('cards');
    idb.close();
    return {
      logs: reviews
        .sort((a, b) => a.review.getTime() - b.review.getTime())
        .map((r) => `${r.cardId}:${r.rating}`),
      states: Object.fromEntries(
        cards.filter((c) => c.deckId === 'sample-friendship').map((c) => [c.id, c.state]),
      ),
    };
  });
}

/** Sets a study setting straight in IndexedDB (the app reads settings when Study loads). */
export async function putSetting(page: Page, key: string, value: unknown): Promise<void> {
  await page.evaluate(
    async ({ key, value }) => {
      const req = indexedDB.open('css-recall');
      const idb = await new Promise<IDBDatabase>((resolve, reject) => {
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const tx = idb.transaction('settings', 'readwrite');
      tx.objectStore('settings').put({ key, value });
      await new Promise<void>((resolve) => {
        tx.oncomplete = () => resolve();
      });
      idb.close();
    },
    { key, value },
  );
}
