import { describe, expect, it } from 'vitest';
import { formatDateValue } from './date-format.ts';
import type { DateValue } from './deck-schema.ts';
import { dateSpan, gradeDate, readTypedDate } from './typed-date.ts';

const read = (text: string) => {
  const r = readTypedDate(text);
  return r.ok ? r.date : r.reason;
};
const day = (value: string): DateValue => ({ value, precision: 'day' });
const grade = (expected: DateValue, typed: string) => {
  const r = readTypedDate(typed);
  if (!r.ok) throw new Error(`unreadable: ${typed}`);
  return gradeDate(expected, r.date, formatDateValue(expected));
};

describe('readTypedDate', () => {
  it('reads a day written in the usual ways', () => {
    for (const text of [
      '10 January 1966',
      '10 Jan 1966',
      '10 jan. 1966',
      'January 10, 1966',
      'Jan 10 1966',
      '10th January 1966',
      '10th of January, 1966',
      'on 10 January 1966',
      '1966-01-10',
      '  10   JANUARY 1966 ',
    ]) {
      expect(read(text), text).toEqual(day('1966-01-10'));
    }
  });

  it('reads a month, a year and a decade at the precision typed', () => {
    expect(read('January 1966')).toEqual({ value: '1966-01', precision: 'month' });
    expect(read('Jan, 1966')).toEqual({ value: '1966-01', precision: 'month' });
    expect(read('sept 1966')).toEqual({ value: '1966-09', precision: 'month' });
    expect(read('1966-01')).toEqual({ value: '1966-01', precision: 'month' });
    expect(read('1/1966')).toEqual({ value: '1966-01', precision: 'month' });
    expect(read('1966')).toEqual({ value: '1966', precision: 'year' });
    expect(read('in 1966')).toEqual({ value: '1966', precision: 'year' });
    expect(read('the 1960s')).toEqual({ value: '1960', precision: 'decade' });
  });

  it('reads ranges, taking what the start leaves out from the end', () => {
    expect(read('1954-1958')).toEqual({ value: '1954/1958', precision: 'range' });
    expect(read('1954–58')).toEqual({ value: '1954/1958', precision: 'range' });
    expect(read('from 1954 to 1958')).toEqual({ value: '1954/1958', precision: 'range' });
    expect(read('between 1954 and 1958')).toEqual({ value: '1954/1958', precision: 'range' });
    expect(read('March-April 1954')).toEqual({ value: '1954-03/1954-04', precision: 'range' });
    expect(read('3–30 May 1950')).toEqual({ value: '1950-05-03/1950-05-30', precision: 'range' });
    expect(read('May 3 to May 30 1950')).toEqual({ value: '1950-05-03/1950-05-30', precision: 'range' });
  });

  it('reads back every date the app writes', () => {
    const values: DateValue[] = [
      day('1966-01-10'),
      day('2000-02-29'),
      { value: '2014-11', precision: 'month' },
      { value: '1971', precision: 'year' },
      { value: '1960', precision: 'decade' },
      { value: '1954/1958', precision: 'range' },
      { value: '1950-05-03/1950-05-30', precision: 'range' },
      { value: '1954-03/1954-04', precision: 'range' },
      { value: '1988-12/1989-02', precision: 'range' },
    ];
    for (const v of values) expect(read(formatDateValue(v))).toEqual(v);
  });

  it('refuses a numeric date whose day and month could be swapped, with a hint', () => {
    const r = readTypedDate('10/1/1966');
    expect(r).toMatchObject({ ok: false, reason: 'ambiguous' });
    expect(r.ok ? '' : r.hint).toMatch(/10 January 1966/);
    expect(read('10.1.1966')).toBe('ambiguous');
    expect(read('1/10/1966')).toBe('ambiguous');
  });

  it('reads a numeric date only one way can read', () => {
    expect(read('13/8/1947')).toEqual(day('1947-08-13'));
    expect(read('8/13/1947')).toEqual(day('1947-08-13'));
    expect(read('5/5/1950')).toEqual(day('1950-05-05'));
  });

  it('refuses what is not a date, and says how to write one', () => {
    for (const text of ['soon', '31 February 1966', '10 January', 'January', '66', '1966-13', '1958-1954']) {
      expect(read(text), text).toBe('unreadable');
    }
    expect(read('   ')).toBe('empty');
    const r = readTypedDate('yesterday');
    expect(r.ok ? '' : r.hint).toMatch(/10 January 1966, January 1966 or 1966/);
  });

  it('knows leap days', () => {
    expect(read('29 February 2000')).toEqual(day('2000-02-29'));
    expect(read('29 February 1900')).toBe('unreadable');
    expect(read('29 Feb 2024')).toEqual(day('2024-02-29'));
  });
});

describe('dateSpan', () => {
  it('gives the first and last day each precision covers', () => {
    expect(dateSpan(day('1966-01-10'))).toEqual(['1966-01-10', '1966-01-10']);
    expect(dateSpan({ value: '2000-02', precision: 'month' })).toEqual(['2000-02-01', '2000-02-29']);
    expect(dateSpan({ value: '1966', precision: 'year' })).toEqual(['1966-01-01', '1966-12-31']);
    expect(dateSpan({ value: '1960', precision: 'decade' })).toEqual(['1960-01-01', '1969-12-31']);
    expect(dateSpan({ value: '1954-03/1954-04', precision: 'range' })).toEqual(['1954-03-01', '1954-04-30']);
  });
});

describe('gradeDate', () => {
  const dayFact = day('1966-01-10');
  const monthFact: DateValue = { value: '1948-04', precision: 'month' };
  const yearFact: DateValue = { value: '1966', precision: 'year' };

  it('a year fact: the year is right, and a finer date inside it too', () => {
    expect(grade(yearFact, '1966').grade).toBe('right');
    expect(grade(yearFact, '10 January 1966')).toEqual({
      grade: 'right',
      message: 'Right: the sources give 1966, no more.',
    });
    expect(grade(yearFact, '1965').grade).toBe('wrong');
    expect(grade(yearFact, 'the 1960s').grade).toBe('partial');
  });

  it('a day fact: the exact day is full marks, in any format', () => {
    for (const t of ['10 Jan 1966', 'January 10, 1966', '10 January 1966', '1966-01-10']) {
      expect(grade(dayFact, t).grade, t).toBe('right');
    }
  });

  it('a day fact: the month and year, or the year alone, are partly right', () => {
    expect(grade(dayFact, 'January 1966')).toEqual({
      grade: 'partial',
      message: 'Partly right. That is right as far as it goes; the full answer is 10 January 1966.',
    });
    expect(grade(dayFact, '1966')).toEqual({
      grade: 'partial',
      message: 'Partly right. The year is right; the full answer is 10 January 1966.',
    });
    expect(grade(dayFact, '11 January 1966').grade).toBe('partial');
  });

  it('a day fact: a wrong month or year is wrong', () => {
    expect(grade(dayFact, '10 February 1966')).toEqual({
      grade: 'wrong',
      message: 'Not quite: the answer is 10 January 1966.',
    });
    expect(grade(dayFact, '10 January 1965').grade).toBe('wrong');
    expect(grade(dayFact, '1965').grade).toBe('wrong');
  });

  it('a month fact: the month is right, a day in it too, the year alone partly', () => {
    expect(grade(monthFact, 'April 1948').grade).toBe('right');
    expect(grade(monthFact, '12 April 1948').grade).toBe('right');
    expect(grade(monthFact, '1948').grade).toBe('partial');
    expect(grade(monthFact, 'May 1948').grade).toBe('wrong');
  });

  it('a decade fact: the decade is right, a year inside it too', () => {
    const decade: DateValue = { value: '1960', precision: 'decade' };
    expect(grade(decade, '1960s').grade).toBe('right');
    expect(grade(decade, '1965').grade).toBe('right');
    expect(grade(decade, '1971').grade).toBe('wrong');
  });

  it('a range fact: both ends are right; a part of it or a span around it partly', () => {
    const range: DateValue = { value: '1954-03/1954-04', precision: 'range' };
    expect(grade(range, 'March–April 1954').grade).toBe('right');
    expect(grade(range, 'March 1954').grade).toBe('partial');
    expect(grade(range, '1954').grade).toBe('partial');
    expect(grade(range, 'June 1954').grade).toBe('wrong');
    const years: DateValue = { value: '1950/1953', precision: 'range' };
    expect(grade(years, '1950-53').grade).toBe('right');
    expect(grade(years, '1951')).toEqual({
      grade: 'partial',
      message: 'Partly right: that falls within 1950–1953.',
    });
    expect(grade(years, '1949-1953').grade).toBe('partial');
    expect(grade(years, '1954').grade).toBe('wrong');
  });

  it('a leap day fact and the turn of a year', () => {
    expect(grade(day('2000-02-29'), '29 Feb 2000').grade).toBe('right');
    expect(grade(day('2000-02-29'), 'February 2000').grade).toBe('partial');
    expect(grade(day('1999-12-31'), '1 January 2000').grade).toBe('wrong');
  });
});
