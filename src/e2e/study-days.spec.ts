// Two simulated study days in the built app, with a moved clock (Playwright's fake clock) in Karachi's
// time zone: reviews fall due at the study day's start (04:00), not at their clock time; siblings are
// buried; the finished panel says when the next day starts; undo survives a reload and leaving Study.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { openSeededStudy, putSetting, readFixtureDeck, readProgress } from './study-seed.ts';

const deck = readFixtureDeck('sample-friendship.v1.deck.json');
test.use({ timezoneId: 'Asia/Karachi' });

const karachi = (day: number, time: string) => new Date(`2026-03-0${day}T${time}:00+05:00`);
const counts = (page: Page) => page.locator('.study-counts');

test('two study days: reviews due at 10:xx count from 04:00, siblings wait, undo survives a reload', async ({
  page,
}) => {
  await page.clock.install({ time: karachi(2, '10:00') });
  await openSeededStudy(page, deck, { bury: true });
  // Cards graduate to a one-day interval, so day 1's cards fall due on day 2 at about the time studied.
  await putSetting(page, 'maximumInterval', 1);
  await page.reload();

  // Day 1: twelve cards of nine facts (the ordering card is no sibling): three siblings wait.
  await expect(counts(page)).toHaveText(/9 new\s*0 learning\s*0 review/);
  const seen: string[] = [];
  for (let i = 0; i < 9; i++) {
    const question = page.locator('#study-question');
    seen.push((await question.textContent()) ?? '');
    const card = await question.elementHandle();
    await page.getByRole('button', { name: /^(Show answer|Check order)$/ }).click();
    await page.getByRole('button', { name: /^Easy/ }).click();
    await card?.waitForElementState('hidden');
  }
  expect(new Set(seen).size).toBe(9);
  await expect(counts(page)).toHaveText(/0 new\s*0 learning\s*0 review/);
  const panel = page.getByRole('region', { name: 'Session complete' });
  await expect(panel).toContainText('The next study day starts at 04:00');
  await expect(panel).toContainText('3 cards wait for another day because a card of the same fact');

  // Undo survives a reload, and leaving Study and coming back.
  await page.reload();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('#study-question')).toHaveText(seen[8] ?? '');
  await page.getByRole('link', { name: 'Browse', exact: true }).click();
  await page.getByRole('link', { name: 'Study', exact: true }).click();
  await expect(page.locator('#study-question')).toHaveText(seen[8] ?? '');
  await page.keyboard.press('u');
  await expect(page.locator('#study-question')).toHaveText(seen[7] ?? '');
  await expect.poll(async () => (await readProgress(page)).logs.length).toBe(7);
  await expect(counts(page)).toHaveText(/2 new\s*0 learning\s*0 review/);
  for (let i = 0; i < 2; i++) {
    const card = await page.locator('#study-question').elementHandle();
    await page.getByRole('button', { name: /^(Show answer|Check order)$/ }).click();
    await page.getByRole('button', { name: /^Easy/ }).click();
    await card?.waitForElementState('hidden');
  }
  await expect(counts(page)).toHaveText(/0 new\s*0 learning\s*0 review/);

  // Day 2 at 03:59 is still day 1: nothing is due, the siblings still wait.
  await page.clock.setSystemTime(karachi(3, '03:59'));
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Nothing due right now' })).toBeVisible();
  await expect(counts(page)).toHaveText(/0 new\s*0 learning\s*0 review/);

  // 04:00 passes with the app open: the new day starts by itself. The nine reviews are due from now,
  // though each fell due at about 10:00; each buries its waiting new sibling for one more day.
  await page.clock.runFor(2 * 60_000);
  await expect(counts(page)).toHaveText(/0 new\s*0 learning\s*9 review/);

  // Noon: the same nine; rate one Again and it is counted as learning at once (within 20 minutes).
  await page.clock.setSystemTime(karachi(3, '12:00'));
  await page.reload();
  await expect(counts(page)).toHaveText(/0 new\s*0 learning\s*9 review/);
  const card = await page.locator('#study-question').elementHandle();
  await page.keyboard.press('Space');
  await page.keyboard.press('1');
  await card?.waitForElementState('hidden');
  await expect(counts(page)).toHaveText(/0 new\s*1 learning\s*8 review/);
});
