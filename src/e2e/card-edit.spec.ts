// Editing cards in the built app: from Study with the E key and from Browse, kept through a reload.
import { expect, test } from './fixtures.ts';
import { openSeededStudy, readFixtureDeck } from './study-seed.ts';

const deck = readFixtureDeck('sample-friendship.v1.deck.json');

test('E edits the card in Study; Browse edits another; both edits are there after a reload', async ({
  page,
}) => {
  await openSeededStudy(page, deck);
  await expect(page.locator('#study-question')).toHaveText(/recognise the government in Beijing/);

  await page.keyboard.press('e');
  const editor = page.getByRole('dialog', { name: 'Edit card' });
  await editor
    .getByLabel('Question')
    .fill('In which year did Pakistan recognise the People’s Republic of China?');
  await editor.getByLabel('Answer', { exact: true }).fill('');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor.getByRole('alert')).toHaveText('The answer cannot be empty.');
  await editor.getByLabel('Answer', { exact: true }).fill('1950');
  await editor.getByLabel('Note shown with the answer').fill('Among the first countries to do so.');
  // Keys typed in the dialog are text, not ratings.
  await editor.getByLabel('Note shown with the answer').press('3');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();
  await expect(page.locator('#study-question')).toHaveText(/People’s Republic of China\?$/);
  await page.keyboard.press('Space');
  await expect(page.getByText('Among the first countries to do so.3')).toBeVisible();

  await page.getByRole('link', { name: 'Browse', exact: true }).click();
  await page.getByRole('searchbox', { name: 'Search cards' }).fill('secret trip');
  await page
    .getByRole('button', { name: /^In which year did Pakistan help arrange a secret trip/ })
    .first()
    .click();
  await page.getByRole('dialog', { name: 'Card' }).getByRole('button', { name: 'Edit' }).click();
  const browseEditor = page.getByRole('dialog', { name: 'Edit card' });
  await browseEditor.getByLabel('Option 1').fill('1971');
  await browseEditor.getByRole('button', { name: 'Save' }).click();
  await expect(browseEditor.getByRole('alert')).toContainText('Two options are the same.');
  await browseEditor.getByLabel('Option 1').fill('1967');
  await browseEditor.getByRole('button', { name: 'Save' }).click();
  await expect(browseEditor).toBeHidden();
  await expect(page.getByRole('dialog', { name: 'Card' }).getByText(/Options: 1967 · 1971/)).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Card' }).getByText('Edited by you.')).toBeVisible();

  await page.reload();
  await page.getByRole('searchbox', { name: 'Search cards' }).fill('People’s Republic');
  await expect(page.getByRole('button', { name: /People’s Republic of China/ })).toBeVisible();
  await page.goto('/');
  await expect(page.locator('#study-question')).toHaveText(/People’s Republic of China\?$/);
});
