import { describe, expect, it } from 'vitest';
import { testScheduler as scheduler } from '../testing/scheduler.ts';
import { replaySchedule } from './replay.ts';
import { newSchedulingFields } from './scheduler.ts';

const at = (iso: string) => new Date(iso);

describe('replaySchedule', () => {
  it('gives the schedule the same ratings give when made one after another', () => {
    const times = [
      '2026-03-01T10:00:00Z',
      '2026-03-01T10:01:00Z',
      '2026-03-01T10:11:00Z',
      '2026-03-05T09:00:00Z',
    ];
    const ratings = [3, 3, 3, 2] as const;
    let card = newSchedulingFields(at(times[0] as string));
    times.forEach((t, i) => {
      card = scheduler.rate(card, ratings[i] ?? 3, at(t)).card;
    });
    const shuffled = [3, 0, 2, 1].map((i) => ({ rating: ratings[i] ?? 3, review: at(times[i] as string) }));
    expect(replaySchedule(scheduler, shuffled)).toEqual(card);
  });

  it('gives null for a card with no history', () => {
    expect(replaySchedule(scheduler, [])).toBeNull();
  });
});
