// Importing an article in the built app: the real worker finds the facts, the cards reach Browse and the
// Study queue, survive a reload, and go when the article is removed. Text problems keep the text.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { MADE_UP_TURKEY_ARTICLE } from './import-article.ts';
import { reloadUnderServiceWorker } from './offline-steps.ts';

/** The number before "new" on the Study screen, once its cards have loaded. */
async function newCount(page: Page): Promise<number> {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
  const text = (await page.locator('.count-new').textContent()) ?? '';
  return Number(/(\d+)/.exec(text)?.[1]);
}

test.beforeEach(async ({ page }) => {
  // Every card counts as new today, siblings too, so the Study count shows each card the import adds.
  await page.goto('/settings');
  const perDay = page.getByRole('textbox', { name: 'New cards a day' });
  await perDay.fill('9999');
  await expect(perDay).toHaveAttribute('aria-invalid', 'false');
  await page.getByRole('checkbox', { name: /One card of a fact a day/ }).uncheck();
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'New cards a day' })).toHaveValue('9999');
});

test('pastes an article, saves its cards, sees them in Browse and Study, reloads, and removes it', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const before = await newCount(page);
  expect(before).toBeGreaterThan(0);

  await page.getByRole('link', { name: 'Import', exact: true }).click();
  await expect(page.getByText('Articles you save appear here, grouped by deck.')).toBeVisible();
  await page.getByRole('textbox', { name: 'Article text' }).fill(MADE_UP_TURKEY_ARTICLE);
  await expect(
    page.getByText(`${MADE_UP_TURKEY_ARTICLE.length.toLocaleString('en')} / 200,000 characters`),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Find facts' }).click();

  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview).toBeVisible({ timeout: 30_000 });
  await expect(
    preview.getByText(/^Found \d+ dated facts in “Pakistan and Turkey: visits, pacts and a council”/),
  ).toBeVisible();
  await expect(preview.getByRole('list', { name: 'Cards by kind' })).toContainText('When:');
  await expect(preview.getByText('2 April 1954').first()).toBeVisible();
  await preview.getByRole('button', { name: 'Save to deck' }).click();

  const saved = page.getByRole('status').filter({ hasText: /^Saved 1 article/ });
  await expect(saved).toBeVisible();
  const added = Number(/(\d+) new cards?/.exec((await saved.textContent()) ?? '')?.[1]);
  expect(added).toBeGreaterThan(5);
  const decks = page.getByRole('region', { name: 'Your imported decks' });
  await expect(decks.getByRole('heading', { name: 'My articles' })).toBeVisible();
  await expect(decks.getByText(`${added} cards · 1 article`)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Article text' })).toHaveValue('');

  await page.getByRole('link', { name: 'Browse', exact: true }).click();
  await page.getByRole('combobox', { name: 'Deck' }).selectOption({ label: 'My articles' });
  await expect(page.getByText(`${added} cards`, { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: /Ozal/ }).first()).toBeVisible();

  expect(await newCount(page)).toBe(before + added);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
  expect(await newCount(page)).toBe(before + added);

  await page.goto('/import');
  await page.reload();
  await decks
    .getByRole('button', { name: 'Remove “Pakistan and Turkey: visits, pacts and a council”' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Remove this article?' });
  await expect(dialog).toContainText('so the deck goes too');
  await dialog.getByRole('button', { name: 'Remove article' }).click();
  await expect(decks.getByText('Articles you save appear here, grouped by deck.')).toBeVisible({
    timeout: 30_000,
  });
  expect(await newCount(page)).toBe(before);
  expect(errors).toEqual([]);
});

test('text with no dated facts, or only markup, gets a message and stays in the box through a reload', async ({
  page,
}) => {
  const hostile =
    '<img src="x" onerror="window.__hacked = 1"><script>window.__hacked = 1</script>\n\nThe two countries are old friends.';
  await page.goto('/import');
  const box = page.getByRole('textbox', { name: 'Article text' });
  await box.fill(hostile);
  await page.getByRole('button', { name: 'Find facts' }).click();
  await expect(page.getByRole('alert')).toContainText('No dated facts were found', { timeout: 30_000 });
  await expect(box).toHaveValue(hostile);
  expect(await page.evaluate(() => (window as { __hacked?: number }).__hacked)).toBeUndefined();
  await expect(page.locator('main img, main script')).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Article text' })).toHaveValue(hostile);
  await page.getByRole('textbox', { name: 'Article text' }).fill('   ');
  await page.getByRole('button', { name: 'Find facts' }).click();
  await expect(page.getByRole('alert')).toContainText('only spaces and blank lines');
});

test('finds facts with no network: the worker comes from the offline cache', async ({ page, context }) => {
  await page.goto('/import');
  await reloadUnderServiceWorker(page);
  await context.setOffline(true);
  await page.reload();
  await page.getByRole('textbox', { name: 'Article text' }).fill(MADE_UP_TURKEY_ARTICLE);
  await page.getByRole('button', { name: 'Find facts' }).click();
  await expect(page.getByRole('region', { name: 'Preview' })).toBeVisible({ timeout: 30_000 });
  await context.setOffline(false);
});

test('two tabs saving to one deck at once keep both articles', async ({ page, context }) => {
  const paragraphs = MADE_UP_TURKEY_ARTICLE.split('\n\n');
  const early = paragraphs.slice(0, 5).join('\n\n');
  const later = ['Later ties between Islamabad and Ankara', ...paragraphs.slice(5)].join('\n\n');
  const other = await context.newPage();
  for (const [tab, text] of [
    [page, early],
    [other, later],
  ] as const) {
    await tab.goto('/import');
    await tab.getByRole('textbox', { name: 'Article text' }).fill(text);
    await tab.getByRole('button', { name: 'Find facts' }).click();
    await expect(tab.getByRole('button', { name: 'Save to deck' })).toBeVisible({ timeout: 30_000 });
  }
  await Promise.all([
    page.getByRole('button', { name: 'Save to deck' }).click(),
    other.getByRole('button', { name: 'Save to deck' }).click(),
  ]);
  for (const tab of [page, other]) {
    const decks = tab.getByRole('region', { name: 'Your imported decks' });
    await expect(decks.getByText('Pakistan and Turkey: visits, pacts and a council')).toBeVisible();
    await expect(decks.getByText('Later ties between Islamabad and Ankara')).toBeVisible();
    await expect(decks.getByText(/ · 2 articles$/)).toBeVisible();
  }
});
