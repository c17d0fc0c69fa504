// Two tabs of one profile: undo in one never erases the other's rating, and accepting an update in
// one reloads that tab only; the other is told and reloads when its person chooses.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { reloadUnderServiceWorker } from './offline-steps.ts';
import { readFixtureDeck, readProgress, seedDeck } from './study-seed.ts';

const deck = readFixtureDeck('sample-friendship.v1.deck.json');

/** Whether the page still shows the document the test marked (true while it is between documents). */
const sameDocument = (page: Page) => page.evaluate(() => '__sameDocument' in window).catch(() => true);

async function rateGood(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Show answer' }).click();
  await page.getByRole('button', { name: /^Good/ }).click();
}

test('undo in one tab never erases the rating another tab made since', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Study' })).toBeVisible();
  // One card only, so that after a rating it comes straight back (learn-ahead) in the other tab.
  await seedDeck(page, { ...deck, cards: deck.cards.slice(0, 1) });
  await page.reload();
  const other = await context.newPage();
  await other.goto('/');
  await expect(other.getByRole('button', { name: 'Show answer' })).toBeVisible();

  await rateGood(page);
  await expect.poll(async () => (await readProgress(page)).logs).toHaveLength(1);
  // The other tab sees the card again (it is due within the learn-ahead window) and rates it.
  await expect(other.getByRole('button', { name: 'Show answer' })).toBeVisible();
  await rateGood(other);
  await expect.poll(async () => (await readProgress(page)).logs).toHaveLength(2);
  const afterBoth = await readProgress(page);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'That card was studied again in another tab, so your rating of it stays and cannot be undone here.',
  );
  expect(await readProgress(page)).toEqual(afterBoth);
  // Undo in the tab that rated last still works: its rating is the card's latest.
  await other.keyboard.press('u');
  await expect.poll(async () => (await readProgress(page)).logs).toHaveLength(1);
});

test('accepting an update in one tab reloads that tab only; the other asks', async ({ page, context }) => {
  const swFile = fileURLToPath(new URL('../../dist/sw.js', import.meta.url));
  const original = readFileSync(swFile, 'utf8');
  const other = await context.newPage();
  try {
    await page.goto('/');
    await reloadUnderServiceWorker(page);
    await other.goto('/');
    await expect(other.getByRole('heading', { level: 1, name: 'Study' })).toBeVisible();
    expect(await other.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    for (const p of [page, other]) {
      await p.evaluate(() => {
        (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
      });
    }
    // A new build: the service worker's bytes change.
    writeFileSync(swFile, `${original}\n// update ${Date.now()}\n`);
    for (const p of [page, other]) {
      await p.evaluate(async () => {
        await (await navigator.serviceWorker.getRegistration())?.update();
      });
    }
    const ready = page.getByRole('status').filter({ hasText: 'A new version of CSS Recall is ready.' });
    await expect(ready).toBeVisible({ timeout: 30_000 });
    await ready.getByRole('button', { name: 'Reload' }).click();
    // While the tab reloads its page has no document to ask: that counts as not yet reloaded.
    await expect.poll(() => sameDocument(page), { timeout: 30_000 }).toBe(false);
    const told = other.getByRole('status').filter({ hasText: 'CSS Recall was updated in another tab' });
    await expect(told).toBeVisible({ timeout: 30_000 });
    expect(await other.evaluate(() => '__sameDocument' in window)).toBe(true);
    await told.getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => sameDocument(other), { timeout: 30_000 }).toBe(false);
  } finally {
    writeFileSync(swFile, original);
  }
});
