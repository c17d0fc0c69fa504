import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../db/db.ts';
import { makeCard, makeDeckCard, makeDeckRecord } from '../../testing/cards.ts';
import { QuizScreen } from './quiz-screen.tsx';

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

const mcq = (id: string, era: string, answer: string) =>
  makeCard({
    id,
    era,
    kind: 'mcq-date',
    content: makeDeckCard({
      id,
      era,
      kind: 'mcq-date',
      prompt: `In which year did event ${id} happen?`,
      answer,
      choices: ['1951', '1952', '1953', '1954'],
    }),
  });

describe('Quiz screen', () => {
  it('runs a round of one era by keyboard and scores it, leaving the schedule alone', async () => {
    await db.decks.add(makeDeckRecord());
    await db.cards.bulkAdd([mcq('a', 'early', '1951'), mcq('b', 'early', '1952'), mcq('c', 'late', '1953')]);
    const before = await db.cards.toArray();
    render(<QuizScreen />);
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Early years (before 1970)' }));
    expect(screen.getByText('2 questions available')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Start quiz' }));

    for (let i = 0; i < 2; i++) {
      const prompt = screen.getByRole('heading', { level: 2 }).textContent ?? '';
      const answer = prompt.includes('event a') ? '1951' : '1952';
      const options = screen.getAllByRole('button').filter((b) => b.classList.contains('quiz-choice'));
      const key = options.findIndex((b) => b.textContent?.endsWith(answer)) + 1;
      await userEvent.keyboard(String(key));
      expect(screen.getByRole('status').textContent).toMatch(/^Right\./);
      await userEvent.keyboard('{Enter}');
    }
    expect(screen.getByRole('heading', { name: '2 of 2 right (100%)' })).toBeTruthy();
    expect(await db.cards.toArray()).toEqual(before);
    expect(await db.reviews.count()).toBe(0);
  });

  it('explains a wrong answer and lists it at the end', async () => {
    await db.decks.add(makeDeckRecord());
    await db.cards.add(mcq('a', 'early', '1951'));
    render(<QuizScreen />);
    await userEvent.click(await screen.findByRole('button', { name: 'Start quiz' }));
    await userEvent.click(screen.getByRole('button', { name: /1954/ }));
    expect(screen.getByRole('status').textContent).toMatch(/the answer is 1951/);
    await userEvent.click(screen.getByRole('button', { name: 'See results' }));
    expect(screen.getByRole('heading', { name: '0 of 1 right (0%)' })).toBeTruthy();
    expect(screen.getByText('To look at again')).toBeTruthy();
  });
});
