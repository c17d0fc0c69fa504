import { describe, expect, it } from 'vitest';
import type { DeckCard } from '../../domain/deck-schema.ts';
import { asCardId } from '../../domain/ids.ts';
import { makeCard, makeDeckCard } from '../../testing/cards.ts';
import v1File from '../../testing/fixtures/decks/sample-friendship.v1.deck.json';
import {
  buildPaper,
  completeAnswers,
  formatClock,
  kindsFor,
  modeOf,
  type PaperSettings,
  type QuizAnswer,
  quizzable,
  score,
  scoreByEra,
  seededRandom,
  shortfallNote,
  timeLeft,
} from './quiz-model.ts';

const card = (
  id: string,
  era: string,
  over: Partial<DeckCard> = {},
  rec: Partial<Parameters<typeof makeCard>[0]> = {},
) => {
  const content = makeDeckCard({ id, era, facts: [`f-${id}`], ...over });
  return makeCard({ id, era, kind: content.kind, content, ...rec });
};
const mcq = (id: string, era: string, over: Partial<DeckCard> = {}) =>
  card(id, era, { kind: 'mcq-date', answer: '1961', choices: ['1959', '1961', '1963', '1965'], ...over });
const settings = (over: Partial<PaperSettings> = {}): PaperSettings => ({
  decks: [],
  eras: [],
  modes: ['choice', 'typed', 'order'],
  count: 10,
  minutes: 0,
  ...over,
});
const answer = (era: string, grade: QuizAnswer['grade']): QuizAnswer => ({
  cardId: asCardId('x'),
  era,
  mode: 'typed',
  given: '',
  grade,
});

describe('quiz model', () => {
  it('asks each card the way it can be asked', () => {
    expect(modeOf(mcq('a', 'early').content)).toBe('choice');
    expect(modeOf(mcq('a', 'early', { choices: ['1', '2'] }).content)).toBeNull();
    expect(modeOf(card('b', 'early').content)).toBe('typed');
    expect(modeOf(card('c', 'early', { kind: 'who', answer: 'Ivo Hollo' }).content)).toBe('typed');
    expect(modeOf(card('d', 'early', { kind: 'what', answer: 'A treaty was signed.' }).content)).toBeNull();
    const order = [
      { label: 'one', date: '1950', fact: 'f1' },
      { label: 'two', date: '1960', fact: 'f2' },
    ];
    expect(modeOf(card('e', 'early', { kind: 'order', order }).content)).toBe('order');
  });

  it('asks only active cards of the chosen decks, eras and kinds', () => {
    const cards = [
      mcq('a', 'early'),
      mcq('b', 'late'),
      mcq('c', 'early', {}),
      card('t', 'early'),
      card('s', 'early', {}, { suspended: 1 }),
      card('r', 'early', {}, { retired: 1 }),
      card('o', 'early', {}, { deckId: 'other' as never }),
    ];
    const ids = (s: PaperSettings) => quizzable(cards, s).map((c) => c.id);
    expect(ids(settings({ eras: ['early'], modes: ['choice'] }))).toEqual(['a', 'c']);
    expect(ids(settings({ eras: ['early'], modes: ['typed'] }))).toEqual(['t', 'o']);
    expect(ids(settings({ decks: ['sample'], eras: ['early'], modes: ['typed'] }))).toEqual(['t']);
    expect(ids(settings({ modes: [] }))).toEqual([]);
  });

  it('builds the same paper from the same seed, one question per fact, options kept', () => {
    const cards = Array.from({ length: 30 }, (_, i) => mcq(`c${i}`, 'early'));
    // Siblings: a typed card of each of the first ten facts.
    for (let i = 0; i < 10; i++) cards.push(card(`w${i}`, 'early', { facts: [`f-c${i}`] }));
    const one = buildPaper(cards, settings({ count: 50 }), seededRandom(7));
    expect(one).toEqual(buildPaper(cards, settings({ count: 50 }), seededRandom(7)));
    expect(one.available).toBe(30);
    expect(one.questions).toHaveLength(30);
    expect(new Set(one.questions.map((q) => q.card.facts[0])).size).toBe(30);
    for (const q of one.questions.filter((x) => x.mode === 'choice')) {
      expect([...q.choices].sort()).toEqual(['1959', '1961', '1963', '1965']);
    }
    expect(buildPaper(cards, settings({ count: 10 }), seededRandom(7)).questions).toHaveLength(10);
  });

  it('says when fewer questions exist than asked', () => {
    expect(shortfallNote({ available: 7 }, 10)).toBe(
      'Only 7 questions match these choices, so the paper has 7, not 10.',
    );
    expect(shortfallNote({ available: 1 }, 10)).toBe(
      'Only 1 question matches these choices, so the paper has 1, not 10.',
    );
    expect(shortfallNote({ available: 0 }, 10)).toBe('No question matches these choices.');
    expect(shortfallNote({ available: 10 }, 10)).toBeNull();
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
    const c = mcq('x', 'early', { conflict });
    const [q] = buildPaper([c], settings(), seededRandom(1)).questions;
    expect(q?.explanation).toBe(`${c.content.explanation} Sources disagree: ${conflict.note}`);
    const [plain] = buildPaper([mcq('y', 'early')], settings(), seededRandom(1)).questions;
    expect(plain?.explanation).toBe(c.content.explanation);
  });

  it('scores a paper, partly right counting half, and by era in the eras order', () => {
    const answers = [
      answer('late', 'right'),
      answer('early', 'partial'),
      answer('early', 'wrong'),
      answer('late', 'right'),
    ];
    expect(score(answers)).toEqual({ right: 2, partial: 1, total: 4, percent: 63 });
    expect(score([]).percent).toBe(0);
    expect(scoreByEra(answers, ['early', 'late'])).toEqual([
      { era: 'early', right: 0, partial: 1, total: 2, percent: 25 },
      { era: 'late', right: 2, partial: 0, total: 2, percent: 100 },
    ]);
  });

  it('counts the questions left when time ran out as not answered', () => {
    const paper = buildPaper([mcq('a', 'early'), mcq('b', 'late')], settings(), seededRandom(3));
    const given = [{ ...answer('early', 'right'), cardId: paper.questions[0]?.cardId ?? asCardId('?') }];
    const all = completeAnswers(paper.questions, given);
    expect(all).toHaveLength(2);
    expect(all[1]).toEqual({
      cardId: paper.questions[1]?.cardId,
      era: paper.questions[1]?.era,
      mode: 'choice',
      given: '',
      grade: 'wrong',
    });
  });

  it('counts down a timed paper and stops at zero', () => {
    expect(timeLeft(1000, 0, 5000)).toBeNull();
    expect(timeLeft(0, 5, 60_000)).toBe(240_000);
    expect(timeLeft(0, 5, 400_000)).toBe(0);
    expect(formatClock(245_000)).toBe('4:05');
    expect(formatClock(999)).toBe('0:01');
    expect(formatClock(0)).toBe('0:00');
  });
});

describe('kinds read for a quiz', () => {
  it('are every kind a mode can ask, so reading only them loses no question', () => {
    const cards = (v1File as { cards: DeckCard[] }).cards;
    const modes = cards.map(modeOf);
    expect(new Set(modes)).toEqual(new Set(['choice', 'typed', 'order', null]));
    for (const [i, c] of cards.entries()) {
      const mode = modes[i];
      if (mode) expect(kindsFor([mode])).toContain(c.kind);
    }
    expect(kindsFor(['choice', 'typed', 'choice']).sort()).toEqual(['mcq-date', 'when', 'who']);
    expect(kindsFor([])).toEqual([]);
  });
});
