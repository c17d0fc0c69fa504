import { describe, expect, it } from 'vitest';
import { decadeEras, eraFor } from './eras.ts';

const ERAS = [
  { id: 'before', name: 'Before 1947', from: null, to: 1946, blurb: '' },
  { id: 'first', name: '1947–53', from: 1947, to: 1953, blurb: '' },
  { id: 'late', name: '2014 onward', from: 2014, to: null, blurb: '' },
];

describe('eraFor', () => {
  it('finds the era whose years hold the date, open ends included', () => {
    expect(eraFor(1922, ERAS).id).toBe('before');
    expect(eraFor(1947, ERAS).id).toBe('first');
    expect(eraFor(1953, ERAS).id).toBe('first');
    expect(eraFor(2030, ERAS).id).toBe('late');
  });

  it('puts a year in a gap into the last era rather than failing', () => {
    expect(eraFor(1990, ERAS).id).toBe('late');
  });
});

describe('decadeEras', () => {
  it('makes one era per decade with facts, and one for everything before 1900', () => {
    expect(decadeEras([1961, 1895, 1968, 1972]).map((e) => e.name)).toEqual([
      'Before 1900',
      'The 1960s',
      'The 1970s',
    ]);
  });
});
