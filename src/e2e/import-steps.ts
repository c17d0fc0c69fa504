// Steps that browser specs take on the Import screen.
import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';
import { MADE_UP_TURKEY_ARTICLE } from './import-article.ts';

/** Opens Import, pastes the made-up article, finds its facts and saves them to a deck. */
export async function saveMadeUpArticle(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Import', exact: true }).click();
  await page.getByRole('textbox', { name: 'Article text' }).fill(MADE_UP_TURKEY_ARTICLE);
  await page.getByRole('button', { name: 'Find facts' }).click();
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview).toBeVisible({ timeout: 30_000 });
  await preview.getByRole('button', { name: 'Save to deck' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Saved 1 article/ })).toBeVisible();
}
