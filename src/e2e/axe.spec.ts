// Accessibility: axe-core (run in the page) finds no violation on any screen or dialog, in the light
// and the dark theme, at desktop size: Study (question, answer, edit and add dialogs, the finished
// panel), Quiz (setup, paper, result), Timeline, Progress, Browse (list, a card), Import (form,
// preview) and Settings.
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { MADE_UP_TURKEY_ARTICLE } from './import-article.ts';
import { putSetting, readFixtureDeck, seedDeck } from './study-seed.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const deck = readFixtureDeck('sample-friendship.v1.deck.json');

// axe is injected as a script; the built page's Content-Security-Policy allows none but its own.
test.use({ bypassCSP: true });

interface Violation {
  id: string;
  help: string;
  nodes: { target: unknown[] }[];
}

/** The violations axe finds on the page as it is now, one line each ("rule: help — selectors"). */
async function violations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: Violation[] }> } })
      .axe;
    // Only WCAG rules and best practices that apply to what a person meets; no experimental ones.
    const r = await axe.run({ resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target) }));
  });
  return found.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).flat().join(', ')}`);
}

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no violation on any screen or dialog (${theme} theme)`, async ({ page }) => {
    test.setTimeout(150_000);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Study' })).toBeVisible();
    await seedDeck(page, deck);
    await putSetting(page, 'theme', theme);
    await page.reload();
    const check = async (where: string) => expect(await violations(page), where).toEqual([]);

    await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
    await check('Study, a question');
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: /^Good/ })).toBeVisible();
    await check('Study, the answer');
    await page.keyboard.press('e');
    await expect(page.getByRole('dialog', { name: 'Edit card' })).toBeVisible();
    await check('Study, the edit dialog');
    await page.getByRole('dialog', { name: 'Edit card' }).getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Add card' }).click();
    await expect(page.getByRole('dialog', { name: 'Add a card' })).toBeVisible();
    await check('Study, the add dialog');
    await page.getByRole('dialog', { name: 'Add a card' }).getByRole('button', { name: 'Cancel' }).click();
    // A multiple-choice card, answered wrongly, then an ordering card, checked; then the day's end.
    for (const kind of ['Multiple choice', 'Order']) {
      for (let i = 0; i < 12 && (await page.locator('.study-kind').textContent()) !== kind; i++) {
        const card = await page.locator('#study-question').elementHandle();
        const show = page.getByRole('button', { name: /^(Show answer|Check order)$/ });
        if (await show.isVisible()) await show.click();
        await page.getByRole('button', { name: /^Easy/ }).click();
        await card?.waitForElementState('hidden');
      }
      if (kind === 'Multiple choice') {
        await page.locator('.study-choice:not(.is-right)').first().click();
      } else await page.getByRole('button', { name: 'Check order' }).click();
      await expect(page.getByRole('button', { name: /^Good/ })).toBeVisible();
      await check(`Study, ${kind} answered`);
    }

    await page.goto('/quiz');
    await expect(page.getByRole('button', { name: 'Start quiz' })).toBeVisible();
    await check('Quiz, setup');
    await page.getByRole('checkbox', { name: 'Typed answers' }).check();
    await page.getByRole('radio', { name: '10 min' }).check();
    await page.getByRole('button', { name: 'Start quiz' }).click();
    await expect(page.getByRole('timer', { name: 'Time left' })).toBeVisible();
    await check('Quiz, the paper');
    for (let i = 0; i < 30 && !(await page.getByRole('button', { name: 'See results' }).isVisible()); i++) {
      const typed = page.getByRole('textbox', { name: /^Type the (date|name)$/ });
      if (await typed.isVisible()) {
        await typed.fill('1900');
        await typed.press('Enter');
      } else if (await page.getByRole('button', { name: 'Check order' }).isVisible()) {
        await page.getByRole('button', { name: 'Check order' }).click();
      } else await page.locator('.quiz-choice').first().click();
      if (i === 0) await check('Quiz, an answer checked');
      const next = page.getByRole('button', { name: 'Next question' });
      if (await next.isVisible()) await next.click();
    }
    await page.getByRole('button', { name: 'See results' }).click();
    await expect(page.getByRole('heading', { level: 2, name: /right \(\d+%\)/ })).toBeVisible();
    await check('Quiz, the result');

    for (const [path, ready] of [
      ['/timeline', page.getByRole('heading', { level: 2 }).first()],
      ['/progress', page.getByRole('table').first()],
      ['/settings', page.getByRole('textbox', { name: 'New cards a day' })],
    ] as const) {
      await page.goto(path);
      await expect(ready).toBeVisible();
      await check(path);
    }

    await page.goto('/browse');
    await expect(page.getByText(/^\d+ cards$/)).toBeVisible();
    await check('Browse');
    await page.locator('.card-row-button').first().click();
    await expect(page.getByRole('dialog', { name: 'Card' })).toBeVisible();
    await check('Browse, a card');

    await page.goto('/import');
    await page.getByRole('textbox', { name: 'Article text' }).fill(MADE_UP_TURKEY_ARTICLE);
    await check('Import');
    await page.getByRole('button', { name: 'Find facts' }).click();
    await expect(page.getByRole('region', { name: 'Preview' })).toBeVisible({ timeout: 30_000 });
    await check('Import, the preview');
  });
}
