// States by name: one spelling for each, the state a visit went to, and the adjective of its people.
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
