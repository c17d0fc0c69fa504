// States and their names over time: the one spelling the extractor uses for each, the other
// spellings and former names news copy uses, the adjective of its people and its seats of government.
import { matchAny } from './pattern.ts';

export interface StateEntry {
  /** The spelling every stage uses ("USA", "USSR", "UK" for the states copy names in many ways). */
  name: string;
  /** Other spellings, abbreviations and former names of the same state. */
  other?: readonly string[];
  /** The adjective of its people ("Pakistani"). */
  demonym?: string;
  /** Capitals and seats of government news copy names for the state ("the Kremlin"), lower case. */
  seats?: readonly string[];
  /** The name a sentence gives it where `name` is an abbreviation a question should not use. */
  spoken?: string;
  /** The years the state existed, where it no longer does or is recent: the Soviet Union 1922–1991. */
  years?: readonly [from: number | null, until: number | null];
  /** Names it bore before, each with the last year it was used (Ceylon until 1972). */
  formerly?: readonly { name: string; until: number }[];
  /** The state it became or that took its seat (the Soviet Union's is Russia's). */
  successor?: string;
}

/**
 * The states, one record each. Russia and the Soviet Union are two records, as the articles treat
 * them, though a visit to either is counted as one (see `oneVisitState` in the deck writer).
 */
export const STATES: readonly StateEntry[] = [
  { name: 'Pakistan', demonym: 'Pakistani', seats: ['islamabad', 'rawalpindi', 'karachi'] },
  { name: 'Russia', other: ['Russian Federation'], demonym: 'Russian', years: [1991, null] },
  {
    name: 'USSR',
    other: ['Soviet Union', 'U.S.S.R.'],
    demonym: 'Soviet',
    seats: ['moscow', 'kremlin'],
    spoken: 'Soviet Union',
    years: [1922, 1991],
    successor: 'Russia',
  },
  {
    name: 'USA',
    other: ['United States', 'United States of America', 'US', 'U.S.', 'U.S.A.', 'America'],
    demonym: 'American',
    seats: ['washington', 'white house'],
  },
  {
    name: 'UK',
    other: ['United Kingdom', 'Britain', 'Great Britain', 'U.K.'],
    demonym: 'British',
    seats: ['london'],
  },
  { name: 'India', demonym: 'Indian', seats: ['delhi', 'new delhi'] },
  { name: 'China', other: ["People's Republic of China"], demonym: 'Chinese', seats: ['beijing', 'peking'] },
  { name: 'Afghanistan', demonym: 'Afghan', seats: ['kabul'] },
  {
    name: 'Iran',
    other: ['Persia'],
    demonym: 'Iranian',
    seats: ['tehran'],
    formerly: [{ name: 'Persia', until: 1934 }],
  },
  { name: 'Turkey', other: ['Türkiye'], demonym: 'Turkish', seats: ['ankara'] },
  { name: 'Saudi Arabia', demonym: 'Saudi', seats: ['riyadh'] },
  { name: 'France', demonym: 'French', seats: ['paris'] },
  { name: 'Germany', demonym: 'German', seats: ['berlin'] },
  { name: 'Japan', demonym: 'Japanese', seats: ['tokyo'] },
  { name: 'Bangladesh', demonym: 'Bangladeshi', seats: ['dhaka'], years: [1971, null] },
  {
    name: 'Sri Lanka',
    other: ['Ceylon'],
    demonym: 'Sri Lankan',
    seats: ['colombo'],
    formerly: [{ name: 'Ceylon', until: 1971 }],
  },
  { name: 'Nepal', demonym: 'Nepalese', seats: ['kathmandu'] },
  { name: 'Ukraine', demonym: 'Ukrainian' },
  { name: 'Israel', demonym: 'Israeli' },
  { name: 'Canada', demonym: 'Canadian' },
  { name: 'Qatar', demonym: 'Qatari', seats: ['doha'] },
  { name: 'UAE', other: ['United Arab Emirates'], demonym: 'Emirati' },
  { name: 'Tajikistan', demonym: 'Tajik' },
  { name: 'Uzbekistan', demonym: 'Uzbek' },
  { name: 'Kazakhstan', demonym: 'Kazakh' },
  { name: 'Turkmenistan', demonym: 'Turkmen' },
  { name: 'Kyrgyzstan', demonym: 'Kyrgyz' },
  { name: 'Egypt', demonym: 'Egyptian', seats: ['cairo'] },
  { name: 'Indonesia', demonym: 'Indonesian', seats: ['jakarta'] },
  { name: 'Malaysia', demonym: 'Malaysian', seats: ['kuala lumpur'] },
  { name: 'Iraq', demonym: 'Iraqi', seats: ['baghdad'] },
  { name: 'Syria', demonym: 'Syrian', seats: ['damascus'] },
  { name: 'Jordan', demonym: 'Jordanian', seats: ['amman'] },
  { name: 'Lebanon', demonym: 'Lebanese', seats: ['beirut'] },
  { name: 'Kuwait', demonym: 'Kuwaiti' },
  { name: 'Bahrain', demonym: 'Bahraini', seats: ['manama'] },
  { name: 'Oman', demonym: 'Omani', seats: ['muscat'] },
  { name: 'Yemen', demonym: 'Yemeni', seats: ['sanaa'] },
  { name: 'Palestine', demonym: 'Palestinian' },
  { name: 'Azerbaijan', demonym: 'Azerbaijani', seats: ['baku'] },
  { name: 'Armenia', demonym: 'Armenian', seats: ['yerevan'] },
  { name: 'Georgia', demonym: 'Georgian', seats: ['tbilisi'] },
  { name: 'Mongolia', demonym: 'Mongolian', seats: ['ulaanbaatar'] },
  {
    name: 'North Korea',
    other: ['DPRK', "Democratic People's Republic of Korea"],
    demonym: 'North Korean',
    seats: ['pyongyang'],
  },
  { name: 'South Korea', other: ['Republic of Korea'], demonym: 'South Korean', seats: ['seoul'] },
  { name: 'Vietnam', other: ['Viet Nam'], demonym: 'Vietnamese', seats: ['hanoi'] },
  {
    name: 'Thailand',
    other: ['Siam'],
    demonym: 'Thai',
    seats: ['bangkok'],
    formerly: [{ name: 'Siam', until: 1938 }],
  },
  {
    name: 'Myanmar',
    other: ['Burma'],
    demonym: 'Burmese',
    seats: ['naypyidaw'],
    formerly: [{ name: 'Burma', until: 1988 }],
  },
  {
    name: 'Cambodia',
    other: ['Kampuchea'],
    demonym: 'Cambodian',
    seats: ['phnom penh'],
    formerly: [{ name: 'Kampuchea', until: 1989 }],
  },
  { name: 'Laos', demonym: 'Laotian', seats: ['vientiane'] },
  { name: 'Philippines', demonym: 'Filipino', seats: ['manila'] },
  { name: 'Singapore', demonym: 'Singaporean' },
  { name: 'Brunei', demonym: 'Bruneian' },
  { name: 'Maldives', demonym: 'Maldivian' },
  { name: 'Bhutan', demonym: 'Bhutanese', seats: ['thimphu'] },
  { name: 'Taiwan', demonym: 'Taiwanese', seats: ['taipei'] },
  { name: 'Italy', demonym: 'Italian', seats: ['rome'] },
  { name: 'Spain', demonym: 'Spanish', seats: ['madrid'] },
  { name: 'Portugal', demonym: 'Portuguese', seats: ['lisbon'] },
  { name: 'Netherlands', other: ['Holland'], demonym: 'Dutch', seats: ['the hague', 'amsterdam'] },
  { name: 'Belgium', demonym: 'Belgian', seats: ['brussels'] },
  { name: 'Switzerland', demonym: 'Swiss', seats: ['bern'] },
  { name: 'Austria', demonym: 'Austrian', seats: ['vienna'] },
  { name: 'Poland', demonym: 'Polish', seats: ['warsaw'] },
  { name: 'Czech Republic', other: ['Czechia'], demonym: 'Czech', seats: ['prague'] },
  { name: 'Czechoslovakia', demonym: 'Czechoslovak', years: [1918, 1992] },
  { name: 'Hungary', demonym: 'Hungarian', seats: ['budapest'] },
  { name: 'Romania', demonym: 'Romanian', seats: ['bucharest'] },
  { name: 'Bulgaria', demonym: 'Bulgarian', seats: ['sofia'] },
  { name: 'Greece', demonym: 'Greek', seats: ['athens'] },
  { name: 'Serbia', demonym: 'Serbian', seats: ['belgrade'] },
  { name: 'Yugoslavia', demonym: 'Yugoslav', years: [1918, 1992] },
  { name: 'Sweden', demonym: 'Swedish', seats: ['stockholm'] },
  { name: 'Norway', demonym: 'Norwegian', seats: ['oslo'] },
  { name: 'Denmark', demonym: 'Danish', seats: ['copenhagen'] },
  { name: 'Finland', demonym: 'Finnish', seats: ['helsinki'] },
  { name: 'Ireland', demonym: 'Irish', seats: ['dublin'] },
  { name: 'Belarus', demonym: 'Belarusian', seats: ['minsk'] },
  { name: 'Lithuania', demonym: 'Lithuanian', seats: ['vilnius'] },
  { name: 'Latvia', demonym: 'Latvian', seats: ['riga'] },
  { name: 'Estonia', demonym: 'Estonian', seats: ['tallinn'] },
  {
    name: 'West Germany',
    demonym: 'West German',
    seats: ['bonn'],
    years: [1949, 1990],
    successor: 'Germany',
  },
  { name: 'East Germany', demonym: 'East German', years: [1949, 1990], successor: 'Germany' },
  { name: 'Libya', demonym: 'Libyan', seats: ['tripoli'] },
  { name: 'Algeria', demonym: 'Algerian', seats: ['algiers'] },
  { name: 'Morocco', demonym: 'Moroccan', seats: ['rabat'] },
  { name: 'Tunisia', demonym: 'Tunisian', seats: ['tunis'] },
  { name: 'Sudan', demonym: 'Sudanese', seats: ['khartoum'] },
  { name: 'Ethiopia', demonym: 'Ethiopian', seats: ['addis ababa'] },
  { name: 'Kenya', demonym: 'Kenyan', seats: ['nairobi'] },
  { name: 'Nigeria', demonym: 'Nigerian', seats: ['abuja'] },
  { name: 'South Africa', demonym: 'South African', seats: ['pretoria'] },
  { name: 'Somalia', demonym: 'Somali', seats: ['mogadishu'] },
  { name: 'Tanzania', demonym: 'Tanzanian', seats: ['dodoma'] },
  { name: 'Uganda', demonym: 'Ugandan', seats: ['kampala'] },
  { name: 'Ghana', demonym: 'Ghanaian', seats: ['accra'] },
  { name: 'Zimbabwe', demonym: 'Zimbabwean', seats: ['harare'] },
  { name: 'Senegal', demonym: 'Senegalese', seats: ['dakar'] },
  { name: 'Mexico', demonym: 'Mexican', seats: ['mexico city'] },
  { name: 'Brazil', demonym: 'Brazilian', seats: ['brasilia'] },
  { name: 'Argentina', demonym: 'Argentine', seats: ['buenos aires'] },
  { name: 'Chile', demonym: 'Chilean', seats: ['santiago'] },
  { name: 'Cuba', demonym: 'Cuban', seats: ['havana'] },
  { name: 'Venezuela', demonym: 'Venezuelan', seats: ['caracas'] },
  { name: 'Colombia', demonym: 'Colombian', seats: ['bogota'] },
  { name: 'Peru', demonym: 'Peruvian', seats: ['lima'] },
  { name: 'Australia', demonym: 'Australian', seats: ['canberra'] },
  { name: 'New Zealand', demonym: 'New Zealander', seats: ['wellington'] },
];

/** Old and new names of one place ("Peking" and "Beijing"), the new name first. */
export const PLACE_RENAMES: readonly { name: string; formerly: readonly string[] }[] = [
  { name: 'Beijing', formerly: ['Peking', 'Peiping'] },
  { name: 'Dhaka', formerly: ['Dacca'] },
  { name: 'Mumbai', formerly: ['Bombay'] },
  { name: 'Kolkata', formerly: ['Calcutta'] },
];

/** Every spelling of every state, as one regular-expression alternative (longest first). */
export const STATE_NAMES = matchAny(STATES.flatMap((s) => [s.name, ...(s.other ?? [])]));

const straight = (text: string): string => text.replace(/’/g, "'");

/** The state's own spelling for each other spelling and former name ("Soviet Union" → "USSR"). */
const SPELLING_OF = new Map<string, string>([
  ...STATES.flatMap((s) => (s.other ?? []).map((o): [string, string] => [straight(o), s.name])),
  ...PLACE_RENAMES.flatMap((p) => p.formerly.map((f): [string, string] => [f, p.name])),
]);

// One pass, longest spelling first, so "Democratic People's Republic of Korea" is not read as
// "Republic of Korea"; either apostrophe. "South America" and "Latin America" are no state.
const OTHER_SPELLING = new RegExp(
  `(?<!(?:South|North|Latin|Central)\\s)\\b${matchAny(SPELLING_OF.keys()).replace(/'/g, "['’]")}(?![\\w-])`,
  'g',
);

/** The text with each state and place in the one spelling the stages use: "America", "the US" → "USA". */
export function oneSpelling(text: string): string {
  return text.replace(OTHER_SPELLING, (m) => SPELLING_OF.get(straight(m)) ?? m);
}

const BY_NAME = new Map(STATES.map((s) => [s.name, s]));

/**
 * The name a state bore in `year`, as a question about that year should give it: the Soviet Union
 * for Russia before 1992, Russia for the Soviet Union after 1991, Ceylon for Sri Lanka before 1972.
 * `name` is the one spelling (`STATES[].name`); unknown names come back as they are.
 */
export function stateNameIn(name: string, year: number): string {
  const state = BY_NAME.get(name);
  if (!state) return name;
  const [from, until] = state.years ?? [null, null];
  if (until !== null && year > until && state.successor) return stateNameIn(state.successor, year);
  if (from !== null && year < from) {
    const before = STATES.find((s) => s.successor === name && (s.years?.[1] ?? year) >= year);
    if (before) return before.spoken ?? before.name;
  }
  const former = state.formerly?.find((f) => year <= f.until);
  return former ? former.name : (state.spoken ?? state.name);
}
