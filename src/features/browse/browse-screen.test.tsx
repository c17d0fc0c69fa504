import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../db/db.ts';
import { makeCard, makeDeckCard, makeDeckRecord } from '../../testing/cards.ts';
import { BrowseScreen } from './browse-screen.tsx';

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

// Generous waits: these tests check what the screen shows, not how fast (that is `npm run bench`), so
// a busy machine must not fail them.
const SLOW = { timeout: 30_000 };

describe('Browse screen', () => {
  it('lists thousands of cards while rendering only the visible rows, and searches them', async () => {
    await db.decks.add(makeDeckRecord());
    const cards = Array.from({ length: 2_000 }, (_, i) =>
      makeCard({
        id: `c${i}`,
        content: makeDeckCard({ id: `c${i}`, prompt: `When was accord number ${i} signed?` }),
      }),
    );
    await db.cards.bulkAdd(cards);
    render(<BrowseScreen />);
    expect(await screen.findByText('2,000 cards', {}, SLOW)).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Cards' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(60);

    await userEvent.type(screen.getByRole('searchbox', { name: 'Search cards' }), 'number 1234 ');
    await waitFor(() => expect(screen.getByText('1 card')).toBeTruthy(), SLOW);
    expect(screen.getByRole('button', { name: /accord number 1234 signed/ })).toBeTruthy();
  });

  it('opens a card, shows its sources, and suspends it', async () => {
    await db.decks.add(makeDeckRecord());
    await db.cards.add(makeCard({ id: 'only' }));
    render(<BrowseScreen />);
    await userEvent.click(await screen.findByRole('button', { name: /trade office/ }, SLOW));
    const dialog = await screen.findByRole('dialog', { name: 'Card' }, SLOW);
    expect(within(dialog).getByText('A made-up article')).toBeTruthy();
    expect(within(dialog).getByText(/by A\. Writer, paragraph 2/)).toBeTruthy();
    expect(within(dialog).getByText('Not reviewed yet.')).toBeTruthy();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Suspend' }));
    await waitFor(
      async () => expect((await db.cards.get(makeCard({ id: 'only' }).id))?.suspended).toBe(1),
      SLOW,
    );
    expect(await within(dialog).findByRole('button', { name: 'Unsuspend' }, SLOW)).toBeTruthy();
  });

  it('filters by state', async () => {
    await db.decks.add(makeDeckRecord());
    await db.cards.bulkAdd([makeCard({ id: 'n' }), makeCard({ id: 's', suspended: 1 })]);
    render(<BrowseScreen />);
    expect(await screen.findByText('2 cards', {}, SLOW)).toBeTruthy();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'State' }), 'Suspended');
    await waitFor(() => expect(screen.getByText('1 card')).toBeTruthy(), SLOW);
  });
});
