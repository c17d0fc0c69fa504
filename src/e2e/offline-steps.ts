// Steps that browser specs take to work with no network.
import { expect, type Page } from '@playwright/test';

/**
 * Waits for the service worker to precache the build, then reloads so that it controls the page: the
 * first load is not controlled by it (it waits to be asked before taking over), the next one is.
 */
export async function reloadUnderServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}
