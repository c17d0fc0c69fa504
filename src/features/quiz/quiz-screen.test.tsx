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
      facts: [`f-${id}`],
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
    // The cards arrive by a live query of their own, perhaps after the eras: wait for the count.
    const note = await screen.findByText('Only 2 questions match these choices, so the paper has 2, not 10.');
    expect(note.getAttribute('role')).toBe('status');
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
    // The result shows once it is kept in the history (a write): wait for it.
    expect(await screen.findByRole('heading', { name: '2 of 2 right (100%)' })).toBeTruthy();
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
    expect(await screen.findByRole('heading', { name: '0 of 1 right (0%)' })).toBeTruthy();
    expect(screen.getByText('To look at again')).toBeTruthy();
  });

  it('runs a typed paper, keeps it in the history and sends the misses to the front of Study', async () => {
    await db.decks.add(makeDeckRecord());
    const when = (id: string, era: string, answer: string) => {
      const content = makeDeckCard({
        id,
        era,
        facts: [`f-${id}`],
        prompt: `When did event ${id} happen?`,
        answer,
      });
      return makeCard({ id, era, content });
    };
    await db.cards.bulkAdd([
      when('a', 'early', '10 January 1966'),
      when('b', 'late', '1971'),
      mcq('c', 'late', '1953'),
    ]);
    const user = userEvent.setup();
    render(<QuizScreen />);
    await user.click(await screen.findByRole('checkbox', { name: 'Typed answers' }));
    await user.click(screen.getByRole('checkbox', { name: 'Multiple choice' }));
    await user.click(screen.getByRole('radio', { name: '5 min' }));
    await user.click(screen.getByRole('button', { name: 'Start quiz' }));
    expect(screen.getByRole('timer', { name: 'Time left' }).textContent).toMatch(/^[45]:\d\d left$/);
    expect(screen.getByText(/Only 2 questions match/)).toBeTruthy();
    for (let i = 0; i < 2; i++) {
      const prompt = screen.getByRole('heading', { level: 2 }).textContent ?? '';
      await user.type(
        screen.getByRole('textbox', { name: 'Type the date' }),
        prompt.includes('event a') ? '1966{Enter}' : '1972{Enter}',
      );
      await user.click(screen.getByRole('button', { name: /Next question|See results/ }));
    }
    expect(await screen.findByRole('heading', { name: '0 of 2 right, 1 partly (25%)' })).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: 'Early years (before 1970)' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Study these (2)' }));
    expect((await screen.findByText(/2 cards wait at the front/)).textContent).toMatch(/today’s queue/);
    const first = await db.studyFirst.toArray();
    expect(first.map((r) => r.cardId).sort()).toEqual(['a', 'b']);
    const [kept] = await db.quizResults.toArray();
    expect(kept?.settings).toEqual({ decks: [], eras: [], modes: ['typed'], count: 10, minutes: 5 });
    expect(kept?.answers.map((a) => a.grade).sort()).toEqual(['partial', 'wrong']);
    expect(await db.reviews.count()).toBe(0);
    await user.click(screen.getByRole('button', { name: 'New quiz' }));
    expect(await screen.findByRole('heading', { name: 'Earlier quizzes' })).toBeTruthy();
    expect(screen.getByText('0 of 2 right, 1 partly (25%)')).toBeTruthy();
  });
});
