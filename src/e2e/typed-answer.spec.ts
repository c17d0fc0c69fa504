// Answering by typing in the built app: a refused date, a partly right one, and its suggested rating.
import { expect, test } from './fixtures.ts';
import { openSeededStudy, readFixtureDeck, readProgress } from './study-seed.ts';

const deck = readFixtureDeck('sample-friendship.v1.deck.json');

test('a typed date is refused when ambiguous, then graded, and Enter accepts the suggested rating', async ({
  page,
}) => {
  await openSeededStudy(page, deck);
  await expect(page.locator('#study-question')).toHaveText(/recognise the government in Beijing/);
  const field = page.getByRole('textbox', { name: 'Type the date' });
  await field.fill('10/1/1950');
  await field.press('Enter');
  await expect(page.getByRole('alert')).toContainText('Write the month as a word');
  await expect(page.getByRole('button', { name: /^Good/ })).toBeHidden();

  await field.fill('5 March 1950');
  await field.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Right' })).toHaveText(
    'Right: the sources give 1950, no more.',
  );
  await expect(page.getByRole('button', { name: /^Good/ })).toHaveClass(/is-suggested/);
  await page.keyboard.press('Enter');
  await expect(page.locator('#study-question')).not.toHaveText(/recognise the government in Beijing/);
  await expect.poll(async () => (await readProgress(page)).logs).toEqual(['c-recognise-when:3']);
});
