import { describe, expect, it } from 'vitest';
import { nextStudyDayStart, studyDayStart } from './study-day.ts';

const local = (y: number, m: number, d: number, h: number, min = 0) => new Date(y, m - 1, d, h, min);

describe('study day', () => {
  it('starts at the set hour, so 2 am belongs to the day before', () => {
    expect(studyDayStart(local(2026, 3, 2, 2), 4)).toEqual(local(2026, 3, 1, 4));
    expect(studyDayStart(local(2026, 3, 2, 4), 4)).toEqual(local(2026, 3, 2, 4));
    expect(studyDayStart(local(2026, 3, 2, 23, 59), 4)).toEqual(local(2026, 3, 2, 4));
  });

  it('crosses month ends and leap days', () => {
    expect(studyDayStart(local(2028, 3, 1, 1), 4)).toEqual(local(2028, 2, 29, 4));
    expect(nextStudyDayStart(local(2028, 2, 29, 12), 4)).toEqual(local(2028, 3, 1, 4));
    expect(nextStudyDayStart(local(2026, 12, 31, 5), 0)).toEqual(local(2027, 1, 1, 0));
  });
});
