import { describe, expect, it } from 'vitest';
import type { ReviewRecord } from '../../db/schema.ts';
import { asCardId, asDeckId } from '../../domain/ids.ts';
import { makeCard } from '../../testing/cards.ts';
import {
  DAYS_TO_MATURE,
  dueForecast,
  examDayOf,
  formatDuration,
  heatLevel,
  heatmapWeeks,
  MIN_RETENTION_REVIEWS,
  projectExam,
  retentionNote,
  timeSpent,
  trueRetention,
} from './exam-model.ts';

// Noon local time on a Wednesday, so study days (from 04:00) and calendar days agree.
const now = new Date(2026, 0, 14, 12);
const daysAgo = (n: number, hour = 12) => new Date(2026, 0, 14 - n, hour);
const review = (over: Partial<ReviewRecord>): ReviewRecord => ({
  cardId: asCardId('a'),
  deckId: asDeckId('sample'),
  rating: 3,
  stateBefore: 2,
  state: 2,
  due: now,
  stability: 10,
  difficulty: 5,
  scheduledDays: 10,
  learningSteps: 0,
  review: now,
  durationMs: 10_000,
  ...over,
});

describe('dueForecast', () => {
  it('counts learning and review cards by the study day they fall due, overdue ones today', () => {
    const cards = [
      makeCard({ id: 'overdue', state: 2, due: daysAgo(3) }),
      makeCard({ id: 'today', state: 1, due: new Date(2026, 0, 14, 20) }),
      makeCard({ id: 'before-4am', state: 2, due: new Date(2026, 0, 15, 3) }),
      makeCard({ id: 'tomorrow', state: 2, due: new Date(2026, 0, 15, 9) }),
      makeCard({ id: 'in-29', state: 2, due: daysAgo(-29) }),
      makeCard({ id: 'in-30', state: 2, due: daysAgo(-30) }),
      makeCard({ id: 'new', state: 0, due: now }),
      makeCard({ id: 'suspended', state: 2, due: now, suspended: 1 }),
      makeCard({ id: 'retired', state: 2, due: now, retired: 1 }),
    ];
    const f = dueForecast(cards, now, 4, 30);
    expect(f).toHaveLength(30);
    expect(f[0]).toBe(3);
    expect(f[1]).toBe(1);
    expect(f[29]).toBe(1);
    expect(f.reduce((a, b) => a + b, 0)).toBe(5);
  });
});

describe('trueRetention', () => {
  const reviews = [
    ...Array.from({ length: 18 }, (_, i) => review({ review: daysAgo(i % 6), rating: i < 3 ? 1 : 3 })),
    ...Array.from({ length: 10 }, (_, i) => review({ review: daysAgo(10 + i), rating: i < 5 ? 1 : 4 })),
    review({ review: daysAgo(1), stateBefore: 1, rating: 1 }),
    review({ review: daysAgo(40), rating: 1 }),
  ];

  it('counts reviews of learned cards in the window, and not Again as recalled', () => {
    expect(trueRetention(reviews, now, 30)).toEqual({ checked: 28, recalled: 20, percent: 71 });
  });

  it('gives no figure, and says why, when the window holds too few reviews', () => {
    const week = trueRetention(reviews, now, 7);
    expect(week).toEqual({ checked: 18, recalled: 15, percent: null });
    expect(retentionNote(week)).toBe(
      `Only 18 reviews of learned cards so far; a figure needs ${MIN_RETENTION_REVIEWS}.`,
    );
    const none = trueRetention([review({ stateBefore: 0 })], now, 7);
    expect(retentionNote(none)).toMatch(/^No learned card has come back yet/);
    expect(retentionNote(trueRetention(reviews, now, 30))).toBeNull();
  });
});

describe('timeSpent', () => {
  it('adds the answer times, in all and for the last days', () => {
    const reviews = [
      review({ review: daysAgo(1) }),
      review({ review: daysAgo(2) }),
      review({ review: daysAgo(9) }),
    ];
    expect(timeSpent(reviews, now, 7)).toEqual({ total: 30_000, recent: 20_000 });
    expect(formatDuration(0)).toBe('none');
    expect(formatDuration(30_000)).toBe('under a minute');
    expect(formatDuration(14 * 60_000)).toBe('14 min');
    expect(formatDuration(125 * 60_000)).toBe('2 h 05 min');
  });
});

describe('projectExam', () => {
  // 10 mature, 5 started, 100 not yet seen; 28 new cards started in the last 14 days (2 a day).
  const cards = [
    ...Array.from({ length: 10 }, (_, i) => makeCard({ id: `m${i}`, state: 2, scheduled_days: 30 })),
    ...Array.from({ length: 5 }, (_, i) => makeCard({ id: `s${i}`, state: 2, scheduled_days: 5 })),
    ...Array.from({ length: 100 }, (_, i) => makeCard({ id: `n${i}` })),
  ];
  const started = Array.from({ length: 28 }, (_, i) =>
    review({ cardId: asCardId(`s${i % 5}`), stateBefore: 0, review: daysAgo(i % 14) }),
  );
  const old = review({ cardId: asCardId('m0'), stateBefore: 0, review: daysAgo(20) });

  it('projects the mature cards on exam day at the pace of the last two weeks', () => {
    const exam = daysAgo(-(DAYS_TO_MATURE + 29));
    const p = projectExam(cards, [...started, old], now, exam, 4);
    // 10 mature + 5 started + 2 a day for 30 days of starts that can mature in time.
    expect(p).toEqual({ daysLeft: 50, pace: 2, mature: 10, projected: 75, cards: 115 });
  });

  it('never projects more cards than there are, and nothing new within three weeks of the exam', () => {
    expect(projectExam(cards, started, now, daysAgo(-400), 4).projected).toBe(115);
    expect(projectExam(cards, started, now, daysAgo(-10), 4)).toMatchObject({ daysLeft: 10, projected: 10 });
    expect(projectExam(cards, started, now, daysAgo(3), 4).daysLeft).toBe(-3);
  });

  it('reads the exam day of a date field', () => {
    expect(examDayOf('2027-02-15')).toEqual(new Date(2027, 1, 15, 12));
    expect(examDayOf('2027-02-30')).toBeNull();
    expect(examDayOf('')).toBeNull();
  });
});

describe('heatmap', () => {
  it('lays a year out in week columns, Monday first, today last', () => {
    const counts = Array.from({ length: 10 }, (_, i) => i);
    // 14 January 2026 is a Wednesday (index 2); 10 days back starts on a Monday (5 January).
    const weeks = heatmapWeeks(counts, now);
    expect(weeks).toEqual([
      [0, 1, 2, 3, 4, 5, 6],
      [7, 8, 9],
    ]);
    expect(heatmapWeeks([1, 2], now)).toEqual([[null, 1, 2]]);
  });

  it('shades by how many reviews a day had', () => {
    expect([0, 1, 4, 5, 9, 10, 19, 20, 99].map(heatLevel)).toEqual([0, 1, 1, 2, 2, 3, 3, 4, 4]);
  });
});
