import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../db/db.ts';
import { asCardId, asDeckId } from '../../domain/ids.ts';
import { makeCard, makeDeckRecord } from '../../testing/cards.ts';
import { ProgressScreen } from './progress-screen.tsx';

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

describe('Progress screen', () => {
  it('says so when there are no cards', async () => {
    render(<ProgressScreen />);
    expect(await screen.findByText('No cards yet')).toBeTruthy();
  });

  it('explains an empty chart instead of showing a bare axis', async () => {
    await db.decks.add(makeDeckRecord());
    await db.cards.bulkAdd([makeCard({ id: 'a', era: 'early' })]);
    render(<ProgressScreen />);
    expect(await screen.findByRole('img', { name: '0 reviews in the last 30 days' })).toBeTruthy();
    expect(screen.getByText('No reviews yet: each day you study adds a bar here.')).toBeTruthy();
  });

  it('shows totals, the review chart and a row per era', async () => {
    await db.decks.add(makeDeckRecord());
    await db.cards.bulkAdd([
      makeCard({ id: 'a', era: 'early', state: 2, scheduled_days: 40, due: new Date(Date.now() + 9e8) }),
      makeCard({ id: 'b', era: 'late' }),
    ]);
    await db.reviews.add({
      cardId: asCardId('a'),
      deckId: asDeckId('sample'),
      rating: 3,
      stateBefore: 2,
      state: 2,
      due: new Date(),
      stability: 40,
      difficulty: 5,
      scheduledDays: 40,
      learningSteps: 0,
      review: new Date(),
      durationMs: 2000,
    });
    render(<ProgressScreen />);
    expect(await screen.findByText('1 / 2')).toBeTruthy();
    expect(screen.getByText('Recall, last 30 days').nextElementSibling?.textContent).toBe(
      '—Only 1 review of learned cards so far; a figure needs 20.',
    );
    expect(
      screen.getByRole('img', { name: '1 review due in the next 30 days, 0 of them today' }),
    ).toBeTruthy();
    expect(
      screen.getByRole('img', { name: '1 review on 1 of the last 365 days; the busiest day had 1' }),
    ).toBeTruthy();
    expect(screen.getByRole('img', { name: '1 review in the last 30 days' })).toBeTruthy();
    expect(screen.getByText('1 review · busiest day 1 · today on the right')).toBeTruthy();
    const table = screen.getByRole('table');
    expect(within(table).getByRole('rowheader', { name: 'Early years' })).toBeTruthy();
    expect(within(table).getByRole('rowheader', { name: 'Later years' })).toBeTruthy();
  });

  it('keeps an exam date and counts down to it', async () => {
    await db.decks.add(makeDeckRecord());
    await db.cards.bulkAdd([makeCard({ id: 'a', era: 'early' })]);
    render(<ProgressScreen />);
    expect(await screen.findByText(/Set the day to see a countdown/)).toBeTruthy();
    const inFortyDays = new Date(Date.now() + 40 * 864e5);
    const value = `${inFortyDays.getFullYear()}-${String(inFortyDays.getMonth() + 1).padStart(2, '0')}-${String(inFortyDays.getDate()).padStart(2, '0')}`;
    fireEvent.change(screen.getByLabelText('Day of the written exam'), { target: { value } });
    expect((await screen.findByText(/days to go/)).textContent).toMatch(/^(39|40|41) days to go\.$/);
    expect(screen.getByText(/No new cards in the last two weeks/).textContent).toMatch(
      /about 0 of 1 cards will be mature/,
    );
    await waitFor(async () => expect((await db.settings.get('examDate'))?.value).toBe(value));
  });
});
