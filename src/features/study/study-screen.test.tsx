import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { db } from '../../db/db.ts';
import { syncDeck } from '../../db/deck-sync.ts';
import { parseDeck } from '../../domain/deck-schema.ts';
import v1File from '../../testing/fixtures/decks/sample-friendship.v1.deck.json';
import { StudyScreen } from './study-screen.tsx';
import { studyStore } from './study-store.ts';

describe('study screen', () => {
  it('shows a card, reveals the answer with sources and a conflict, rates with keys and undoes', async () => {
    const parsed = parseDeck(v1File);
    if (!parsed.ok) throw new Error('fixture');
    await db.delete();
    await db.open();
    await syncDeck(db, parsed.deck, new Date(Date.now() - 60_000));
    const user = userEvent.setup();
    render(<StudyScreen />);
    act(() => studyStore.getState().refresh());
    expect(await screen.findByRole('heading', { name: /recognise the government/ })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Show answer' }));
    expect(screen.getByText('1950')).toBeTruthy();
    expect(screen.getByText(/paragraph 2/)).toBeTruthy();
    await user.keyboard('3');
    expect(await screen.findByRole('heading', { name: /boundary agreement/ })).toBeTruthy();
    await user.keyboard(' ');
    expect(screen.getByRole('note').textContent).toMatch(/another gives 1962/);
    expect(screen.getByRole('button', { name: /^Good/ })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /^Again/ }));
    await screen.findByRole('heading', { name: /began in 1966/ });
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('heading', { name: /boundary agreement/ })).toBeTruthy();
    await waitFor(async () => expect(await db.reviews.count()).toBe(1));
  });

  it('greets a first start with no decks with a friendly empty state', async () => {
    await db.delete();
    await db.open();
    render(<StudyScreen />);
    act(() => studyStore.getState().refresh());
    expect(await screen.findByRole('heading', { name: 'No decks yet' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Import an article' })).toBeTruthy();
  });
});
