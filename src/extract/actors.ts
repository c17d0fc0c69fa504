// Names the people (with a role the text puts before them), countries, places and organisations of a
// sentence, from compromise's reading (through its wrapper) and our patterns. Cached per sentence text.
import {
  HONORIFICS,
  matchAny,
  OFFICE_PATTERN,
  OFFICE_QUALIFIERS,
  ORGANISATION_NAMES,
  organisationNamed,
  STATE_NAMES,
  STATES,
  TITLE_PATTERN,
  TITLE_WORD_PATTERN,
  TITLE_WORDS,
} from './lexicon/index.ts';
import { peopleAndPlaces } from './nlp.ts';

export interface Named {
  actors: string[];
  place: string | null;
}

const isAbbreviation = (name: string): boolean => /^(?:[A-Z]\.?){2,5}$/.test(name);

/** Every state name in a text. */
export const COUNTRY = new RegExp(`\\b(${STATE_NAMES})\\b`, 'g');
const STATE_NAME = new RegExp(`^(?:the\\s+)?(?:${STATE_NAMES})$`);

/** Whether a name is one of the states the extractor knows ("Pakistan", "Soviet Union", "USA"). */
export function isState(name: string): boolean {
  return STATE_NAME.test(name.trim());
}

const ORGS = new RegExp(`\\b${ORGANISATION_NAMES}\\b`, 'g');
/** Words before an office that say whose or when it was: "then", "Soviet", "US". */
const ROLE_QUALIFIER = matchAny([
  ...OFFICE_QUALIFIERS,
  ...STATES.flatMap((s) => [
    ...(s.demonym ? [s.demonym] : []),
    ...[s.name, ...(s.other ?? [])].filter(isAbbreviation),
  ]),
]);
/**
 * The office (and what qualifies it, and a form of address after it) that ends a text: the role
 * before a name that follows. "then Prime Minister Mr ", "President Gen. ", "Mr. ".
 */
const HONORIFIC = matchAny(HONORIFICS);
const ROLE = new RegExp(
  `\\b((?:(?:${ROLE_QUALIFIER}|${OFFICE_PATTERN})\\s+)*${OFFICE_PATTERN}\\s+(?:${HONORIFIC}\\.?\\s+)?|${HONORIFIC}\\.?\\s+)$`,
  'i',
);

/** A title, then two to four capitalised words that are not themselves titles or states. */
const TITLED_NAME = new RegExp(
  `\\b${TITLE_PATTERN}\\s+((?!(?:of|the|${TITLE_WORD_PATTERN}|${STATE_NAMES})\\b)[A-Z][a-z]+(?:\\s+(?!(?:of|and)\\b)[A-Z][a-z]+){1,3}(?:[’']s)?)`,
  'g',
);

const cache = new Map<string, Named>();

/** A capitalised word that is not a title: "Khan", not "Prime" or "President". */
function isNameWord(word: string): boolean {
  return /^[A-Z]/.test(word) && !TITLE_WORDS.has(word.toLowerCase().replace(/\.$/, ''));
}

const MONTH_WORD =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "Omar Haddad" for "Minister Omar Haddad"; a name of title words only stays as it is. */
function withoutLeadingTitle(name: string): string {
  const words = name.split(' ');
  const first = words.findIndex(isNameWord);
  return first > 0 ? words.slice(first).join(' ') : name;
}

/** "Henry" for "Henry Kissinger’s": the model's cut of a name it does not know, made whole. */
function wholeName(text: string, name: string): string {
  const more =
    new RegExp(`${escapeRegExp(name)}((?:\\s+[A-Z][a-z]+){1,2})(?=[’']s\\b|[\\s,.;:]|$)`).exec(text)?.[1] ??
    '';
  const kept: string[] = [];
  for (const w of more.trim().split(/\s+/).filter(Boolean)) {
    if (isState(w) || MONTH_WORD.test(w) || !isNameWord(w)) break;
    kept.push(w);
  }
  return kept.length > 0 ? `${name} ${kept.join(' ')}` : name;
}

/** compromise sometimes cuts one name in two ("Liaquat Ali", "Khan"); join parts that stand together. */
function joinSplitNames(text: string, names: string[]): string[] {
  const out: string[] = [];
  for (const raw of names) {
    const name = raw.includes(' ') ? raw : wholeName(text, raw);
    const last = out[out.length - 1];
    if (last && text.includes(`${last} ${name}`)) out[out.length - 1] = `${last} ${name}`;
    else out.push(name);
  }
  return out;
}

function placeAfterIn(text: string): string | null {
  const name = PLACE_AFTER_IN.exec(text)?.[1];
  if (!name) return null;
  const first = name.split(' ')[0] ?? '';
  // "in Soviet cross-hairs", "in Chief ...": adjectives and titles are not places.
  return isNameWord(first) && !/(?:ian|ese|ani|ish|Soviet)$/.test(first) ? name : null;
}

/** "in Tashkent", "at Chebarkul": a capitalised name after in/at that is not a month or a year. */
const PLACE_AFTER_IN =
  /\b(?:in|at)\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|The|This|That|Its|His|Her|Their)\b)([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b/;

function unique(items: string[]): string[] {
  const seen = new Set<string>();
  return items.filter((x) => {
    const k = x.toLowerCase();
    if (seen.has(k) || x === '') return false;
    seen.add(k);
    return true;
  });
}

const clean = (s: string): string =>
  s
    .replace(/[’']s$/, '')
    .replace(/[.,;:]+$/, '')
    .trim();

/** People, countries and organisations named in `text`, and the first place it names. */
export function namesIn(text: string): Named {
  const hit = cache.get(text);
  if (hit) return hit;
  // compromise reads a name before a curly possessive ("Henry Kissinger’s") as its first word only.
  const read = peopleAndPlaces(text.replace(/’/g, "'"));
  const people = joinSplitNames(
    text,
    read.people
      .map(clean)
      .filter((p) => p.split(' ').some(isNameWord))
      // The role is read from the text before the name, whole ("Jordanian Foreign Minister"), not the
      // part of it the model took into the name ("Minister Omar Haddad").
      .map(withoutLeadingTitle),
  );
  // A title followed by capitalised words names a person even when the model does not know the
  // name: "Army Chief General Amjad Kiyani’s trip".
  for (const m of text.matchAll(TITLED_NAME)) {
    const name = clean(m[1] ?? '');
    if (!name || people.some((p) => p.includes(name))) continue;
    // The model's cut of the same name ("Gen Ashfaq Pervaiz" for "Gen Ashfaq Pervaiz Kayani") gives way.
    const parts = new Set(name.split(' '));
    const kept = people.filter(
      (p) =>
        !p
          .split(' ')
          .filter(isNameWord)
          .every((w) => parts.has(w)),
    );
    people.splice(0, people.length, ...kept, name);
  }
  const withRoles = people.map((p) => {
    const at = text.indexOf(p);
    const role = at > 0 ? ROLE.exec(text.slice(Math.max(0, at - 60), at))?.[1] : undefined;
    return role ? `${role.trim()} ${p}` : p;
  });
  const countries = [...text.matchAll(COUNTRY)].map((m) => m[0]);
  const orgs = [...text.matchAll(ORGS)].map((m) => organisationNamed(m[0]) ?? m[0]);
  const places = read.places.map(clean);
  const place =
    places.find((p) => new RegExp(`\\b(?:in|at|to)\\s+${escapeRegExp(p)}`).test(text)) ??
    placeAfterIn(text) ??
    null;
  const named = { actors: unique([...withRoles, ...countries, ...orgs]), place };
  // Bounded, so a long-lived worker does not grow without end.
  if (cache.size >= 5000) cache.clear();
  cache.set(text, named);
  return named;
}
