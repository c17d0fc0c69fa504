// Backups in the built app: every bad file of the catalogue refused with its reason and the database
// left byte for byte as it was; a full backup restored into a fresh profile; replace and merge.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { BAD_BACKUPS } from '../testing/bad-backups.ts';
import { dumpDatabase } from './db-dump.ts';
import { expect, test } from './fixtures.ts';
import { saveMadeUpArticle } from './import-steps.ts';
import { rateGood } from './study-steps.ts';

async function restoreFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.getByLabel('Restore backup').setInputFiles({ name, mimeType: 'application/json', buffer });
}

test('refuses each bad backup of the catalogue with its reason, and the database stays byte-identical', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await rateGood(page, 2);
  await saveMadeUpArticle(page);
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Your data' })).toBeVisible();
  const before = await dumpDatabase(page);
  expect(before).toContain('"reviews"');
  const status = page.getByRole('status').filter({ hasText: 'This backup was not restored' });
  for (const [i, bad] of BAD_BACKUPS.entries()) {
    // A fresh file name each time, so even a repeated message is a new refusal on screen.
    await restoreFile(page, `bad-${i}.json`, Buffer.from(bad.text));
    await expect(status, bad.name).toHaveText(bad.problem);
    await expect(page.getByRole('button', { name: 'Merge' })).toHaveCount(0);
    expect(await dumpDatabase(page), bad.name).toBe(before);
    // Clear the message so the next one is seen arriving.
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Your data' })).toBeVisible();
  }
  expect(errors).toEqual([]);
});

test('a full backup restored into a fresh profile gives the same database, imported deck and article included', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await rateGood(page, 2);
  await saveMadeUpArticle(page);
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByRole('textbox', { name: 'New cards a day' }).fill('17');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download backup' }).click();
  const file = await (await downloading).path();
  const source = normalised(await dumpDatabase(page));

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('/');
  await expect(other.getByRole('button', { name: 'Show answer' })).toBeVisible();
  await other.getByRole('link', { name: 'Settings', exact: true }).click();
  await restoreFile(other, 'backup.json', readFileSync(file));
  const preview = other.getByRole('region', { name: 'Backup to restore' });
  await expect(preview).toContainText('the imported decks “My articles”');
  await expect(preview).toContainText('1 imported article');
  await preview.getByRole('button', { name: 'Replace' }).click();
  await expect(other.getByRole('status').filter({ hasText: 'Replaced with the backup' })).toBeVisible();
  expect(normalised(await dumpDatabase(other))).toEqual(source);
  await other.getByRole('link', { name: 'Import', exact: true }).click();
  await expect(
    other.getByRole('region', { name: 'Your imported decks' }).getByRole('heading', { name: 'My articles' }),
  ).toBeVisible();
  await fresh.close();
});

test('replace and merge on a profile with newer progress', async ({ page }) => {
  await page.goto('/');
  await rateGood(page, 2);
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download backup' }).click();
  const file = readFileSync(await (await downloading).path());
  await page.getByRole('link', { name: 'Study', exact: true }).click();
  await rateGood(page, 2);
  const reviews = (dump: string) => (JSON.parse(dump).tables.reviews as unknown[]).length;
  expect(reviews(await dumpDatabase(page))).toBe(4);

  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await restoreFile(page, 'older.json', file);
  await page.getByRole('button', { name: 'Merge' }).click();
  const merged = page.getByRole('status').filter({ hasText: 'Merged the backup: ' });
  await expect(merged).toContainText('0 new reviews');
  expect(reviews(await dumpDatabase(page))).toBe(4);

  await restoreFile(page, 'older.json', file);
  await page.getByRole('button', { name: 'Replace' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Replaced with the backup' })).toBeVisible();
  expect(reviews(await dumpDatabase(page))).toBe(2);
});

/** A dump without what differs between two profiles by nature: when the shipped deck was loaded, review ids. */
function normalised(dump: string): unknown {
  const parsed = JSON.parse(dump) as { tables: Record<string, [unknown, Record<string, unknown>][]> };
  const t = parsed.tables;
  t.decks = (t.decks ?? []).map(([k, d]) => [k, d.origin === 'shipped' ? { ...d, loadedAt: null } : d]);
  t.reviews = (t.reviews ?? []).map(([, r]) => [null, { ...r, id: null }]);
  return parsed;
}

test('exports every card with its progress as CSV', async ({ page }) => {
  await page.goto('/');
  await rateGood(page, 2);
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Cards as CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^css-recall-cards-\d{4}-\d\d-\d\d\.csv$/);
  const text = readFileSync(await download.path(), 'utf8');
  const lines = text
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  const cards = (JSON.parse(await dumpDatabase(page)).tables.cards as unknown[]).length;
  expect(lines[0]).toMatch(/^deck,card id,question,answer,/);
  // Questions hold no line breaks, so each card is one line.
  expect(lines).toHaveLength(cards + 1);
  expect(lines.filter((l) => /,learning,|,review,/.test(l))).toHaveLength(2);
});
