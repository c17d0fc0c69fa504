import { describe, expect, it } from 'vitest';
import { inQuestion, splitClause, withoutDates } from './clause.ts';

describe('splitClause', () => {
  it('finds subject, verb and rest of a simple past sentence', () => {
    expect(splitClause('The trade minister visited Ruritania and was welcomed by the king.')).toEqual({
      subject: 'The trade minister',
      past: 'visited',
      infinitive: 'visit',
      passive: null,
      rest: ' Ruritania',
    });
  });

  it('reads passives and strips dates, asides and appositives', () => {
    expect(splitClause('The Harbour Accord was signed in March 1964 (after long talks).')).toMatchObject({
      subject: 'The Harbour Accord',
      passive: 'was',
      past: 'signed',
      rest: '',
    });
    expect(
      splitClause('Tomas Varga, the Bordurian envoy, presented his letters on 3 May 1950.'),
    ).toMatchObject({
      subject: 'Tomas Varga',
      infinitive: 'present',
      rest: ' his letters',
    });
  });

  it('refuses states and sentences that lean on their neighbours', () => {
    expect(splitClause('Relations between the two capitals remained cool.')).toBeNull();
    expect(splitClause('Ruritania opened a consulate the same year.')).toBeNull();
  });
});

describe('withoutDates and inQuestion', () => {
  it('removes date phrases of any precision', () => {
    expect(withoutDates('A port opened on 3 May 1950 and a school in 1951.')).toBe(
      'A port opened and a school.',
    );
  });

  it('lowercases a leading article but keeps names and titles', () => {
    expect(inQuestion('The king')).toBe('the king');
    expect(inQuestion('Prime Minister Kossuth')).toBe('Prime Minister Kossuth');
    expect(inQuestion('Ruritania')).toBe('Ruritania');
  });
});
