// States by name: one spelling for each, the state a visit went to, and the adjective of its people.
import { isState } from '../actors.ts';
import { oneSpelling, STATES } from '../lexicon/index.ts';
/** One spelling for the states and places news copy names in several ways: "America", "the US", "USA"; "Peking", "Beijing". */
export const oneStateName = oneSpelling;

/** Where a visit went, in one spelling, Russia and the Soviet Union as one: "a Russia trip" is to the USSR. */
export function oneVisitState(name: string): string {
  return oneStateName(name.replace(/’s$|'s$/, '')).replace(/^Russia(?:n Federation)?$/, 'USSR');
}

/** The adjective of each state's people, by the spelling `oneStateName` gives. */
const DEMONYMS: Record<string, string> = Object.fromEntries(
  STATES.flatMap((s) => (s.demonym ? [[s.name, s.demonym]] : [])),
);

/** The state each adjective names, as a sentence names it ("Soviet" → "Soviet Union"). */
const STATE_OF_DEMONYM = new Map(STATES.flatMap((s) => (s.demonym ? [[s.demonym, s.spoken ?? s.name]] : [])));

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
export const SEATS: Record<string, string> = Object.fromEntries(
  STATES.flatMap((s) => (s.seats ?? []).map((seat) => [seat, s.name])),
);

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
