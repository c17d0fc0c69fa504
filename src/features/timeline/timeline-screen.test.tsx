import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../db/db.ts';
import type { Fact } from '../../domain/deck-schema.ts';
import { makeDeckRecord } from '../../testing/cards.ts';
import { TimelineScreen } from './timeline-screen.tsx';

const fact = (id: string, era: string, value: string, type: Fact['type'], summary: string): Fact => ({
  id,
  date: { value, precision: value.length === 4 ? 'year' : 'day' },
  era,
  type,
  actors: [],
  place: null,
  object: null,
  summary,
  sources: [{ source: 's1', paragraph: 3, item: null }],
  conflict: null,
});

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

describe('Timeline screen', () => {
  it('says so when there is no deck', async () => {
    render(<TimelineScreen />);
    expect(await screen.findByText('No deck yet')).toBeTruthy();
  });

  it('shows facts by era in date order, with sources and conflicts, and filters by kind', async () => {
    const late = fact('f3', 'late', '1975', 'agreement', 'A fisheries pact was signed.');
    late.conflict = {
      field: 'date',
      claims: [
        { source: 's1', value: '1975' },
        { source: 's2', value: '1976' },
      ],
      note: 'One source gives 1975, another 1976.',
    };
    await db.decks.add(
      makeDeckRecord({
        facts: [
          late,
          fact('f2', 'early', '1962-08-14', 'visit', 'A trade minister visited the capital.'),
          fact('f1', 'early', '1950', 'visit', 'The first envoy arrived.'),
        ],
      }),
    );
    render(<TimelineScreen />);
    const early = await screen.findByRole('region', { name: 'Early years' });
    expect(within(early).getByText('before 1970 · 2 facts')).toBeTruthy();
    const items = within(early).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringContaining('1950The first envoy arrived.'),
      expect.stringContaining('14 August 1962A trade minister visited'),
    ]);
    expect(within(early).getAllByText('A made-up article, paragraph 3')).toHaveLength(2);
    expect(screen.getByText(/Sources disagree: One source gives 1975, another 1976\./)).toBeTruthy();

    await userEvent.click(screen.getByRole('radio', { name: 'Agreements' }));
    expect(screen.queryByRole('region', { name: 'Early years' })).toBeNull();
    expect(screen.getByRole('region', { name: 'Later years' })).toBeTruthy();
  });

  it('does not repeat the years that the era name already gives', async () => {
    await db.decks.add(
      makeDeckRecord({
        eras: [{ id: 'early', name: '1947–69: early years', from: 1947, to: 1969, blurb: '' }],
        facts: [fact('f1', 'early', '1950', 'visit', 'The first envoy arrived.')],
      }),
    );
    render(<TimelineScreen />);
    const early = await screen.findByRole('region', { name: '1947–69: early years' });
    expect(within(early).getByText('1 fact')).toBeTruthy();
  });
});
