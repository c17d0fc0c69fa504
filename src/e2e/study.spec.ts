// Studying in the built app: keyboard only, reloads, undo and the era filter, on a fixture deck.
import { expect, test } from './fixtures.ts';
import { readFixtureDeck, readProgress, seedDeck } from './study-seed.ts';

const deck = readFixtureDeck('sample-friendship.v1.deck.json');

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Study' })).toBeVisible();
  await seedDeck(page, deck);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
});

const counts = (page: import('@playwright/test').Page) => page.locator('.study-counts').textContent();

test('studies ten cards with the keyboard, and a reload keeps counts, states and logs', async ({ page }) => {
  await expect(page.locator('.study-counts')).toContainText('12 new');
  for (let i = 0; i < 10; i++) {
    const question = (await page.locator('#study-question').textContent()) ?? '';
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: /^Good/ })).toBeVisible();
    await page.keyboard.press(i % 2 === 0 ? '4' : '3');
    await expect(page.locator('#study-question')).not.toHaveText(question);
  }
  await expect(page.locator('.study-counts')).toContainText('2 new');
  // Ratings are written behind the next card: wait until all ten are stored before reading them.
  await expect.poll(async () => (await readProgress(page)).logs).toHaveLength(10);
  const before = await readProgress(page);
  const shown = await counts(page);
  expect(before.logs).toHaveLength(10);
  expect(Object.values(before.states).filter((s) => s === 2)).toHaveLength(5);
  expect(Object.values(before.states).filter((s) => s === 1)).toHaveLength(5);

  await page.reload();
  await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
  expect(await counts(page)).toBe(shown);
  expect(await readProgress(page)).toEqual(before);
});

test('undo restores the card and removes its log', async ({ page }) => {
  const first = (await page.locator('#study-question').textContent()) ?? '';
  await page.getByRole('button', { name: 'Show answer' }).click();
  await page.getByRole('button', { name: /^Again/ }).click();
  await expect(page.locator('#study-question')).not.toHaveText(first);
  await expect.poll(async () => (await readProgress(page)).logs).toHaveLength(1);
  await page.keyboard.press('u');
  await expect(page.locator('#study-question')).toHaveText(first);
  await expect(page.locator('.study-counts')).toContainText('12 new');
  await expect.poll(async () => (await readProgress(page)).logs).toEqual([]);
  await page.keyboard.press('Space');
  await page.keyboard.press('3');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('#study-question')).toHaveText(first);
  await expect.poll(async () => (await readProgress(page)).logs).toEqual([]);
});

test('the era filter limits the queue to the chosen era', async ({ page }) => {
  await page.getByText('What to study').click();
  await page.getByRole('checkbox', { name: 'Later years' }).click();
  await expect(page.getByRole('checkbox', { name: 'Later years' })).toBeChecked();
  await expect(page.locator('.study-counts')).toContainText('7 new');
  await expect(page.locator('.study-meta')).toContainText('Later years');
  // Keys go to the card, not to the checkbox that has focus (where Space would untick it).
  await page.locator('#study-question').click();
  for (let i = 0; i < 7; i++) {
    await expect(page.locator('.study-meta')).toContainText('Later years');
    const question = (await page.locator('#study-question').textContent()) ?? '';
    if (await page.getByRole('button', { name: /^(Show answer|Check order)$/ }).isVisible())
      await page.keyboard.press('Space');
    await page.keyboard.press('4');
    if (i < 6) await expect(page.locator('#study-question')).not.toHaveText(question);
  }
  await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();
  // Ratings are written behind the next card: the reload waits until all seven are stored.
  await expect.poll(async () => (await readProgress(page)).logs).toHaveLength(7);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Nothing due right now' })).toBeVisible();
  await page.getByText('What to study').click();
  await page.getByRole('checkbox', { name: 'Later years' }).click();
  await expect(page.locator('.study-counts')).toContainText('5 new');
});

test('two tabs stay in step, and a card rated in one is not rated twice by the other', async ({
  page,
  context,
}) => {
  const other = await context.newPage();
  await other.goto('/');
  await expect(other.getByRole('button', { name: 'Show answer' })).toBeVisible();
  const first = (await page.locator('#study-question').textContent()) ?? '';
  await expect(other.locator('#study-question')).toHaveText(first);

  await page.keyboard.press('Space');
  await page.keyboard.press('3');
  await expect(page.locator('.study-counts')).toContainText('11 new');
  // The other tab hears of it and moves on from the card it was showing.
  await expect(other.locator('.study-counts')).toContainText('11 new');
  await expect(other.locator('#study-question')).not.toHaveText(first);
  await other.keyboard.press('Space');
  await other.keyboard.press('4');
  await expect(page.locator('.study-counts')).toContainText('10 new');
  await expect.poll(async () => (await readProgress(page)).logs).toHaveLength(2);
  const { logs } = await readProgress(page);
  expect(new Set(logs.map((l) => l.split(':')[0])).size).toBe(2);
});
