// The sizes every screenshot spec saves (phone and desktop), the folder SCREENSHOTS names, and a
// step for specs that seed the database again for each size.
import type { Page } from '@playwright/test';
export const SCREENSHOT_DIR = process.env.SCREENSHOTS;

export const SCREENSHOT_SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

/**
 * Forgets the daily snapshots and the marker beside them, so that seeding the database again (its
 * reviews cleared) for the next size is not taken for the browser wiping it.
 */
export async function forgetSnapshots(page: Page): Promise<void> {
  await page.evaluate(() => caches.delete('css-recall-snapshots'));
}
