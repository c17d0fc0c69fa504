// Storage full, simulated: every IndexedDB write throws the browser's QuotaExceededError while the
// page's `__diskFull` switch is on. Each write path shows its message and the one storage-full
// notice, the database stays as it was, and freeing space (switch off, then "I freed some space") lets
// the app write again.
import type { Page } from '@playwright/test';
import { validBackup } from '../testing/bad-backups.ts';
import { dumpDatabase } from './db-dump.ts';
import { expect, test } from './fixtures.ts';
import { MADE_UP_TURKEY_ARTICLE } from './import-article.ts';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __diskFull: boolean };
    w.__diskFull = false;
    for (const method of ['put', 'add', 'delete', 'clear'] as const) {
      const original = IDBObjectStore.prototype[method] as (...args: unknown[]) => IDBRequest;
      Object.defineProperty(IDBObjectStore.prototype, method, {
        configurable: true,
        writable: true,
        value(this: IDBObjectStore, ...args: unknown[]) {
          if (w.__diskFull) throw new DOMException('The disk is full (simulated).', 'QuotaExceededError');
          return original.apply(this, args);
        },
      });
    }
  });
});

const diskFull = (page: Page, on: boolean) =>
  page.evaluate((v) => {
    (window as unknown as { __diskFull: boolean }).__diskFull = v;
  }, on);

/** Runs `write` with the disk full: its message shows, the notice shows, nothing changed; then frees space. */
async function refusedWhenFull(page: Page, write: () => Promise<void>, message: RegExp): Promise<void> {
  const before = await dumpDatabase(page);
  await diskFull(page, true);
  await write();
  await expect(page.getByText(message).first()).toBeVisible();
  const notice = page
    .getByRole('alert')
    .filter({ hasText: 'This device is out of storage. Nothing already saved was lost' });
  await expect(notice).toBeVisible();
  await diskFull(page, false);
  expect(await dumpDatabase(page)).toBe(before);
  await notice.getByRole('button', { name: 'I freed some space' }).click();
  await expect(notice).toBeHidden();
}

test('every write path, with the disk full, keeps what was stored and says so once space is short', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  const question = page.locator('#study-question');
  await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();

  // Rating.
  const asked = await question.textContent();
  await refusedWhenFull(
    page,
    async () => {
      await page.getByRole('button', { name: /^(Show answer|Check order)$/ }).click();
      await page.getByRole('button', { name: /^Good/ }).click();
    },
    /out of storage, so your rating was not saved/,
  );
  await expect(question).toHaveText(asked ?? '');
  // Space freed: the same rating now saves.
  await page.getByRole('button', { name: /^Good/ }).click();
  await expect(page.getByText(/out of storage/)).toHaveCount(0);

  // Settings.
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await refusedWhenFull(
    page,
    () => page.getByRole('textbox', { name: 'New cards a day' }).fill('33'),
    /out of storage, so the change was not saved/,
  );

  // Restore.
  await refusedWhenFull(
    page,
    async () => {
      await page.getByLabel('Restore backup').setInputFiles({
        name: 'backup.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(validBackup())),
      });
      await page.getByRole('button', { name: 'Merge' }).click();
    },
    /out of storage, so the backup was not restored and nothing was changed/,
  );

  // Suspend, in Browse.
  await page.getByRole('link', { name: 'Browse', exact: true }).click();
  await page.getByRole('button', { name: /\?/ }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Card' });
  const before = await dumpDatabase(page);
  await diskFull(page, true);
  await dialog.getByRole('button', { name: 'Suspend' }).click();
  await expect(dialog.getByText('This device is out of storage, so the card was not changed.')).toBeVisible();
  await diskFull(page, false);
  expect(await dumpDatabase(page)).toBe(before);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page
    .getByRole('alert')
    .filter({ hasText: 'This device is out of storage' })
    .getByRole('button', { name: 'I freed some space' })
    .click();

  // Import.
  await page.getByRole('link', { name: 'Import', exact: true }).click();
  await page.getByRole('textbox', { name: 'Article text' }).fill(MADE_UP_TURKEY_ARTICLE);
  await page.getByRole('button', { name: 'Find facts' }).click();
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview).toBeVisible({ timeout: 30_000 });
  await refusedWhenFull(
    page,
    () => preview.getByRole('button', { name: 'Save to deck' }).click(),
    /out of storage, so nothing was saved/,
  );
  await preview.getByRole('button', { name: 'Save to deck' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Saved 1 article/ })).toBeVisible();
  expect(errors).toEqual([]);
});
