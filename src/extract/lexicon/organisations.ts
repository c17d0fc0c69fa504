// International bodies and blocs: the short name every stage uses and the long names copy gives them.
import { matchAny } from './pattern.ts';

export interface OrganisationEntry {
  /** The short name ("SCO"). */
  name: string;
  /** Its long names and other spellings. */
  other?: readonly string[];
}

export const ORGANISATIONS: readonly OrganisationEntry[] = [
  { name: 'UN', other: ['United Nations', 'UNO'] },
  { name: 'UNSC', other: ['United Nations Security Council', 'UN Security Council', 'Security Council'] },
  { name: 'UNGA', other: ['United Nations General Assembly', 'UN General Assembly', 'General Assembly'] },
  { name: 'NATO', other: ['North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation'] },
  { name: 'SEATO', other: ['South East Asia Treaty Organization', 'Southeast Asia Treaty Organization'] },
  { name: 'CENTO', other: ['Central Treaty Organization', 'Central Treaty Organisation'] },
  // The same pact before 1959: kept apart, so no question names it by the later name.
  { name: 'Baghdad Pact' },
  {
    name: 'OIC',
    other: [
      'Organisation of Islamic Cooperation',
      'Organization of Islamic Cooperation',
      'Organisation of the Islamic Conference',
      'Organization of the Islamic Conference',
    ],
  },
  { name: 'ECO', other: ['Economic Cooperation Organization', 'Economic Cooperation Organisation'] },
  { name: 'RCD', other: ['Regional Cooperation for Development'] },
  { name: 'SAARC', other: ['South Asian Association for Regional Cooperation'] },
  { name: 'ASEAN', other: ['Association of Southeast Asian Nations'] },
  { name: 'ARF', other: ['ASEAN Regional Forum'] },
  { name: 'SCO', other: ['Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization'] },
  { name: 'BRICS' },
  { name: 'IMF', other: ['International Monetary Fund'] },
  { name: 'World Bank' },
  { name: 'ADB', other: ['Asian Development Bank'] },
  { name: 'WTO', other: ['World Trade Organization', 'World Trade Organisation'] },
  { name: 'EU', other: ['European Union'] },
  { name: 'GCC', other: ['Gulf Cooperation Council'] },
  { name: 'Arab League', other: ['League of Arab States'] },
  { name: 'OPEC' },
  { name: 'NAM', other: ['Non-Aligned Movement'] },
  { name: 'Commonwealth', other: ['Commonwealth of Nations'] },
  { name: 'CIS', other: ['Commonwealth of Independent States'] },
  { name: 'CSTO', other: ['Collective Security Treaty Organization'] },
  { name: 'Warsaw Pact' },
  { name: 'CICA', other: ['Conference on Interaction and Confidence-Building Measures in Asia'] },
  { name: 'D-8', other: ['Developing Eight'] },
  { name: 'G20', other: ['G-20'] },
  { name: 'IAEA', other: ['International Atomic Energy Agency'] },
  { name: 'FATF', other: ['Financial Action Task Force'] },
  { name: 'CPEC', other: ['China–Pakistan Economic Corridor', 'China-Pakistan Economic Corridor'] },
];

/** Every name of every body, as one regular-expression alternative (longest first). */
export const ORGANISATION_NAMES = matchAny(ORGANISATIONS.flatMap((o) => [o.name, ...(o.other ?? [])]));

const SHORT_NAME = new Map(
  ORGANISATIONS.flatMap((o) =>
    [o.name, ...(o.other ?? [])].map((n): [string, string] => [n.toLowerCase(), o.name]),
  ),
);

/** The short name of a body from any of its names ("Shanghai Cooperation Organization" → "SCO"), or null. */
export function organisationNamed(name: string): string | null {
  return SHORT_NAME.get(name.replace(/\s+/g, ' ').toLowerCase()) ?? null;
}
