import { describe, expect, it } from 'vitest';
import { testScheduler as scheduler } from '../testing/scheduler.ts';
import { createScheduler, formatInterval, newSchedulingFields } from './scheduler.ts';

const now = new Date('2026-03-01T10:00:00Z');

describe('scheduler', () => {
  it('gives a new card the learning steps for Again, Hard and Good, and days for Easy', () => {
    const p = scheduler.preview(newSchedulingFields(now), now);
    expect(formatInterval(now, p[1].card.due)).toBe('1m');
    expect(formatInterval(now, p[2].card.due)).toBe('6m');
    expect(formatInterval(now, p[3].card.due)).toBe('10m');
    expect(p[4].card.state).toBe(2);
    expect(p[4].card.scheduled_days).toBeGreaterThanOrEqual(1);
    expect(p[3].log).toMatchObject({ rating: 3, stateBefore: 0, state: 1, review: now });
  });

  it('keeps last_review as the source of truth and grows intervals with Good', () => {
    let card = newSchedulingFields(now);
    let t = now;
    const intervals: number[] = [];
    for (let i = 0; i < 5; i++) {
      card = scheduler.rate(card, 3, t).card;
      expect(card.last_review).toEqual(t);
      t = card.due;
      intervals.push(card.scheduled_days);
    }
    expect(card.state).toBe(2);
    expect(intervals.at(-1)).toBeGreaterThan(intervals.at(-2) ?? 0);
  });

  it('respects the maximum interval and desired retention', () => {
    const short = createScheduler({
      desiredRetention: 0.9,
      maximumInterval: 5,
      learningSteps: [],
      relearningSteps: [],
      fuzz: false,
    });
    expect(short.rate(newSchedulingFields(now), 4, now).card.scheduled_days).toBeLessThanOrEqual(5);
    const lax = createScheduler({
      desiredRetention: 0.8,
      maximumInterval: 36500,
      learningSteps: [],
      relearningSteps: [],
      fuzz: false,
    });
    const strict = createScheduler({
      desiredRetention: 0.95,
      maximumInterval: 36500,
      learningSteps: [],
      relearningSteps: [],
      fuzz: false,
    });
    expect(lax.rate(newSchedulingFields(now), 4, now).card.scheduled_days).toBeGreaterThan(
      strict.rate(newSchedulingFields(now), 4, now).card.scheduled_days,
    );
  });

  it('sends a forgotten review card to relearning', () => {
    const learnt = scheduler.rate(newSchedulingFields(now), 4, now).card;
    const lapse = scheduler.rate(learnt, 1, learnt.due);
    expect(lapse.card.state).toBe(3);
    expect(lapse.card.lapses).toBe(1);
    expect(formatInterval(learnt.due, lapse.card.due)).toBe('10m');
    expect(lapse.log.stateBefore).toBe(2);
  });

  it('does not change the card it is given, so undo can restore the snapshot', () => {
    const card = newSchedulingFields(now);
    const copy = structuredClone(card);
    scheduler.rate(card, 3, now);
    expect(card).toEqual(copy);
  });

  it('formats intervals for buttons', () => {
    const at = (ms: number) => new Date(now.getTime() + ms);
    expect(formatInterval(now, at(30_000))).toBe('1m');
    expect(formatInterval(now, at(3 * 3600_000))).toBe('3h');
    expect(formatInterval(now, at(4 * 86400_000))).toBe('4d');
    expect(formatInterval(now, at(60 * 86400_000))).toBe('2mo');
    expect(formatInterval(now, at(548 * 86400_000))).toBe('1.5y');
  });
});
