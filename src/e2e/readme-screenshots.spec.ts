// Not a test of behaviour: with README_SCREENSHOTS=dir set (public/screenshots), saves the pictures the
// README shows: the Study screen's answer side, with its sources and a conflict between them, from the
// Pakistan–Russia deck that ships in decks/, at desktop and phone sizes.
import { expect, test } from './fixtures.ts';
import { rateUntil } from './study-steps.ts';

const dir = process.env.README_SCREENSHOTS;
const ERA = /^1965–71/;
const QUESTION = /Kosygin pay a visit/;

test.skip(!dir, 'set README_SCREENSHOTS=<folder> to save the README screenshots');

test('README screenshots', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  // Once the service worker is installed a reload shows no "works offline" notice.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  for (const size of [
    { name: 'desktop', width: 1280, height: 800 },
    { name: 'phone', width: 390, height: 844 },
  ]) {
    await page.setViewportSize(size);
    await page.reload();
    const selection = page.getByText('What to study:');
    await selection.click();
    const era = page.getByRole('checkbox', { name: ERA });
    // The box is checked once the choice is saved, so click and then wait for it.
    if (!(await era.isChecked())) await era.click();
    await expect(era).toBeChecked();
    await selection.click();
    // Keys rate the card only when no control (the era box, the summary) has the focus.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await rateUntil(page, QUESTION, 40);
    await expect(page.locator('#study-question')).toHaveText(QUESTION);
    await page.keyboard.press('Space');
    await expect(page.getByRole('note')).toBeVisible();
    // On a phone, scroll the card up to the top bar so the question, answer and sources show together.
    await page.evaluate(() => {
      const card = document.querySelector('.study-card');
      const bar = document.querySelector('.topbar');
      if (card && bar)
        window.scrollBy(0, card.getBoundingClientRect().top - bar.getBoundingClientRect().bottom - 8);
    });
    await page.screenshot({ path: `${dir}/study-answer-${size.name}.png` });
  }
});
