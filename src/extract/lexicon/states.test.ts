import { describe, expect, it } from 'vitest';
import { isState } from '../actors.ts';
import {
  demonym,
  oneStateName,
  oneVisitState,
  SEATS,
  stateNamed,
  stateOfDemonym,
  statesIn,
} from '../deck/states.ts';
import { STATES, stateNameIn } from './states.ts';

describe('the states lexicon', () => {
  it('gives each state, spelling, adjective and seat once', () => {
    const spellings = STATES.flatMap((s) => [s.name, ...(s.other ?? [])]);
    expect(new Set(spellings).size).toBe(spellings.length);
    const adjectives = STATES.flatMap((s) => (s.demonym ? [s.demonym] : []));
    expect(new Set(adjectives).size).toBe(adjectives.length);
    const seats = STATES.flatMap((s) => s.seats ?? []);
    expect(new Set(seats).size).toBe(seats.length);
    for (const seat of seats) expect(seat).toBe(seat.toLowerCase());
  });

  it('knows every spelling as a state', () => {
    for (const name of [
      'Pakistan',
      'the Soviet Union',
      'U.S.',
      'Ceylon',
      'North Korea',
      'Jordan',
      'Türkiye',
    ]) {
      expect(isState(name), name).toBe(true);
    }
    expect(isState('Karachi')).toBe(false);
  });

  it.each([
    ['the United States and the Soviet Union', 'the USA and the USSR'],
    ['a treaty with Ceylon and Burma', 'a treaty with Sri Lanka and Myanmar'],
    ['talks in Peking and Dacca', 'talks in Beijing and Dhaka'],
    ['trade with South America and Latin America', 'trade with South America and Latin America'],
    ['the Democratic People’s Republic of Korea', 'the North Korea'],
    ["the Democratic People's Republic of Korea", 'the North Korea'],
  ])('writes "%s" as "%s"', (text, one) => {
    expect(oneStateName(text)).toBe(one);
  });

  it('names a state by its adjective, its seat of government or its own name', () => {
    expect(demonym('the Soviet Union')).toBe('Soviet');
    expect(demonym('Sri Lanka')).toBe('Sri Lankan');
    expect(stateOfDemonym('Soviet')).toBe('Soviet Union');
    expect(stateOfDemonym('Jordanian')).toBe('Jordan');
    expect(SEATS.kremlin).toBe('USSR');
    expect(stateNamed('Amman')).toBe('Jordan');
    expect(stateNamed('Russia')).toBe('USSR');
    expect(oneVisitState('Russian Federation')).toBe('USSR');
    expect(statesIn('Egyptian–Libyan talks in Cairo').sort()).toEqual(['Egypt', 'Libya']);
  });

  it.each([
    ['Russia', 1970, 'Soviet Union'],
    ['Russia', 2007, 'Russia'],
    ['USSR', 1966, 'Soviet Union'],
    ['USSR', 2001, 'Russia'],
    ['Sri Lanka', 1960, 'Ceylon'],
    ['Sri Lanka', 1990, 'Sri Lanka'],
    ['Iran', 1920, 'Persia'],
    ['West Germany', 1995, 'Germany'],
    ['Pakistan', 1950, 'Pakistan'],
    ['Ruritania', 1950, 'Ruritania'],
  ])('calls %s in %i "%s"', (name, year, then) => {
    expect(stateNameIn(name, year)).toBe(then);
  });
});
