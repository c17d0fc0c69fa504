// Not a test of behaviour: with SCREENSHOTS=dir set, saves the Study screen's states (question, answer
// with sources and a conflict, multiple choice, ordering, summary) at phone and desktop sizes, light and dark.
import { expect, test } from './fixtures.ts';
import { forgetSnapshots, SCREENSHOT_DIR, SCREENSHOT_SIZES } from './shots.ts';
import { readFixtureDeck, seedDeck } from './study-seed.ts';
import { rateUntil } from './study-steps.ts';

const dir = SCREENSHOT_DIR;
const deck = readFixtureDeck('sample-friendship.v1.deck.json');

test.skip(!dir, 'set SCREENSHOTS=<folder> to save screenshots');

for (const scheme of ['light', 'dark'] as const) {
  test(`study screenshots in ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const size of SCREENSHOT_SIZES) {
      await page.setViewportSize(size);
      await page.goto('/');
      await seedDeck(page, deck);
      await forgetSnapshots(page);
      await page.reload();
      const shot = async (name: string) =>
        page.screenshot({
          path: `${dir}/study-${name}-${size.name}-${scheme}.png`,
          fullPage: size.name === 'desktop',
        });
      await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
      await shot('question');
      await page.keyboard.press('e');
      await expect(page.getByRole('dialog', { name: 'Edit card' })).toBeVisible();
      await shot('edit-dialog');
      await page.keyboard.press('Escape');
      await page.keyboard.press('a');
      await expect(page.getByRole('dialog', { name: 'Add a card' })).toBeVisible();
      await shot('add-dialog');
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog', { name: 'Add a card' })).toBeHidden();
      await page.keyboard.press('Space');
      await page.keyboard.press('4');
      await expect(page.locator('#study-question')).toHaveText(/boundary agreement/);
      await page.keyboard.press('Space');
      await expect(page.getByRole('note')).toBeVisible();
      await shot('answer-conflict');
      if (size.name === 'phone') {
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        await shot('answer-conflict-end');
        await page.evaluate(() => window.scrollTo(0, 0));
      }
      await page.keyboard.press('4');
      await expect(page.getByRole('note')).toBeHidden();
      await rateUntil(page, /In which year did Pakistan recognise/);
      await shot('choice');
      await page.keyboard.press('1');
      await shot('choice-wrong');
      await page.keyboard.press('Enter');
      await expect(page.locator('#study-question')).not.toHaveText(/recognise/);
      await rateUntil(page, /in order/);
      await shot('order');
      await page
        .getByRole('button', { name: /^Move down/ })
        .first()
        .click();
      await page.getByRole('button', { name: 'Check order' }).click();
      await shot('order-checked');
      await rateUntil(page, /^$/);
      await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();
      await shot('summary');
    }
  });
}
