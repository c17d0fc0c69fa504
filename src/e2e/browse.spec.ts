// Browsing in the built app: search, filters, a card's history and sources, suspension through a reload.
import { expect, test } from './fixtures.ts';
import { openSeededStudy, readFixtureDeck } from './study-seed.ts';

const deck = readFixtureDeck('sample-friendship.v1.deck.json');

test('search finds a studied card; it shows its history and sources, and stays suspended after a reload', async ({
  page,
}) => {
  await openSeededStudy(page, deck);

  // Study one card, so it has a history to show.
  const question = (await page.locator('#study-question').textContent()) ?? '';
  expect(question).not.toBe('');
  await page.keyboard.press('Space');
  await page.keyboard.press('3');
  await expect(page.locator('.study-counts')).toContainText('11 new');

  await page.getByRole('link', { name: 'Browse', exact: true }).click();
  await page
    .getByRole('combobox', { name: 'Deck' })
    .selectOption({ label: 'A northern friendship (sample)' });
  await expect(page.getByText('12 cards', { exact: true })).toBeVisible();

  // Two words of the question, in another case and order, find it and leave most cards out.
  const words = question
    .replace(/[?]/g, '')
    .split(/\s+/)
    .filter((w) => w.length > 5);
  const query = [words[1], words[0]].join(' ').toUpperCase();
  await page.getByRole('searchbox', { name: 'Search cards' }).fill(query);
  const count = Number(/^(\d+) cards?$/.exec((await page.locator('.result-count').textContent()) ?? '')?.[1]);
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThan(12);
  await page
    .getByRole('button', { name: new RegExp(`^${literal(question)}`) })
    .first()
    .click();

  const dialog = page.getByRole('dialog', { name: 'Card' });
  await expect(dialog.getByText(question)).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Sources' })).toBeVisible();
  await expect(dialog.locator('cite').first()).not.toBeEmpty();
  await expect(dialog.getByRole('row').filter({ hasText: 'Good' })).toHaveCount(1);

  await dialog.getByRole('button', { name: 'Suspend' }).click();
  await expect(dialog.getByRole('button', { name: 'Unsuspend' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();

  // The state filter finds it; a nonsense search finds nothing and says so.
  await page.getByRole('searchbox', { name: 'Search cards' }).fill('');
  await page.getByRole('combobox', { name: 'State' }).selectOption({ label: 'Suspended' });
  await expect(page.getByText('1 card', { exact: true })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search cards' }).fill('zzqx');
  await expect(page.getByText('No card matches')).toBeVisible();

  // Suspension is stored: after a reload the card is still suspended and out of the study queue.
  await page.goto('/');
  await expect(page.locator('.study-counts')).toContainText('11 new');
  await page.goto('/browse');
  await page.getByRole('combobox', { name: 'State' }).selectOption({ label: 'Suspended' });
  await expect(page.getByText('1 card', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: new RegExp(`^${literal(question)}`) }).click();
  await page.getByRole('dialog', { name: 'Card' }).getByRole('button', { name: 'Unsuspend' }).click();
  await expect(
    page.getByRole('dialog', { name: 'Card' }).getByRole('button', { name: 'Suspend' }),
  ).toBeVisible();
});

function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
