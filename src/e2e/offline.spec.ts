import { expect, test } from './fixtures.ts';
import { reloadUnderServiceWorker } from './offline-steps.ts';

test('after one visit the app opens and navigates with no network', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Study' })).toBeVisible();
  // The service worker precaches the whole build, lazily loaded screens included.
  await reloadUnderServiceWorker(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Study' })).toBeVisible();
  for (const name of ['Timeline', 'Browse', 'Settings', 'Quiz']) {
    await page.getByRole('link', { name, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
  }
  await page.goto('/browse');
  await expect(page.getByRole('heading', { level: 1, name: 'Browse' })).toBeVisible();
  await context.setOffline(false);
});

test('on a phone the "works offline" notice keeps clear of the rating buttons and goes away', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  const notice = page.getByRole('status').filter({ hasText: 'CSS Recall now works offline.' });
  await expect(notice).toBeVisible();
  await page.getByRole('button', { name: 'Show answer' }).click();
  const ratings = page.getByRole('group', { name: 'How well did you know it?' });
  await expect(ratings).toBeVisible();
  const a = await notice.boundingBox();
  const b = await ratings.boundingBox();
  if (!a || !b) throw new Error('notice or ratings not laid out');
  expect(a.y + a.height <= b.y || b.y + b.height <= a.y, 'notice overlaps the rating buttons').toBe(true);
  await expect(notice).toBeHidden({ timeout: 15_000 });
});

test('the service worker does not precache the README screenshots', async ({ request }) => {
  const sw = await (await request.get('/sw.js')).text();
  expect(sw).toContain('index.html');
  expect(sw).not.toContain('screenshots/');
});
