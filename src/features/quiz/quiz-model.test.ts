import { describe, expect, it } from 'vitest';
import { makeCard, makeDeckCard } from '../../testing/cards.ts';
import { buildRound, quizzable, score, seededRandom } from './quiz-model.ts';

const mcq = (id: string, era: string, over: Partial<Parameters<typeof makeCard>[0]> = {}) =>
  makeCard({
    id,
    era,
    kind: 'mcq-date',
    content: makeDeckCard({
      id,
      era,
      kind: 'mcq-date',
      answer: '1961',
      choices: ['1959', '1961', '1963', '1965'],
    }),
    ...over,
  });

describe('quiz model', () => {
  it('asks only active multiple-choice cards of the chosen eras', () => {
    const cards = [
      mcq('a', 'early'),
      mcq('b', 'late'),
      mcq('c', 'early', { suspended: 1 }),
      mcq('d', 'early', { retired: 1 }),
      makeCard({ id: 'e' }),
    ];
    expect(quizzable(cards, new Set(['early'])).map((c) => c.id)).toEqual(['a']);
    expect(quizzable(cards, new Set()).map((c) => c.id)).toEqual(['a', 'b']);
  });

  it('builds the same round from the same seed, with every option kept', () => {
    const cards = Array.from({ length: 30 }, (_, i) => mcq(`c${i}`, 'early'));
    const one = buildRound(cards, 10, seededRandom(7));
    const two = buildRound(cards, 10, seededRandom(7));
    expect(one).toEqual(two);
    expect(one).toHaveLength(10);
    expect(new Set(one.map((q) => q.cardId)).size).toBe(10);
    for (const q of one) expect([...q.choices].sort()).toEqual(['1959', '1961', '1963', '1965']);
  });

  it('adds where sources disagree to the one-line explanation', () => {
    const conflict = {
      field: 'name' as const,
      claims: [
        { source: 'a', value: 'Ivo Hollo' },
        { source: 'b', value: 'Ivan Hollo' },
      ],
      note: 'The sources name this person differently: Ivo Hollo or Ivan Hollo.',
    };
    const card = mcq('x', 'early');
    const [q] = buildRound([{ ...card, content: { ...card.content, conflict } }], 1, seededRandom(1));
    expect(q?.explanation).toBe(`${card.content.explanation} Sources disagree: ${conflict.note}`);
    const [plain] = buildRound([card], 1, seededRandom(1));
    expect(plain?.explanation).toBe(card.content.explanation);
  });

  it('scores a round', () => {
    expect(
      score([
        { cardId: 'a', chosen: 'x', correct: true },
        { cardId: 'b', chosen: 'y', correct: false },
        { cardId: 'c', chosen: 'z', correct: true },
      ]),
    ).toEqual({ right: 2, total: 3, percent: 67 });
    expect(score([]).percent).toBe(0);
  });
});
