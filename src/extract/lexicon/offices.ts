// Offices and titles: what news copy puts before a person's name ("Foreign Minister", "Gen."), the
// words that qualify one ("then", "former"), and forms of address. Never part of the name itself.
import { matchAny } from './pattern.ts';

/** Offices as news copy writes them before a name, lower case. */
export const OFFICES: readonly string[] = [
  'prime minister',
  'deputy prime minister',
  'pm',
  'president',
  'vice president',
  'premier',
  'general secretary',
  'secretary-general',
  'secretary general',
  'foreign minister',
  'minister of foreign affairs',
  'minister for foreign affairs',
  'foreign secretary',
  'defence minister',
  'defense minister',
  'minister',
  'minister plenipotentiary',
  'ambassador plenipotentiary',
  'ambassador',
  'high commissioner',
  'envoy',
  'army chief',
  'chief of army staff',
  'coas',
  'general',
  'gen.',
  'gen',
  'colonel general',
  'lieutenant general',
  'major general',
  'field marshal',
  'air chief marshal',
  'air marshal',
  'marshal',
  'admiral',
  'vice admiral',
  'colonel',
  'col.',
  'lt.',
  'captain',
  'capt.',
  'commander',
  'commander in chief',
  'commander-in-chief',
  'king',
  'queen',
  'emir',
  'crown prince',
  'first lady',
  'governor-general',
  'governor',
  'chancellor',
  'senator',
  'secretary',
  'advisor',
  'adviser',
];

/** The offices a question may name, or a counterpart point at ("his Soviet counterpart"). */
export const ASKED_OFFICES: readonly string[] = [
  'ambassador',
  'envoy',
  'high commissioner',
  'foreign minister',
  'prime minister',
  'president',
  'premier',
  'army chief',
  'defence minister',
];

/** Words before an office that say when or which holder, not which office: "the then premier". */
export const OFFICE_QUALIFIERS: readonly string[] = ['then', 'former', 'first', 'second', 'new'];

/** Forms of address before a name. */
export const HONORIFICS: readonly string[] = ['mr', 'mrs', 'ms', 'dr', 'sir', 'madam'];

/** Each word of the offices, qualifiers and forms of address, lower case: none is part of a name. */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  // "the late": it says the person has died, not who.
  [...OFFICES, ...OFFICE_QUALIFIERS, ...HONORIFICS, 'late'].flatMap((o) =>
    o.replace(/\./g, '').split(/[\s-]+/),
  ),
);

/** Any office, as a regular-expression alternative (longest first); use it with the 'i' flag. */
export const OFFICE_PATTERN = matchAny(OFFICES);

/** Offices copy writes in capitals. */
const ABBREVIATIONS = new Set(['pm', 'coas']);

const capitalised = (office: string): string =>
  ABBREVIATIONS.has(office)
    ? office.toUpperCase()
    : office.replace(/(^|[\s-])(?!of\b)(\p{Ll})/gu, (_, gap: string, c: string) => gap + c.toUpperCase());

/** Any office as a title before a name, capitalised as copy writes it ("Prime Minister", "Gen.", "PM"). */
export const TITLE_PATTERN = matchAny(OFFICES.map(capitalised));

/** The words of a title, capitalised ("Minister", "Chief"): a name does not start with one. */
export const TITLE_WORD_PATTERN = matchAny([...TITLE_WORDS].filter((w) => w.length > 2).map(capitalised));
