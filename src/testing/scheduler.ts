// The scheduler most tests use: default settings with fuzz off, so intervals are exact.
import { createScheduler } from '../domain/scheduler.ts';

export const testScheduler = createScheduler({
  desiredRetention: 0.9,
  maximumInterval: 36500,
  learningSteps: ['1m', '10m'],
  relearningSteps: ['10m'],
  fuzz: false,
});
