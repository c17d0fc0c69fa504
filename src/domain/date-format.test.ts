import { describe, expect, it } from 'vitest';
import { formatDateValue, startYear } from './date-format.ts';

describe('formatDateValue', () => {
  it('writes each precision as people read it', () => {
    expect(formatDateValue({ value: '1966-01-10', precision: 'day' })).toBe('10 January 1966');
    expect(formatDateValue({ value: '2014-11', precision: 'month' })).toBe('November 2014');
    expect(formatDateValue({ value: '1971', precision: 'year' })).toBe('1971');
    expect(formatDateValue({ value: '1960', precision: 'decade' })).toBe('1960s');
  });

  it('writes ranges without repeating what both ends share', () => {
    expect(formatDateValue({ value: '1954/1958', precision: 'range' })).toBe('1954–1958');
    expect(formatDateValue({ value: '1950-05-03/1950-05-30', precision: 'range' })).toBe('3–30 May 1950');
    expect(formatDateValue({ value: '1954-03/1954-04', precision: 'range' })).toBe('March–April 1954');
    expect(formatDateValue({ value: '1988-12/1989-02', precision: 'range' })).toBe(
      'December 1988–February 1989',
    );
  });

  it('handles a leap day and the last day of a year', () => {
    expect(formatDateValue({ value: '2000-02-29', precision: 'day' })).toBe('29 February 2000');
    expect(formatDateValue({ value: '1999-12-31', precision: 'day' })).toBe('31 December 1999');
  });

  it('finds the first year', () => {
    expect(startYear('1954/1958')).toBe(1954);
    expect(startYear('x')).toBeNull();
  });
});
