// A timed quiz paper in the built app, by era: typed answers, the result by era, the history after a
// reload, and "Study these" putting the misses at the front of today's Study queue.
import { expect, test } from './fixtures.ts';
import { readFixtureDeck, readProgress, seedDeck } from './study-seed.ts';

const deck = readFixtureDeck('sample-friendship.v1.deck.json');

test('a timed typed quiz of one era is kept in the history, and its misses lead Study', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Study' })).toBeVisible();
  await seedDeck(page, deck);
  await page.goto('/quiz');
  await page.getByRole('checkbox', { name: 'A northern friendship (sample)' }).check();
  await page.getByRole('checkbox', { name: /^Later years/ }).check();
  await page.getByRole('checkbox', { name: 'Typed answers' }).check();
  await page.getByRole('checkbox', { name: 'Multiple choice' }).uncheck();
  await page.getByRole('radio', { name: '10 min' }).check();
  await expect(page.getByRole('status')).toHaveText(
    'Only 2 questions match these choices, so the paper has 2, not 10.',
  );
  await page.getByRole('button', { name: 'Start quiz' }).click();
  await expect(page.getByRole('timer', { name: 'Time left' })).toHaveText(/^(10:00|9:\d\d) left$/);

  const missed: string[] = [];
  for (let i = 0; i < 2; i++) {
    const prompt = (await page.locator('#quiz-prompt').textContent()) ?? '';
    const field = page.getByRole('textbox', { name: /^Type the (date|name)$/ });
    // The highway opened in 1978: the first answer is right, the second wrong.
    await field.fill(prompt.includes('highway') ? '1978' : '1800');
    await field.press('Enter');
    if (!prompt.includes('highway')) missed.push(prompt);
    await page.getByRole('button', { name: /Next question|See results/ }).press('Enter');
  }
  await expect(page.getByRole('heading', { level: 2, name: '1 of 2 right (50%)' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Later years .* 1 of 2 50%/ })).toBeVisible();
  await page.getByRole('button', { name: 'Study these (1)' }).click();
  await expect(page.getByRole('status')).toContainText('1 card waits at the front of today’s queue.');

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Earlier quizzes' })).toBeVisible();
  await expect(page.getByText('1 of 2 right (50%)')).toBeVisible();
  await expect(page.getByText(/Later years .* typed answers · 10 min/)).toBeVisible();

  await page.getByRole('link', { name: 'Study', exact: true }).first().click();
  await expect(page.locator('#study-question')).toHaveText(missed[0] ?? '?');
  expect((await readProgress(page)).logs).toEqual([]);
  await page.getByRole('button', { name: 'Show answer' }).click();
  await page.keyboard.press('3');
  await expect(page.locator('#study-question')).toHaveText(/recognise the government in Beijing/);
});
