// Adding cards by hand and editing a shipped card in the built app: both stay through a reload and a
// deck update (the shipped deck's stored version made stale, so the app loads it again on start).
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const SHIPPED = 'pakistan-russia';

/** Makes the stored shipped deck look older than the one bundled, as if the app had been updated. */
async function staleDeck(page: Page, cardId: string): Promise<void> {
  await page.evaluate(
    async ({ deckId, cardId }) => {
      const req = indexedDB.open('css-recall');
      const idb = await new Promise<IDBDatabase>((resolve, reject) => {
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const tx = idb.transaction(['decks', 'cards'], 'readwrite');
      const decks = tx.objectStore('decks');
      const cards = tx.objectStore('cards');
      const get = <T>(store: IDBObjectStore, key: string) =>
        new Promise<T>((resolve) => {
          const r = store.get(key);
          r.onsuccess = () => resolve(r.result as T);
        });
      const deck = await get<{ version: string }>(decks, deckId);
      decks.put({ ...deck, version: 'an-older-version' });
      // The older deck asked this card's question in other words.
      const card = await get<{ edit: { shipped: { prompt: string } } }>(cards, cardId);
      cards.put({
        ...card,
        edit: { ...card.edit, shipped: { ...card.edit.shipped, prompt: 'Older words' } },
      });
      await new Promise<void>((resolve) => {
        tx.oncomplete = () => resolve();
      });
      idb.close();
    },
    { deckId: SHIPPED, cardId },
  );
}

test('a card added in Browse and one added in Study, and an edit, stay through a reload and a deck update', async ({
  page,
}) => {
  await page.goto('/browse');
  await page.getByRole('combobox', { name: 'Deck' }).selectOption({ label: 'Pakistan–Russia relations' });
  await page.getByRole('button', { name: 'Add card' }).click();
  const adder = page.getByRole('dialog', { name: 'Add a card' });
  await expect(adder.getByLabel('Deck')).toHaveValue(SHIPPED);
  await adder.getByRole('button', { name: 'Save' }).click();
  await expect(adder.getByRole('alert')).toContainText('The question cannot be empty.');
  await adder.getByLabel('Era').selectOption({ label: '1954–64: Western pacts and the U-2 crisis' });
  await adder.getByLabel('Question').fill('When did my own test flight land in Karachi?');
  await adder.getByLabel('Answer', { exact: true }).fill('12 May 1960');
  await adder.getByLabel('Note shown with the answer').fill('From my lecture notes.');
  await adder.getByRole('button', { name: 'Save' }).click();
  await expect(adder).toBeHidden();
  // The new card opens, marked as the person's.
  const details = page.getByRole('dialog', { name: 'Card' });
  await expect(details.getByText('Added by you')).toBeVisible();
  await details.getByRole('button', { name: 'Edit' }).click();
  const editor = page.getByRole('dialog', { name: 'Edit card' });
  await editor.getByLabel('Answer', { exact: true }).fill('13 May 1960');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(details.getByText('13 May 1960')).toBeVisible();
  await details.getByRole('button', { name: 'Close' }).click();

  // Edit a shipped card.
  await page.getByRole('searchbox', { name: 'Search cards' }).fill('Pandit present her credentials');
  await page
    .getByRole('button', { name: /^When did Indian ambassador Vijay Lakshmi Pandit/ })
    .first()
    .click();
  await details.getByRole('button', { name: 'Edit' }).click();
  await editor
    .getByLabel('Question')
    .fill('When did India’s first ambassador hand over her credentials in Moscow?');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();
  await details.getByRole('button', { name: 'Close' }).click();

  // In Study, A adds a card.
  await page.getByRole('link', { name: 'Study', exact: true }).click();
  await expect(page.locator('#study-question')).toBeVisible();
  await page.keyboard.press('a');
  await adder.getByLabel('Question').fill('Who chaired my own study group?');
  await adder.getByRole('radio', { name: /A name/ }).check();
  await adder.getByLabel('Answer', { exact: true }).fill('Asma Qureshi');
  await adder.getByRole('button', { name: 'Save' }).click();
  await expect(adder).toBeHidden();

  // A reload, then a deck update: the app loads the bundled deck over the stale one.
  await page.reload();
  await page.goto('/browse');
  await page.getByRole('searchbox', { name: 'Search cards' }).fill('credentials');
  await expect(page.getByRole('button', { name: /India’s first ambassador hand over/ })).toBeVisible();
  const editedId = await page.evaluate(async () => {
    const req = indexedDB.open('css-recall');
    const idb = await new Promise<IDBDatabase>((resolve) => {
      req.onsuccess = () => resolve(req.result);
    });
    const all = await new Promise<{ id: string; edit?: { fields: { prompt: string } } }[]>((resolve) => {
      const r = idb.transaction('cards').objectStore('cards').getAll();
      r.onsuccess = () => resolve(r.result);
    });
    idb.close();
    return all.find((c) => c.edit?.fields.prompt.startsWith('When did India’s first'))?.id ?? '';
  });
  expect(editedId).toMatch(/^pakistan-russia:/);
  await staleDeck(page, editedId);
  await page.reload();

  await page.getByRole('searchbox', { name: 'Search cards' }).fill('my own');
  await expect(page.getByText('2 cards', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: /When did my own test flight/ }).click();
  await expect(details.getByText('13 May 1960')).toBeVisible();
  await expect(details.getByText('New', { exact: true })).toBeVisible();
  await details.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('searchbox', { name: 'Search cards' }).fill('credentials');
  await page.getByRole('button', { name: /India’s first ambassador hand over/ }).click();
  await expect(
    details.getByText(/the deck has changed this card since, and your text is kept/),
  ).toBeVisible();
});
