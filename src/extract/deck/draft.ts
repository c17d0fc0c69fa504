// A merged fact on its way into a deck: the schema fact plus what card writers need to phrase it.
import type { DateValue, Era, Fact, SourceRef } from '../../domain/deck-schema.ts';
import { dateSpans } from '../dates/index.ts';
import { ASKED_OFFICES, matchAny, OFFICE_PATTERN } from '../lexicon/index.ts';
import { type Clause, REPORTING, retell, splitClause } from '../retell.ts';
import type { ExtractedFact } from '../types.ts';
import { isPerson, nameOf, officeOf, roleOf, surnameKey } from './actors.ts';
import { chooseDate, DAY_COUNT, findConflict, type SourceIdOf } from './conflicts.ts';
import { dateSortKey, datesAgree, fineness, yearOf } from './dates.ts';
import { eraFor } from './eras.ts';
import { NAMED_HAPPENING_NOUNS, specific } from './fact-cards.ts';
import { shortId } from './hash.ts';
import { dateOfFact, destination } from './merge.ts';
import { tidy } from './own-words.ts';
import { DEMONYM_NAMES, demonym, oneVisitState, stateOfDemonym } from './states.ts';
import { contentWords, nameSkeleton } from './words.ts';

export interface FactDraft {
  fact: Fact;
  /** The first past-tense clause of the summary, or null when none could be found. */
  clause: Clause | null;
  /** The clause in other words, for the cards whose text would copy the article otherwise. */
  reworded?: Clause;
  /** People among the actors, fullest spelling first per person. */
  people: string[];
  /** The clause retold from the article's sentence, offered as the fact's summary when the given one is bare. */
  retold?: string;
  /** Whether the fact's summary tells the event (and can answer a `what` card), not just its fields. */
  told: boolean;
  /** The article sentence the fact's words come from, for phrasing checks only. */
  sentence: string;
  /** The clause of that sentence that tells the event, and its article's file. */
  clauseText: string;
  source: string;
  /** Its year only dates a happening the sentence names in passing: no date question fits it. */
  passing?: true;
  /** A key for "same subject and date" checks. */
  sortKey: string;
  /**
   * The nationality of the clause's subject as an adjective ("Pakistani"), when the event says it: a
   * visit to one of its article's two states is made from the other. Null when unknown.
   */
  nation: string | null;
}

function fullest(names: readonly string[]): string[] {
  const bySurname = new Map<string, string>();
  for (const n of names) {
    const key = surnameKey(n);
    const prev = bySurname.get(key);
    if (!prev || nameOf(n).length > nameOf(prev).length) bySurname.set(key, n);
  }
  return [...bySurname.values()];
}

function uniqueActors(members: readonly ExtractedFact[]): string[] {
  const seen = new Map<string, string>();
  for (const m of members) {
    for (const a of m.actors) {
      const key = a.toLowerCase().trim();
      if (!seen.has(key)) seen.set(key, a.trim());
    }
  }
  return [...seen.values()];
}

const VAGUE_PAIR =
  /^(?:the two (?:countries|sides|governments|states|nations)|both (?:countries|sides|governments))$/i;

/**
 * Names the parties when the summary says only "the two countries", which means nothing out of
 * context; drops the clause when the actors do not name two parties.
 */
function clarify(
  clause: Clause | null,
  actors: readonly string[],
  surnames: ReadonlySet<string>,
  articleParties: readonly string[] = [],
  year = 0,
): Clause | null {
  if (!clause || !VAGUE_PAIR.test(clause.subject)) return clause;
  const named = actors.filter((a) => !isPerson(a, surnames)).slice(0, 2);
  // "The two countries" in an article about two states, with the fact naming fewer: those two.
  const parties = named.length >= 2 ? named : articleParties.map((p) => inItsTime(p, year));
  const [a, b] = parties;
  if (!a || !b) return null;
  // The articles "the Soviet Union" needs come with the tidying every clause gets.
  return { ...clause, subject: `${a} and ${b}` };
}

/**
 * The clause split, or failing that its part after ", but" or a semicolon: "USSR was jubilant, but
 * Premier Khrushchev drew a red circle around Peshawar" tells the premier's deed.
 */
export function splitOrLater(text: string): Clause | null {
  const whole = splitClause(text);
  if (whole) return whole;
  const later = text.split(/,\s+but\s+|;\s+/).slice(1);
  for (const part of later) {
    const split = splitClause(part);
    if (split) return split;
  }
  return null;
}

/** "As the result of X's visit to Moscow, …": an undated cause the sentence leads with. */
const LEADING_CAUSE = /^(?:As\s+(?:a|the)\s+result\s+of|Following|In\s+the\s+wake\s+of)\s+([^,]{6,70}),\s+/;

/**
 * "As the result of President Khan's visit to the Soviet Union, both countries concluded another
 * agreement": the cut clause loses what makes its event one of a kind; the cause goes back in as
 * "after …". Only an undated cause, which the clause's own date does not contradict, and only when
 * the clause does not tell it already.
 */
export function withCause(
  clause: Clause,
  sentence: string,
  told: string,
  fullNames?: ReadonlyMap<string, string>,
): Clause {
  const cause = LEADING_CAUSE.exec(sentence)?.[1];
  if (!cause || told.includes(cause) || dateSpans(cause).length > 0) return clause;
  return { ...clause, rest: `${clause.rest} after ${withFullNames(cause, fullNames)}` };
}

/** "his Soviet counterpart": the pronoun points at an office named earlier in the sentence. */
const COUNTERPART = new RegExp(`^(?:his|her|their)\\s+(${DEMONYM_NAMES})\\s+counterparts?$`, 'i');
/** Offices a question or a counterpart may name, as regular-expression alternatives. */
export const OFFICE_NAMES = matchAny(ASKED_OFFICES);

const OFFICE_BEFORE = new RegExp(
  `\\b(?:(first|second|third|new|last)\\s+)?(?:[A-Z][a-z]+\\s+)?(${OFFICE_NAMES})\\b`,
  'gi',
);

/**
 * "the first Pakistani ambassador presented his credentials, while his Soviet counterpart arrived":
 * the counterpart is "the first Soviet ambassador", the office named before it with the other
 * people's adjective. A clause whose counterpart has no office before it is left as it is.
 */
export function counterpart(clause: Clause | null, sentence: string): Clause | null {
  const people = clause ? COUNTERPART.exec(clause.subject)?.[1] : undefined;
  if (!clause || !people) return clause;
  const at = sentence.search(/\b(?:his|her|their)\s+\S+\s+counterpart/i);
  const offices = [...sentence.slice(0, at < 0 ? sentence.length : at).matchAll(OFFICE_BEFORE)];
  const last = offices[offices.length - 1];
  if (!last?.[2]) return clause;
  const ordinal = last[1] && !/^new$/i.test(last[1]) ? `${last[1].toLowerCase()} ` : '';
  const adjective = people.charAt(0).toUpperCase() + people.slice(1).toLowerCase();
  return { ...clause, subject: `the ${ordinal}${adjective} ${last[2].toLowerCase()}` };
}

/** Russia was the Soviet Union until the end of 1991, and the Soviet Union is Russia after it. */
function inItsTime(state: string, year: number): string {
  if (year > 0 && year < 1992 && /^Russia$/.test(state)) return 'Soviet Union';
  if (year >= 1992 && /^(?:Soviet Union|USSR)$/.test(state)) return 'Russia';
  return state;
}

/**
 * "Putin was asked to condemn the 2016 Uri attack": the sentence's only year dates a happening it
 * mentions in passing ("the 2016 Uri attack"), not the event it tells.
 */
function datesOnlyAHappening(sentence: string, year: number): boolean {
  // A sentence that dates itself otherwise ("In 1967 …, after the 1965 war") tells another event.
  const years = sentence.match(/\b(?:1[5-9]\d\d|20\d\d)\b/g) ?? [];
  if (years.length !== 1 || years[0] !== String(year)) return false;
  return NAMED_HAPPENING.test(sentence);
}

/** "the 2016 Uri attack": a year, one to three names, and the noun of a happening. */
const NAMED_HAPPENING = new RegExp(
  `\\bthe\\s+\\d{4}\\s+(?:[A-Z][\\w’'-]*\\s+){1,3}(?:${NAMED_HAPPENING_NOUNS})\\b`,
);

/**
 * "The treaty was signed": which treaty? The fact's object names it ("Indus Waters Treaty"), so the
 * clause does too.
 */
function namedThing(clause: Clause | null, object: string | null): Clause | null {
  if (!clause || !object) return clause;
  const bare = /^the\s+(treaty|agreement|accord|pact|declaration|charter|protocol)$/i.exec(clause.subject);
  const noun = bare?.[1]?.toLowerCase();
  if (!noun || !new RegExp(`^(?:the\\s+)?(?:[A-Z][\\w’'-]*\\s+)+${noun}$`, 'i').test(object)) return clause;
  return { ...clause, subject: /^the\s/i.test(object) ? object : `the ${object}` };
}

/** Whether a fact's own clause, split, names enough to be asked about alone. */
function tellsEnough(m: ExtractedFact): boolean {
  const c = splitClause(m.clause);
  return c !== null && specific(c);
}

/** Soviet years: 1922 to 1991. */
function soviet(year: number): boolean {
  return year >= 1922 && year < 1992;
}

/**
 * A clause about the Soviet years that says "Russia" (as news copy often does) says "the Soviet
 * Union", and "Russian" says "Soviet": a candidate learns the state's name of the time.
 */
export function inItsTimeClause(clause: Clause, year: number): Clause {
  if (!soviet(year)) return clause;
  const fix = (text: string): string =>
    text
      .replace(/\b(?:the\s+)?Russia(?=[’']s\b|\b(?!n))/g, 'the Soviet Union')
      .replace(/\bRussian\b(?!\s+Federation)/g, 'Soviet');
  return {
    ...clause,
    subject: fix(clause.subject).replace(/^the Soviet/, 'the Soviet'),
    rest: fix(clause.rest),
  };
}

/** The states the deck is about, and the state each person is said to serve, by surname key. */
export interface Nationalities {
  deckParties: readonly string[];
  people: ReadonlyMap<string, string>;
  /** Full names by office and surname ("president|khn" → "Ayub Khan"), where only one person fits. */
  fullNames?: ReadonlyMap<string, string>;
}

/** The office word a role ends on ("Soviet Premier" → "premier"), lower case. */
function officeWord(role: string): string {
  return (role.trim().split(/\s+/).pop() ?? '').toLowerCase();
}

/**
 * Each person's full name by office and surname, from the actors that give both ("President Ayub
 * Khan"): "President Khan" is then Ayub Khan, unless the articles name two presidents Khan.
 */
export function fullNamesByOffice(facts: readonly Pick<ExtractedFact, 'actors'>[]): Map<string, string> {
  const found = new Map<string, Set<string>>();
  for (const { actors } of facts) {
    for (const a of actors) {
      const name = nameOf(a);
      const office = officeWord(roleOf(a));
      if (!office || name.split(/\s+/).length < 2) continue;
      const key = `${office}|${surnameKey(a)}`;
      found.set(key, (found.get(key) ?? new Set()).add(name));
    }
  }
  // "Liaquat Ali Khan" and "Nawabzada Liaquat Ali Khan" are one person: the longer holds the shorter.
  const out = new Map<string, string>();
  for (const [key, names] of found) {
    const longest = [...names].sort((x, y) => y.length - x.length)[0] ?? '';
    if ([...names].every((n) => longest.endsWith(n))) out.set(key, longest);
  }
  return out;
}

/** "President Khan" told with the full name the articles give that president ("President Ayub Khan"). */
export function withFullNames(text: string, fullNames: ReadonlyMap<string, string> | undefined): string {
  if (!fullNames) return text;
  return text.replace(
    /\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+([A-Z][a-z-]+)\b(?![\w-])/g,
    (all, role: string, surname: string) => {
      const full = fullNames.get(`${officeWord(role)}|${surnameKey(surname)}`);
      return full && full.split(/\s+/).length >= 2 && !role.includes(full.split(/\s+/)[0] ?? '')
        ? `${role} ${full}`
        : all;
    },
  );
}

/**
 * The state each person's role names ("Russian president Putin", "Pakistan's army chief Kayani"),
 * by surname key; a person named with two states is left out.
 */
export function nationalities(
  facts: readonly Pick<ExtractedFact, 'actors' | 'sentence'>[],
): Map<string, string> {
  const found = new Map<string, Set<string>>();
  for (const { actors, sentence } of facts) {
    for (const a of actors) {
      if (!isPerson(a)) continue;
      // The words just before the name in its sentence too: "Pakistan’s first Prime Minister X".
      const at = sentence.indexOf(a);
      const before = at > 0 ? (/(?:\S+\s+){0,2}$/.exec(sentence.slice(0, at))?.[0] ?? '') : '';
      const role = `${before}${roleOf(a)}`.trim();
      const adjective = role.split(/\s+/).find((w) => stateOfDemonym(w) !== null);
      const owner = /(\S+)['’]s\b/.exec(role)?.[1];
      const state = adjective ? stateOfDemonym(adjective) : owner && demonym(owner) ? owner : undefined;
      if (!state) continue;
      const key = surnameKey(a);
      found.set(key, (found.get(key) ?? new Set()).add(oneVisitState(state)));
    }
  }
  const out = new Map<string, string>();
  for (const [k, states] of found) {
    const [only] = [...states];
    if (states.size === 1 && only) out.set(k, only === 'USSR' ? 'Russia' : only);
  }
  return out;
}

/**
 * The subject's nationality when the clause sends it to one of the article's two states ("visited
 * Moscow", "sent his minister to Pakistan"): it came from the other. Null otherwise.
 */
function nationOf(
  clause: Clause,
  people: readonly string[],
  known: Nationalities,
  articleParties: readonly string[],
  year: number,
): string | null {
  // What the articles call the person elsewhere ("Russian president Putin") comes first.
  for (const person of people) {
    if (!clause.subject.includes(nameOf(person).split(' ').pop() ?? '\u0000')) continue;
    const said = known.people.get(surnameKey(person));
    if (said) return demonym(inItsTime(said, year));
  }
  const to = destination(`${clause.past}${clause.rest}`);
  if (!to) return null;
  // The other of two states, in the article and in the deck alike: a deck of several articles on
  // several pairs of states says nothing of a visitor's home by itself.
  const other = (parties: readonly string[]): string | null => {
    const rest = parties.filter((p) => oneVisitState(p) !== to);
    return parties.length === 2 && rest.length === 1 && rest[0] ? oneVisitState(rest[0]) : null;
  };
  const home = other(articleParties);
  if (!home || home !== other(known.deckParties)) return null;
  return demonym(inItsTime(home === 'USSR' ? 'Russia' : home, year));
}

const UNDONE =
  /\b(?:cancel\w*|postpon\w*|called off|never|not|declin\w*|refus\w*|expected|planned|would|will|bid|tried|attempt\w*)\b/i;

function withThe(name: string): string {
  // "A Standstill Agreement" named once is "the Standstill Agreement" when asked about.
  return /^the\s/i.test(name) ? name : `the ${name.replace(/^(?:a|an)\s+/i, '')}`;
}

/**
 * A clause built from the fact's fields when its own clause cannot be split: the signing of a named
 * agreement.
 */
export function templateClause(fact: ExtractedFact): Clause | null {
  // Fields say nothing of what happened: a cancelled signing looks the same.
  if (UNDONE.test(fact.sentence)) return null;
  // Only a named agreement is safe to tell from fields alone: a visit's or a membership's fields do
  // not say who went where or who joined what ("Pakistan joined the US camp" has Russia among its actors).
  if (
    fact.type === 'agreement' &&
    fact.object &&
    /^(?:the\s+)?(?:[A-Z][\w’'-]*\s+)+(?:Declaration|Agreement|Accord|Treaty|Pact|Charter|Protocol)$/.test(
      fact.object,
    )
  ) {
    return { subject: withThe(fact.object), past: 'signed', infinitive: 'sign', passive: 'was', rest: '' };
  }
  return null;
}

/** Members in the order their words are preferred: agreeing with the shown date, finest first, then by source. */
function ranked(members: readonly ExtractedFact[], shown: DateValue): ExtractedFact[] {
  return [...members].sort(
    (a, b) =>
      Number(datesAgree(dateOfFact(b), shown)) - Number(datesAgree(dateOfFact(a), shown)) ||
      fineness(dateOfFact(b)) - fineness(dateOfFact(a)) ||
      a.source.localeCompare(b.source) ||
      a.paragraph - b.paragraph,
  );
}

/** The normalised key a fact id is derived from: type, year, lead person and distinctive words. */
export function factKey(rep: ExtractedFact, year: number, lead: string | null): string {
  const words = [...new Set(contentWords(`${rep.object ?? ''} ${rep.place ?? ''} ${rep.summary}`))]
    .slice(0, 6)
    .sort();
  return [rep.type, year, lead ?? '', ...words].join('|');
}

const BARE_OFFICE = new RegExp(`^(?:the\\s+)?${OFFICE_PATTERN}$`, 'i');

/**
 * "PM visited America": an office alone names nobody out of context. The one person of the fact who
 * holds that office (by the roles the articles give them) takes its place; with none or several,
 * the clause is dropped.
 */
function named(
  clause: Clause | null,
  people: readonly string[],
  offices: ReadonlyMap<string, ReadonlySet<string>>,
): Clause | null {
  if (!clause || !BARE_OFFICE.test(clause.subject)) return clause;
  const office = officeOf(clause.subject);
  const holders = people.filter(
    (p) => officeOf(roleOf(p)) === office || offices.get(surnameKey(p))?.has(office) === true,
  );
  const [holder] = holders;
  if (!holder || holders.length > 1) return null;
  const title = office.replace(/\b[a-z]/g, (c) => c.toUpperCase());
  return { ...clause, subject: `${title} ${nameOf(holder)}` };
}

/**
 * "announced plans to visit Pakistan", "declared a ceasefire": an announcement that is itself an
 * event, unlike "said that …", whose clause tells only that somebody spoke.
 */
function announcesEvent(clause: Clause): boolean {
  return (
    /^(?:announce|declare)$/.test(clause.infinitive) &&
    /^\s+(?:to\s+[a-z]|(?:the\s+|a\s+|an\s+|its\s+)?(?:[a-z][\w-]*\s+){0,4}(?:exercises?|visit|plans?|programme|program|deal|sanctions|ban|embargo|talks|aid|package|ceasefire|war|independence|withdrawal|loan|grant|accord|agreement)\b)/.test(
      clause.rest,
    )
  );
}

/** "for 23 days", "a three-day": how long the event lasted, in a clause. */
const LENGTH = new RegExp(`\\s+for\\s+${DAY_COUNT}\\s+days?\\b|\\b${DAY_COUNT}-day\\s+`, 'gi');

/** "visited Varna for 23 days", "a three-day visit": the clause without how long the event lasted. */
function withoutLength(text: string): string {
  return text.replace(LENGTH, '');
}

/** Builds the draft of one merged fact. `surnames` are the known surname keys of the whole deck. */
export function draftFact(
  members: readonly ExtractedFact[],
  eras: readonly Era[],
  surnames: ReadonlySet<string>,
  sourceId: SourceIdOf,
  offices: ReadonlyMap<string, ReadonlySet<string>> = new Map(),
  articleParties: ReadonlyMap<string, readonly string[]> = new Map(),
  known: Nationalities = { deckParties: [], people: new Map() },
): FactDraft {
  const date = chooseDate(members);
  const order = ranked(members, date);
  // The member the fact's id and fields come from.
  const rep = order[0];
  if (!rep) throw new Error('draftFact: no members');
  const actors = uniqueActors([rep, ...members.filter((m) => m !== rep)]);
  const people = fullest(actors.filter((a) => isPerson(a, surnames)));
  const lead = rep.actors.find((a) => isPerson(a, surnames));
  const year = yearOf(date);
  const sources: SourceRef[] = [...members]
    .map((m) => ({ source: sourceId(m.source), paragraph: m.paragraph, item: m.item }))
    .sort(
      (a, b) =>
        a.source.localeCompare(b.source) || a.paragraph - b.paragraph || (a.item ?? 0) - (b.item ?? 0),
    );
  const fact: Fact = {
    id: shortId('f-', factKey(rep, year, lead ? nameSkeleton(nameOf(lead).split(' ').pop() ?? '') : null)),
    date,
    era: eraFor(year, eras).id,
    type: rep.type,
    actors,
    place: rep.place ?? members.find((m) => m.place)?.place ?? null,
    object: rep.object ?? members.find((m) => m.object)?.object ?? null,
    summary: rep.summary.trim(),
    sources,
    conflict: findConflict(members, date, surnames, sourceId),
  };
  // The event's own clause in the article, split into subject, verb and rest; the extractor's
  // summary is only a fallback for the fact's text, never for a question.
  // When the representative's clause cannot be split, another source telling the event on a date
  // that agrees with the shown one may tell it plainly.
  let fromText: Clause | null = null;
  let teller = rep;
  // A member whose clause names enough to be asked alone tells the event first; failing that, any.
  const enough = new Map(order.map((m) => [m, tellsEnough(m)]));
  const candidates = [...order].sort((x, y) => Number(!enough.get(x)) - Number(!enough.get(y)));
  for (const m of candidates) {
    // Where the sources disagree on the date, any of them may tell the event: the card shows the
    // disagreement beside the answer.
    if (m !== rep && !datesAgree(dateOfFact(m), date) && fact.conflict?.field !== 'date') continue;
    const parties = articleParties.get(m.source) ?? [];
    const split = named(
      counterpart(clarify(splitOrLater(m.clause), actors, surnames, parties, year), m.sentence),
      people,
      offices,
    );
    if (split && (!REPORTING.test(split.infinitive) || announcesEvent(split))) {
      fromText = inItsTimeClause(tidy(withCause(split, m.sentence, m.clause, known.fullNames)), year);
      teller = m;
      break;
    }
  }
  // Sources that disagree on how long it lasted: the question does not take one side.
  if (fromText && fact.conflict?.field === 'length') {
    fromText = { ...fromText, rest: withoutLength(fromText.rest), subject: withoutLength(fromText.subject) };
  }
  // A year that only dates a happening the sentence mentions in passing ("asked to condemn the 2016
  // Uri attack") gives no question: not about what was said, nor about a happening it barely tells.
  const passing = datesOnlyAHappening(rep.sentence, year);
  const clause = passing ? null : (namedThing(fromText, fact.object) ?? templateClause(rep));
  const retold = clause ? retell(clause) : null;
  return {
    fact,
    clause,
    people,
    sortKey: `${dateSortKey(date)}|${fact.id}`,
    ...(retold ? { retold } : {}),
    told: fromText !== null,
    sentence: teller.sentence,
    clauseText: teller.clause,
    ...(passing ? { passing: true } : {}),
    source: teller.source,
    nation: clause ? nationOf(clause, people, known, articleParties.get(teller.source) ?? [], year) : null,
  };
}
