import { describe, expect, it } from 'vitest';
import { editDistance, gradeName, nameWords } from './typed-name.ts';

const g = (answer: string, typed: string, others: string[] = []) => gradeName(answer, typed, others).grade;

describe('nameWords', () => {
  it('drops titles and offices, folds case, accents and spellings', () => {
    expect(nameWords('Premier Alexei Kosygin')).toEqual(['alexei', 'kosigin']);
    expect(nameWords('General Raheel Sharif')).toEqual(['rahil', 'sharif']);
    expect(nameWords('Nawabzada Liaquat Ali Khan')).toEqual(['liakuat', 'ali', 'khan']);
    expect(nameWords('Rajeev')).toEqual(nameWords('Rajiv'));
    expect(nameWords('Zoë')).toEqual(['zoe']);
  });
});

describe('editDistance', () => {
  it('counts inserts, deletes, changes and swaps of neighbours', () => {
    expect(editDistance('kosygin', 'kosygin')).toBe(0);
    expect(editDistance('kosygin', 'kosigin')).toBe(1);
    expect(editDistance('kosygin', 'kosgyin')).toBe(1);
    expect(editDistance('kosygin', 'kosyg')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('gradeName', () => {
  it('is right with or without given names and titles', () => {
    for (const t of [
      'Kosygin',
      'Alexei Kosygin',
      'Premier Kosygin',
      'Soviet Premier Alexei Kosygin',
      'kosygin',
    ]) {
      expect(g('Alexei Kosygin', t), t).toBe('right');
    }
    expect(gradeName('Alexei Kosygin', 'Premier Kosygin').message).toBe('Right: Alexei Kosygin.');
  });

  it('forgives a small slip of spelling or transliteration', () => {
    expect(g('Alexei Kosygin', 'Kosigin')).toBe('right');
    expect(g('Alexei Kosygin', 'Alexey Kosygyn')).toBe('right');
    expect(g('Rajeev Gandhi', 'Rajiv Gandhi')).toBe('right');
    expect(g('Vladimir V Chirkin', 'Vladimir Chirkin')).toBe('right');
    expect(g('Mikhail Fradkov', 'Fradkof')).toBe('right');
    expect(g('Nikita Khrushchev', 'Khruschev')).toBe('right');
  });

  it('a given name alone is partly right', () => {
    expect(gradeName('Alexei Kosygin', 'Alexei')).toEqual({
      grade: 'partial',
      message: 'Partly right: the full name is Alexei Kosygin.',
    });
    expect(g('Nawabzada Liaquat Ali Khan', 'Liaquat Ali')).toBe('partial');
  });

  it('another person is wrong, even with the same surname', () => {
    expect(g('Nawaz Sharif', 'Raheel Sharif')).toBe('wrong');
    expect(g('Nawabzada Liaquat Ali Khan', 'Ayub Khan')).toBe('wrong');
    expect(g('Alexei Kosygin', 'Brezhnev')).toBe('wrong');
    expect(g('Alexei Kosygin', 'Kosmos')).toBe('wrong');
    expect(gradeName('Alexei Kosygin', 'Premier')).toEqual({
      grade: 'wrong',
      message: 'Not quite: the answer is Alexei Kosygin.',
    });
  });

  it('a one-word answer takes a given name it leaves out', () => {
    expect(g('Putin', 'Vladimir Putin')).toBe('right');
    expect(g('Putin', 'President Putin')).toBe('right');
    expect(g('Putin', 'Medvedev')).toBe('wrong');
  });

  it('short names must be spelt exactly', () => {
    expect(g('Zia', 'Zia')).toBe('right');
    expect(g('Zia', 'Zea')).toBe('wrong');
  });

  it('takes the other names the sources give', () => {
    expect(g('Ashfaq Pervaiz Kayani', 'Amjad Kiyani', ['Amjad Pervaiz Kiyani'])).toBe('right');
    expect(g('Ashfaq Pervaiz Kayani', 'Amjad Kiyani')).toBe('wrong');
  });
});
