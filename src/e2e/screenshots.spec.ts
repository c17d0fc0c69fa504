// Not a test of behaviour: with SCREENSHOTS=dir set, saves each screen at phone and desktop sizes in
// both themes, for a person to look at; on a phone, a second shot scrolled to the end shows what sits
// just above the tab bar.
import { expect, test } from './fixtures.ts';

const dir = process.env.SCREENSHOTS;
const PATHS = ['/', '/quiz', '/timeline', '/progress', '/browse', '/import', '/settings'];
const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
];

test.skip(!dir, 'set SCREENSHOTS=<folder> to save screenshots');

for (const scheme of ['light', 'dark'] as const) {
  test(`screenshots in ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const size of SIZES) {
      await page.setViewportSize(size);
      for (const path of PATHS) {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(page.getByText(/^Loading/)).toHaveCount(0);
        const name = path === '/' ? 'study' : path.slice(1);
        await page.screenshot({ path: `${dir}/${name}-${size.name}-${scheme}.png`, fullPage: false });
        const scrolls = await page.evaluate(() => document.documentElement.scrollHeight > window.innerHeight);
        if (size.name === 'phone' && scrolls) {
          await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
          await page.screenshot({ path: `${dir}/${name}-${size.name}-end-${scheme}.png`, fullPage: false });
        }
      }
    }
  });
}
