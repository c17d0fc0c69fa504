import { describe, expect, it } from 'vitest';
import type { Era } from '../domain/deck-schema.ts';
import { eraLabel, eraYears } from './labels.ts';

const era = (name: string, from: number | null, to: number | null): Era => ({
  id: name,
  name,
  from,
  to,
  blurb: '',
});

describe('era labels', () => {
  it('names era years', () => {
    expect(
      [era('a', null, 1946), era('b', 1947, 1999), era('c', 2000, null), era('d', 1990, 2005)].map(eraYears),
    ).toEqual(['before 1947', '1947–99', '2000 onward', '1990–2005']);
    expect(eraYears(era('open', null, null))).toBe('');
  });

  it('adds the years to a name that does not give them', () => {
    expect(eraLabel(era('Early years', null, 1969))).toBe('Early years (before 1970)');
    expect(eraLabel(era('Later years', 1970, null))).toBe('Later years (1970 onward)');
    expect(eraLabel(era('Undated', null, null))).toBe('Undated');
  });

  it('does not repeat years the name already gives', () => {
    expect(eraLabel(era('1947–53: first contacts', 1947, 1953))).toBe('1947–53: first contacts');
    expect(eraLabel(era('Before 1947', null, 1946))).toBe('Before 1947');
    expect(eraLabel(era('2014 onward: defence ties', 2014, null))).toBe('2014 onward: defence ties');
  });
});
