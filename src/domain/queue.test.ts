import { describe, expect, it } from 'vitest';
import { buildQueue, type QueueCard, type QueueOptions } from './queue.ts';
import { nextStudyDayStart, studyDayStart } from './study-day.ts';

const now = new Date('2026-03-01T10:00:00Z');
const ago = (min: number) => new Date(now.getTime() - min * 60_000);
const card = (id: string, over: Partial<QueueCard> = {}): QueueCard => ({
  id,
  deckId: 'd1',
  era: 'early',
  due: ago(60),
  state: 0,
  suspended: 0,
  retired: 0,
  ...over,
});
const opts: QueueOptions = {
  now,
  dayEnd: new Date('2026-03-02T04:00:00Z'),
  newPerDay: 2,
  reviewsPerDay: 1,
  newDoneToday: 0,
  reviewsDoneToday: 0,
  decks: [],
  eras: [],
};

describe('study queue', () => {
  it('shows due learning cards, then reviews, then new cards, within the daily limits', () => {
    const q = buildQueue(
      [
        card('n1', { due: ago(3) }),
        card('n2', { due: ago(2) }),
        card('n3', { due: ago(1) }),
        card('r1', { state: 2, due: ago(100) }),
        card('r2', { state: 2, due: ago(50) }),
        card('l1', { state: 1, due: ago(1) }),
        card('later', { state: 2, due: new Date('2026-03-05T00:00:00Z') }),
      ],
      opts,
    );
    expect(q.cards.map((c) => c.id)).toEqual(['l1', 'r1', 'n1', 'n2']);
    expect(q.counts).toEqual({ new: 2, learning: 1, review: 1 });
  });

  it('counts what was done today against the limits', () => {
    const q = buildQueue([card('n1'), card('n2'), card('r1', { state: 2 })], {
      ...opts,
      newDoneToday: 1,
      reviewsDoneToday: 1,
    });
    expect(q.cards.map((c) => c.id)).toEqual(['n1']);
  });

  it('keeps to the chosen decks and eras and leaves out suspended and retired cards', () => {
    const cards = [
      card('a', { era: 'early' }),
      card('b', { era: 'later' }),
      card('c', { deckId: 'd2', era: 'later' }),
      card('s', { era: 'later', suspended: 1 }),
      card('x', { era: 'later', retired: 1 }),
    ];
    const big = { ...opts, newPerDay: 20 };
    expect(buildQueue(cards, { ...big, eras: ['later'] }).cards.map((c) => c.id)).toEqual(['b', 'c']);
    expect(buildQueue(cards, { ...big, decks: ['d2'] }).cards.map((c) => c.id)).toEqual(['c']);
    expect(buildQueue(cards, big).cards).toHaveLength(3);
  });

  it('reports the next learning card due later today', () => {
    const soon = new Date(now.getTime() + 5 * 60_000);
    const q = buildQueue([card('l', { state: 1, due: soon })], opts);
    expect(q.cards).toEqual([]);
    expect(q.nextLearningDue).toEqual(soon);
  });
});

describe("Anki's day rules", () => {
  // Local times, as the study day is: it starts at 04:00.
  const at = (d: number, h: number, m = 0) => new Date(2026, 2, d, h, m);
  const day = (now: Date): QueueOptions => ({
    ...opts,
    now,
    dayStart: studyDayStart(now, 4),
    dayEnd: nextStudyDayStart(now, 4),
    newPerDay: 20,
    reviewsPerDay: 200,
  });
  const review = card('r', { state: 2, due: at(2, 12, 30) });
  const learnt = card('l', { state: 1, due: at(2, 12, 30), last_review: at(2, 12, 20) });
  const carried = card('c', { state: 1, due: at(2, 12, 30), last_review: at(1, 20) });

  it('a review due at 12:30 is due from 04:00 that day, not at 03:59 or the evening before', () => {
    expect(buildQueue([review], day(at(1, 22))).counts.review).toBe(0);
    expect(buildQueue([review], day(at(2, 3, 59))).counts.review).toBe(0);
    expect(buildQueue([review], day(at(2, 4, 1))).counts.review).toBe(1);
    expect(buildQueue([review], day(at(2, 12))).counts.review).toBe(1);
    // Overdue stays due.
    expect(buildQueue([review], day(at(5, 9))).counts.review).toBe(1);
  });

  it('a learning card reviewed today comes back at its exact time; one left from yesterday from 04:00', () => {
    const morning = buildQueue([learnt, carried], day(at(2, 9)));
    expect(morning.cards.map((c) => c.id)).toEqual(['c']);
    expect(morning.nextLearningDue).toEqual(at(2, 12, 30));
    expect(morning.learningLater).toBe(1);
    expect(buildQueue([learnt], day(at(2, 12, 30))).cards.map((c) => c.id)).toEqual(['l']);
  });

  it('counts every learning card within the learn-ahead limit, and shows them after everything else', () => {
    const now = at(2, 12);
    const soon = (id: string, min: number) =>
      card(id, { state: 1, due: new Date(now.getTime() + min * 60_000), last_review: at(2, 11) });
    const cards = [soon('a', 5), soon('b', 15), soon('far', 45), card('n')];
    const q = buildQueue(cards, { ...day(now), learnAheadMs: 20 * 60_000 });
    expect(q.cards.map((c) => c.id)).toEqual(['n', 'a', 'b']);
    expect(q.counts).toEqual({ new: 1, learning: 2, review: 0 });
    expect(q.nextLearningDue).toEqual(new Date(now.getTime() + 45 * 60_000));
    expect(buildQueue(cards, day(now)).counts.learning).toBe(0);
  });
});

describe('burying siblings', () => {
  type Sib = QueueCard & { fact: string };
  const sib = (id: string, fact: string, over: Partial<QueueCard> = {}): Sib => ({ ...card(id, over), fact });
  const keysOf = (c: Sib) => (c.fact ? [c.fact] : []);
  const none = new Set<string>();
  const big = { ...opts, newPerDay: 3, reviewsPerDay: 10 };

  it('shows one card of a fact a day, and fills the new-card limit from other facts', () => {
    const cards = [sib('a1', 'A'), sib('a2', 'A'), sib('b1', 'B'), sib('o', ''), sib('c1', 'C')];
    const q = buildQueue(cards, { ...big, bury: { studied: none, keysOf } });
    expect(q.cards.map((c) => c.id)).toEqual(['a1', 'b1', 'o']);
    expect(q.buried).toBe(1);
    expect(buildQueue(cards, big).cards.map((c) => c.id)).toEqual(['a1', 'a2', 'b1']);
  });

  it('holds back a review or new card whose sibling was studied today or is being learnt', () => {
    const cards = [
      sib('l', 'A', { state: 1, due: ago(1) }),
      sib('r', 'A', { state: 2, due: ago(10) }),
      sib('n', 'B'),
      sib('m', 'C'),
    ];
    const q = buildQueue(cards, { ...big, bury: { studied: new Set(['B']), keysOf } });
    expect(q.cards.map((c) => c.id)).toEqual(['l', 'm']);
    expect(q.counts).toEqual({ new: 1, learning: 1, review: 0 });
    expect(q.buried).toBe(2);
  });
});
