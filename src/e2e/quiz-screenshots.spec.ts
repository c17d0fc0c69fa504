// Not a test of behaviour: with SCREENSHOTS=dir set, saves a typed answer in Study and the Quiz paper
// (setup, a typed question, the result, the history) at phone and desktop sizes, light and dark.
import { expect, test } from './fixtures.ts';
import { forgetSnapshots, SCREENSHOT_DIR, SCREENSHOT_SIZES } from './shots.ts';
import { readFixtureDeck, seedDeck } from './study-seed.ts';

const dir = SCREENSHOT_DIR;
const deck = readFixtureDeck('sample-friendship.v1.deck.json');

test.skip(!dir, 'set SCREENSHOTS=<folder> to save screenshots');

for (const scheme of ['light', 'dark'] as const) {
  test(`quiz screenshots in ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const size of SCREENSHOT_SIZES) {
      await page.setViewportSize(size);
      await page.goto('/');
      await seedDeck(page, deck);
      await forgetSnapshots(page);
      await page.reload();
      const shot = (name: string) =>
        page.screenshot({
          path: `${dir}/${name}-${size.name}-${scheme}.png`,
          fullPage: size.name === 'desktop',
        });
      const field = page.getByRole('textbox', { name: 'Type the date' });
      await field.fill('10/1/1950');
      await field.press('Enter');
      await expect(page.getByRole('alert')).toBeVisible();
      await shot('study-typed-refused');
      await field.fill('March 1950');
      await field.press('Enter');
      await expect(page.getByRole('button', { name: /^Good/ })).toBeVisible();
      await shot('study-typed-answer');
      await page.keyboard.press('e');
      await expect(page.getByRole('dialog', { name: 'Edit card' })).toBeVisible();
      await shot('study-edit-dialog');
      await page.getByRole('button', { name: 'Cancel' }).click();

      await page.goto('/quiz');
      await page.getByRole('checkbox', { name: 'Typed answers' }).check();
      await page.getByRole('checkbox', { name: 'Put in order' }).check();
      await page.getByRole('radio', { name: '5 min' }).check();
      await shot('quiz-setup');
      await page.getByRole('button', { name: 'Start quiz' }).click();
      await expect(page.getByRole('timer')).toBeVisible();
      const next = page.getByRole('button', { name: /Next question|See results/ });
      const progress = (await page.getByText(/^Question 1 of/).textContent()) ?? '';
      const total = Number(/of (\d+)/.exec(progress)?.[1] ?? 0);
      for (let i = 0; i < total; i++) {
        await expect(page.getByText(`Question ${i + 1} of ${total}`)).toBeVisible();
        const typed = page.getByRole('textbox', { name: /^Type the/ });
        if (await typed.count()) {
          const isName = (await typed.getAttribute('placeholder'))?.includes('Kosygin');
          await typed.fill(isName ? 'Kosygin' : '1966');
          if (i === 0) await shot('quiz-typed');
          await typed.press('Enter');
        } else if (await page.getByRole('button', { name: 'Check order' }).count()) {
          await page.getByRole('button', { name: 'Check order' }).click();
        } else {
          await page.keyboard.press('2');
        }
        if (i === 0) await shot('quiz-typed-graded');
        await next.click();
      }
      await shot('quiz-result');
      await page.getByRole('button', { name: 'New quiz' }).click();
      await page.getByRole('heading', { name: 'Earlier quizzes' }).scrollIntoViewIfNeeded();
      await page.locator('.quiz-history summary').first().click();
      await shot('quiz-history');

      await seedReviews(page);
      await page.goto('/progress');
      await page.getByLabel('Day of the written exam').fill('2027-02-15');
      await expect(page.getByText(/days to go/)).toBeVisible();
      await shot('progress-exam');
    }
  });
}

/** A year of made-up reviews of the fixture deck's cards, a few most days, so the charts have data. */
async function seedReviews(page: import('@playwright/test').Page): Promise<void> {
  await page.evaluate(async () => {
    const req = indexedDB.open('css-recall');
    const idb = await new Promise<IDBDatabase>((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = idb.transaction(['reviews'], 'readwrite');
    const day = 864e5;
    for (let d = 0; d < 365; d++) {
      const n = (d * 7919) % 13 < 4 ? 0 : ((d * 31) % 17) + (d < 60 ? 8 : 0);
      for (let i = 0; i < n; i++) {
        const at = new Date(Date.now() - d * day - i * 60_000);
        tx.objectStore('reviews').add({
          cardId: 'c-recognise-when',
          deckId: 'sample-friendship',
          rating: i % 7 === 0 ? 1 : 3,
          stateBefore: 2,
          state: 2,
          due: at,
          stability: 10,
          difficulty: 5,
          scheduledDays: 10,
          learningSteps: 0,
          review: at,
          durationMs: 8000,
        });
      }
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    idb.close();
  });
}
