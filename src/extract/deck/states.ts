// States by name: one spelling for each, the state a visit went to, and the adjective of its people.
import { isState } from '../actors.ts';
/** One spelling for the states and places news copy names in several ways: "America", "the US", "USA"; "Peking", "Beijing". */
export function oneStateName(text: string): string {
  return (
    text
      .replace(/\b(?:United States(?: of America)?|U\.S\.A?\.?|USA|US|America)(?![\w-])/g, 'USA')
      .replace(/\b(?:Soviet Union|USSR|U\.S\.S\.R\.?)(?![\w-])/g, 'USSR')
      .replace(/\b(?:United Kingdom|UK|U\.K\.|Britain|Great Britain)(?![\w-])/g, 'UK')
      // Old and new names of one place: "Peking" and "Beijing".
      .replace(/\b(?:Peking|Peiping)\b/g, 'Beijing')
      .replace(/\bDacca\b/g, 'Dhaka')
      .replace(/\bBombay\b/g, 'Mumbai')
      .replace(/\bCalcutta\b/g, 'Kolkata')
      .replace(/\bCeylon\b/g, 'Sri Lanka')
      .replace(/\bBurma\b/g, 'Myanmar')
  );
}

/** Where a visit went, in one spelling, Russia and the Soviet Union as one: "a Russia trip" is to the USSR. */
export function oneVisitState(name: string): string {
  return oneStateName(name.replace(/’s$|'s$/, '')).replace(/^Russia(?:n Federation)?$/, 'USSR');
}

/** The adjective of each state's people, by the spelling `oneStateName` gives. */
const DEMONYMS: Record<string, string> = {
  Pakistan: 'Pakistani',
  Russia: 'Russian',
  USSR: 'Soviet',
  'Soviet Union': 'Soviet',
  India: 'Indian',
  China: 'Chinese',
  USA: 'American',
  UK: 'British',
  Turkey: 'Turkish',
  Iran: 'Iranian',
  Afghanistan: 'Afghan',
  Bangladesh: 'Bangladeshi',
  Japan: 'Japanese',
  France: 'French',
  Germany: 'German',
  'Saudi Arabia': 'Saudi',
  Egypt: 'Egyptian',
  Indonesia: 'Indonesian',
  Malaysia: 'Malaysian',
};

/** The state each adjective names ("Soviet" → "Soviet Union"). */
const STATE_OF_DEMONYM = new Map(Object.entries(DEMONYMS).map(([state, adj]) => [adj, state]));

/** The adjective of a state's people ("Pakistani"), or null for a state this list lacks. */
export function demonym(state: string): string | null {
  const bare = state.replace(/^the\s+/i, '');
  return DEMONYMS[oneStateName(bare)] ?? DEMONYMS[bare] ?? null;
}

/** The state an adjective of its people names ("Pakistani" → "Pakistan"), or null. */
export function stateOfDemonym(adjective: string): string | null {
  return STATE_OF_DEMONYM.get(adjective) ?? null;
}

/** Every adjective this list knows, as regular-expression alternatives. */
export const DEMONYM_NAMES = [...STATE_OF_DEMONYM.keys()].join('|');

/** Capitals and seats of government news copy names for their states. */
export const SEATS: Record<string, string> = {
  moscow: 'USSR',
  kremlin: 'USSR',
  islamabad: 'Pakistan',
  rawalpindi: 'Pakistan',
  karachi: 'Pakistan',
  washington: 'USA',
  'white house': 'USA',
  delhi: 'India',
  'new delhi': 'India',
  beijing: 'China',
  peking: 'China',
  kabul: 'Afghanistan',
  ankara: 'Turkey',
  tehran: 'Iran',
  london: 'UK',
  paris: 'France',
  tokyo: 'Japan',
  riyadh: 'Saudi Arabia',
};

/** A state in one spelling from a name, a seat of government or the adjective of its people, or null. */
export function stateNamed(name: string): string | null {
  const bare = name.replace(/^the\s+/i, '').replace(/[’']s$/, '');
  const state = SEATS[bare.toLowerCase()] ?? stateOfDemonym(bare) ?? bare;
  const one = oneVisitState(state);
  return isState(one) ? one : null;
}

/** Every state a text names, by name, adjective or seat of government, in one spelling ("India–USSR" names two). */
export function statesIn(text: string): string[] {
  const names = text.match(/[A-Z][\w’'.-]*(?:\s+(?:of\s+)?[A-Z][\w’'.-]*)*/g) ?? [];
  const out = new Set<string>();
  for (const n of names) {
    for (const part of [n, ...n.split(/[–-]|\s+/)]) {
      const state = stateNamed(part);
      if (state) out.add(state);
    }
  }
  return [...out];
}
