// Storage full, simulated: every IndexedDB write throws the browser's QuotaExceededError while the
// page's `__diskFull` switch is on. Each write path shows its message and the one storage-full
// notice, the database stays as it was, and freeing space (switch off, then "I freed some space") lets
// the app write again. small-disk.spec.ts does the same with a disk that is really full.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { checkEveryWritePath } from './write-paths.ts';

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

test('every write path, with the disk full, keeps what was stored and says so once space is short', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
  await checkEveryWritePath(page, { fill: () => diskFull(page, true), free: () => diskFull(page, false) });
  expect(errors).toEqual([]);
});
