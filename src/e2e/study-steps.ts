// Steps that browser specs take on the Study screen.
import type { Page } from '@playwright/test';

/**
 * Rates cards Easy (revealing each first) until the question on screen matches `question` or the
 * session ends; gives up after `most` cards.
 */
export async function rateUntil(page: Page, question: RegExp, most = 15): Promise<void> {
  const shown = page.locator('#study-question');
  for (let i = 0; i < most; i++) {
    if (!(await shown.isVisible())) return;
    if (question.test((await shown.textContent()) ?? '')) return;
    // Two cards may ask the same question (a "when" card and its multiple-choice twin): wait for this
    // card's element to go, not for its words.
    const card = await shown.elementHandle();
    if (await page.getByRole('button', { name: /^(Show answer|Check order)$/ }).isVisible()) {
      await page.keyboard.press('Space');
    }
    await page.keyboard.press('4');
    await card?.waitForElementState('hidden');
  }
}

/** Rates the next `count` cards Good with the mouse, revealing each first. */
export async function rateGood(page: Page, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    // Two cards may ask the same question: wait for this card's element to go, not for its words.
    const card = await page.locator('#study-question').elementHandle();
    await page.getByRole('button', { name: /^(Show answer|Check order)$/ }).click();
    await page.getByRole('button', { name: /^Good/ }).click();
    await card?.waitForElementState('hidden');
  }
}
