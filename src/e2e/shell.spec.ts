import { expect, test } from './fixtures.ts';

const SCREENS = ['Study', 'Quiz', 'Timeline', 'Progress', 'Browse', 'Import', 'Settings'] as const;

test('every screen is reachable by its link, on desktop and phone', async ({ page }) => {
  for (const size of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(size);
    await page.goto('/');
    for (const name of SCREENS) {
      await page.getByRole('link', { name, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
      await expect(page.getByRole('link', { name, exact: true })).toHaveAttribute('aria-current', 'page');
    }
  }
});

test('no screen is wider than a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  // Something each screen shows once its data has loaded, so the widest content is on the page.
  const loaded = {
    '/': page.getByRole('button', { name: 'Show answer' }),
    '/quiz': page.getByRole('button', { name: 'Start quiz' }),
    '/timeline': page.getByRole('heading', { level: 2 }).first(),
    '/progress': page.getByRole('table'),
    '/browse': page.getByText(/^\d+ cards$/),
    '/import': page.getByRole('heading', { level: 1 }),
    '/settings': page.getByRole('textbox', { name: 'New cards a day' }),
  };
  for (const [path, ready] of Object.entries(loaded)) {
    await page.goto(path);
    await expect(ready).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
  }
});

test('a setting is written to IndexedDB and survives a reload', async ({ page }) => {
  await page.goto('/settings');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  const stored = await page.evaluate(async () => {
    const req = indexedDB.open('css-recall');
    const idb = await new Promise<IDBDatabase>((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const row = await new Promise<unknown>((resolve, reject) => {
      const get = idb.transaction('settings').objectStore('settings').get('theme');
      get.onsuccess = () => resolve(get.result);
      get.onerror = () => reject(get.error);
    });
    idb.close();
    return row;
  });
  expect(stored).toEqual({ key: 'theme', value: 'dark' });

  await page.reload();
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('an unknown address shows a way back', async ({ page }) => {
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Study', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Study' })).toBeVisible();
});

test('two tabs stay in step: a setting changed in one shows in the other', async ({ context }) => {
  const one = await context.newPage();
  const two = await context.newPage();
  await one.goto('/settings');
  await two.goto('/settings');
  await expect(two.getByRole('radio', { name: 'Match device' })).toBeChecked();
  await one.getByRole('radio', { name: 'Light' }).check();
  await expect(two.getByRole('radio', { name: 'Light' })).toBeChecked();
  await expect(two.locator('html')).toHaveAttribute('data-theme', 'light');
  const field = two.getByRole('textbox', { name: 'New cards a day' });
  await field.fill('7');
  await expect(one.getByRole('textbox', { name: 'New cards a day' })).toHaveValue('7');
});
