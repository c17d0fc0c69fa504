// Daily snapshots in the built app: one is kept in Cache Storage once there is work to keep; when the
// browser wipes the database, the app says so on start and restores the latest snapshot; Settings
// lists the snapshots and restores one like a backup file.
import type { Page } from '@playwright/test';
import { dumpDatabase } from './db-dump.ts';
import { expect, test } from './fixtures.ts';
import { rateGood } from './study-steps.ts';

const snapshotCount = (page: Page) =>
  page.evaluate(async () => {
    const keys = await (await caches.open('css-recall-snapshots')).keys();
    return keys.filter((k) => k.url.includes('snapshot-')).length;
  });

const reviewCount = async (page: Page) =>
  (JSON.parse(await dumpDatabase(page)).tables.reviews as unknown[]).length;

test('a wiped database is noticed on start and restored from the latest snapshot', async ({ page }) => {
  await page.goto('/');
  await rateGood(page, 2);
  await page.reload();
  await expect.poll(() => snapshotCount(page)).toBe(1);

  // The browser deletes the database (as eviction or a full disk can).
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const r = indexedDB.deleteDatabase('css-recall');
        r.onsuccess = () => resolve();
        r.onerror = () => reject(r.error);
      }),
  );
  await page.reload();
  const alert = page
    .getByRole('alert')
    .filter({ hasText: 'The browser has deleted CSS Recall’s data on this device' });
  await expect(alert).toContainText('it held 2 reviews');
  await expect(alert).toContainText('holds 2 reviews');
  await alert.getByRole('button', { name: 'Restore the snapshot' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: /^Restored the snapshot of \d{4}-\d\d-\d\d: 2 reviews/ }),
  ).toBeVisible();
  expect(await reviewCount(page)).toBe(2);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'has deleted' })).toHaveCount(0);
});

test('Settings lists the snapshots and restores one after showing what it holds', async ({ page }) => {
  await page.goto('/');
  await rateGood(page, 2);
  await page.reload();
  await expect.poll(() => snapshotCount(page)).toBe(1);
  await rateGood(page, 2);
  expect(await reviewCount(page)).toBe(4);
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  const list = page.getByRole('region', { name: 'Snapshots' });
  await expect(list).toContainText('2 reviews');
  await list.getByRole('button', { name: /^Restore the snapshot of / }).click();
  const preview = page.getByRole('region', { name: 'Backup to restore' });
  await expect(preview).toContainText('The snapshot of');
  await preview.getByRole('button', { name: 'Replace' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Replaced with the backup' })).toBeVisible();
  expect(await reviewCount(page)).toBe(2);
});
