// Who an actor is: a person (with an optional role in front of the name) or a state, place or body.
import { HONORIFICS, OFFICE_QUALIFIERS, STATES, TITLE_WORDS } from '../lexicon/index.ts';
import { namesKnownPlace } from '../nlp.ts';
import { nameSkeleton, words } from './words.ts';

/** Words of the states, in lower case: "Soviet", "Pakistani", "US", "Pakistan". */
const STATE_WORDS = STATES.flatMap((s) =>
  [s.demonym ?? '', s.name, ...(s.other ?? [])].filter((w) => w && !/\s/.test(w)).map((w) => w.toLowerCase()),
);

/** Titles and offices that may stand before a person's name, and whose they are; never part of the name itself. */
const ROLE_WORDS = new Set([...TITLE_WORDS, ...STATE_WORDS, 'the']);

/** Words that mark a state, place, body or thing rather than a person. */
const NON_PERSON_WORDS = new Set(
  (
    'union states america empire organization organisation agency army parliament government council ministry ' +
    'federation republic kingdom party assembly forces cosmodrome mills mill oilfields conference treaty pact ' +
    'declaration agreement nations rule revolution regime bank company corporation consortium delegation troupe ' +
    'press pipeline summit committee commission province region islands sea ocean port base town city district ' +
    'territory front movement court university institute office service group association alliance network ' +
    'media news times post herald tribune bahini airlines railway station council military navy force ' +
    'minister ministers officials commentators leaders leadership counterpart ambassador people'
  ).split(' '),
);

function tokens(actor: string): string[] {
  return actor.split(/[\s,]+/).filter((t) => t.length > 0);
}

/** The name inside an actor string without leading roles ("Soviet Premier Alexei Kosygin" → "Alexei Kosygin"). */
export function nameOf(actor: string): string {
  const t = tokens(actor);
  let i = 0;
  while (i < t.length - 1 && ROLE_WORDS.has(words(t[i] ?? '').join(''))) i++;
  return t.slice(i).join(' ');
}

/** The leading role words of an actor string ("Soviet Premier Alexei Kosygin" → "Soviet Premier"). */
export function roleOf(actor: string): string {
  const name = nameOf(actor);
  return actor.slice(0, actor.length - name.length).trim();
}

/**
 * Whether an actor string names a person. `knownSurnames` holds the last names of people named in full
 * elsewhere in the deck, so a lone "Kosygin" counts once "Alexei Kosygin" has been seen.
 */
export function isPerson(actor: string, knownSurnames: ReadonlySet<string> = new Set()): boolean {
  const all = tokens(actor);
  const name = tokens(nameOf(actor));
  // "Prime Minister Bhutto" is a person; "Defence Minister" alone or "the Soviet Union" is not.
  if (name.some((t) => NON_PERSON_WORDS.has(words(t).join('')))) return false;
  if (name.length === 0 || namesKnownPlace(actor) || namesKnownPlace(name[name.length - 1] ?? ''))
    return false;
  if (name.some((t) => !/^[A-Z][\p{L}.'’-]*$/u.test(t) || /^[A-Z]{2,}$/.test(t))) return false;
  if (name.every((t) => ROLE_WORDS.has(words(t).join('')))) return false;
  const hasRole = all.length > name.length;
  if (name.length >= 2) return true;
  const only = name[0] ?? '';
  return hasRole || knownSurnames.has(nameSkeleton(only));
}

/** The spelling-tolerant key of a person's last name. */
export function surnameKey(actor: string): string {
  const name = tokens(nameOf(actor));
  return nameSkeleton(name[name.length - 1] ?? '');
}

/** Surname keys of every multi-word person named among the actors. */
export function knownSurnames(actorLists: readonly (readonly string[])[]): Set<string> {
  const out = new Set<string>();
  for (const list of actorLists) {
    for (const a of list) if (tokens(nameOf(a)).length >= 2 && isPerson(a)) out.add(surnameKey(a));
  }
  return out;
}

/** Whether a word is a title, office or nationality that may stand before a name. */
export function isRoleWord(word: string): boolean {
  return ROLE_WORDS.has(words(word).join(''));
}

/** Words of a role that say whose or when, not which office: "then Soviet Premier" → "premier". */
const ROLE_QUALIFIERS = new Set([...OFFICE_QUALIFIERS, ...HONORIFICS, ...STATE_WORDS, 'the']);

/** The office a role names, lowercased and without qualifiers; "PM" is "prime minister". */
export function officeOf(role: string): string {
  const core = role
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/\s+/)
    .filter((w) => w.length > 0 && !ROLE_QUALIFIERS.has(w))
    .join(' ');
  return core === 'pm' ? 'prime minister' : core;
}

/** For each person (by surname key), the offices the actors give them anywhere in the deck. */
export function knownOffices(actorLists: readonly (readonly string[])[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const list of actorLists) {
    for (const a of list) {
      const office = officeOf(roleOf(a));
      if (!office || !isPerson(nameOf(a))) continue;
      const key = surnameKey(a);
      const set = out.get(key) ?? new Set<string>();
      set.add(office);
      out.set(key, set);
    }
  }
  return out;
}
