// The `test` every browser spec uses: one Chromium per worker, launched from chromiumLaunchOptions().
import { test as base } from '@playwright/test';
import { chromiumLaunchOptions } from './browser.ts';

export const test = base.extend({
  browser: [
    async ({ playwright }, use) => {
      const browser = await playwright.chromium.launch({
        ...(await chromiumLaunchOptions()),
        headless: true,
      });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';
