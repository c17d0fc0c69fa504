// The app's write paths as steps a storage-full test takes in the built app: each starts on its
// screen, tries its write and names the message it must show when the write cannot be saved.
import type { Page } from '@playwright/test';
import { validBackup } from '../testing/bad-backups.ts';
import { dumpDatabase } from './db-dump.ts';
import { expect } from './fixtures.ts';
import { MADE_UP_TURKEY_ARTICLE } from './import-article.ts';

export interface WritePath {
  name: string;
  /** Opens the screen and gets everything ready short of the write itself. */
  prepare: (page: Page) => Promise<void>;
  /** The write. */
  write: (page: Page) => Promise<void>;
  /** What the screen says when the write was refused for want of space. */
  refused: RegExp;
  /** After the refusal: back to the screen itself (a dialog over it makes the rest of the page inert). */
  leave?: (page: Page) => Promise<void>;
  /** After space is freed: the same write again, and what shows it was saved. */
  retry: (page: Page) => Promise<void>;
}

const nav = (page: Page, name: string) => page.getByRole('link', { name, exact: true }).click();
const cardDialog = (page: Page) => page.getByRole('dialog', { name: 'Card' });

/** The notice the app shows, once, while storage is full. */
export const storageFullNotice = (page: Page) =>
  page
    .getByRole('alert')
    .filter({ hasText: 'This device is out of storage. Nothing already saved was lost' });

export const WRITE_PATHS: WritePath[] = [
  {
    name: 'rating',
    prepare: async (page) => {
      await nav(page, 'Study');
      await page.getByRole('button', { name: /^(Show answer|Check order)$/ }).click();
    },
    write: (page) => page.getByRole('button', { name: /^Good/ }).click(),
    refused: /out of storage, so your rating was not saved/,
    retry: async (page) => {
      await page.getByRole('button', { name: /^Good/ }).click();
      await expect(page.getByText(/out of storage/)).toHaveCount(0);
    },
  },
  {
    name: 'settings',
    prepare: (page) => nav(page, 'Settings'),
    write: (page) => page.getByRole('textbox', { name: 'New cards a day' }).fill('33'),
    refused: /out of storage, so the change was not saved/,
    retry: async (page) => {
      await page.getByRole('textbox', { name: 'New cards a day' }).fill('34');
      await expect(page.getByText(/out of storage/)).toHaveCount(0);
    },
  },
  {
    name: 'restore',
    prepare: async (page) => {
      await nav(page, 'Settings');
      await page.getByLabel('Restore backup').setInputFiles({
        name: 'backup.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(validBackup())),
      });
    },
    write: (page) => page.getByRole('button', { name: 'Merge' }).click(),
    refused: /out of storage, so the backup was not restored and nothing was changed/,
    retry: async (page) => {
      await page.getByRole('button', { name: 'Merge' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Merged the backup' })).toBeVisible();
    },
  },
  {
    name: 'suspend',
    prepare: async (page) => {
      await nav(page, 'Browse');
      await page.getByRole('button', { name: /\?/ }).first().click();
    },
    write: (page) => cardDialog(page).getByRole('button', { name: 'Suspend' }).click(),
    refused: /This device is out of storage, so the card was not changed\./,
    leave: (page) => cardDialog(page).getByRole('button', { name: 'Close' }).click(),
    retry: async (page) => {
      await page.getByRole('button', { name: /\?/ }).first().click();
      await cardDialog(page).getByRole('button', { name: 'Suspend' }).click();
      await expect(cardDialog(page).getByRole('button', { name: /Unsuspend|Resume/ })).toBeVisible();
      await cardDialog(page).getByRole('button', { name: 'Close' }).click();
    },
  },
  {
    name: 'import',
    prepare: async (page) => {
      await nav(page, 'Import');
      await page.getByRole('textbox', { name: 'Article text' }).fill(MADE_UP_TURKEY_ARTICLE);
      await page.getByRole('button', { name: 'Find facts' }).click();
      await expect(page.getByRole('region', { name: 'Preview' })).toBeVisible({ timeout: 30_000 });
    },
    write: (page) =>
      page.getByRole('region', { name: 'Preview' }).getByRole('button', { name: 'Save to deck' }).click(),
    refused: /out of storage, so nothing was saved/,
    retry: async (page) => {
      await page
        .getByRole('region', { name: 'Preview' })
        .getByRole('button', { name: 'Save to deck' })
        .click();
      await expect(page.getByRole('status').filter({ hasText: /^Saved 1 article/ })).toBeVisible();
    },
  },
];

/**
 * Takes every write path with the disk full (`fill`): its message and the storage-full notice show
 * and the database stays byte for byte as it was; then with space freed (`free`, then "I freed some
 * space") the same write is saved.
 */
export async function checkEveryWritePath(
  page: Page,
  disk: { fill: () => Promise<void>; free: () => Promise<void> },
): Promise<void> {
  for (const path of WRITE_PATHS) {
    await path.prepare(page);
    const before = await dumpDatabase(page);
    await disk.fill();
    await path.write(page);
    await expect(page.getByText(path.refused).first(), path.name).toBeVisible();
    await expect(storageFullNotice(page), path.name).toBeVisible();
    expect(await dumpDatabase(page), path.name).toBe(before);
    await path.leave?.(page);

    await disk.free();
    await storageFullNotice(page).getByRole('button', { name: 'I freed some space' }).click();
    await expect(storageFullNotice(page), path.name).toBeHidden();
    await path.retry(page);
    expect(await dumpDatabase(page), `${path.name}: saved once space was freed`).not.toBe(before);
  }
}
