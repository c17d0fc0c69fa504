// Not a test of behaviour: with SCREENSHOTS=dir set, saves the Import screen in each of its states
// (empty, files chosen, no facts found, an article pasted, preview, saved, asking before a removal) at phone and
// desktop sizes in both themes, for a person to look at; on a phone, a second shot scrolled to the end.
import { expect, test } from './fixtures.ts';
import { MADE_UP_TURKEY_ARTICLE } from './import-article.ts';

const dir = process.env.SCREENSHOTS;
const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
];

test.skip(!dir, 'set SCREENSHOTS=<folder> to save screenshots');

for (const scheme of ['light', 'dark'] as const) {
  for (const size of SIZES) {
    test(`import screenshots, ${size.name}, ${scheme}`, async ({ page }) => {
      const shot = async (state: string) => {
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: `${dir}/import-${state}-${size.name}-${scheme}.png` });
        const scrolls = await page.evaluate(() => document.documentElement.scrollHeight > window.innerHeight);
        if (size.name === 'phone' && scrolls) {
          await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
          await page.screenshot({ path: `${dir}/import-${state}-${size.name}-end-${scheme}.png` });
        }
      };
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize(size);
      await page.goto('/import');
      await expect(page.getByText('Articles you save appear here, grouped by deck.')).toBeVisible();
      // The first visit's "works offline" notice would sit over the form.
      await page
        .getByText('CSS Recall now works offline.')
        .waitFor({ timeout: 5_000 })
        .then(
          () => page.getByRole('button', { name: 'OK' }).click(),
          () => {},
        );
      await shot('empty');

      await page.getByLabel('Choose .txt files').setInputFiles([
        { name: 'turkey-visits.txt', mimeType: 'text/plain', buffer: Buffer.from(MADE_UP_TURKEY_ARTICLE) },
        { name: 'scan.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]) },
      ]);
      await expect(page.getByRole('list', { name: 'Chosen files' })).toBeVisible();
      await shot('files');
      await page.getByRole('button', { name: 'Remove turkey-visits.txt' }).click();

      const box = page.getByRole('textbox', { name: 'Article text' });
      await box.fill('The two countries are old friends and trade a great deal.');
      await page.getByRole('button', { name: 'Find facts' }).click();
      await expect(page.getByRole('alert')).toBeVisible({ timeout: 30_000 });
      await shot('no-facts');

      await box.fill(MADE_UP_TURKEY_ARTICLE);
      await shot('pasted');
      await page.getByRole('button', { name: 'Find facts' }).click();
      const preview = page.getByRole('region', { name: 'Preview' });
      await expect(preview).toBeVisible({ timeout: 30_000 });
      // The extractor may leave nothing of this article out; open the list when there is one.
      const left = preview.getByText(/^Left out/);
      if ((await left.count()) > 0) await left.click();
      await shot('preview');

      await preview.getByRole('button', { name: 'Save to deck' }).click();
      await expect(page.getByRole('status').filter({ hasText: /^Saved/ })).toBeVisible();
      await shot('saved');

      await page.getByRole('button', { name: /^Remove “/ }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await page.screenshot({ path: `${dir}/import-confirm-${size.name}-${scheme}.png` });
    });
  }
}
