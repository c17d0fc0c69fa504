// Same event, several articles: groups extracted facts that tell of one event, by general rules
// (same type, close or agreeing dates, same lead person, shared distinctive words), never by naming events.
import type { DateValue } from '../../domain/deck-schema.ts';
import { isState } from '../actors.ts';
import { summarise } from '../summary.ts';
import type { ExtractedFact } from '../types.ts';
import { isPerson, isRoleWord, knownSurnames, surnameKey } from './actors.ts';
import { datesAgree, yearGap, yearOf } from './dates.ts';
import { oneStateName, oneVisitState, SEATS, stateNamed, stateOfDemonym, statesIn } from './states.ts';
import { contentWords, nameSkeleton, stem, words } from './words.ts';

/** Two facts must share at least this share of the rarer one's distinctive weight to be one event. */
export const MERGE_THRESHOLD = 0.45;
/** Two facts of one article need more, and the same lead person: authors rarely tell one event twice. */
export const SAME_SOURCE_THRESHOLD = 0.6;
/** Facts of different articles sharing two rare proper words (in at most three facts) need only this score. */
export const RARE_PAIR_THRESHOLD = 0.2;
/** Two facts must share at least this much word weight (about two words found in a tenth of facts). */
export const MIN_SHARED_WEIGHT = 4;
/** Added to the score when both facts are led by the same person. */
export const LEAD_BONUS = 0.15;
/** Dates that disagree may still be one event when their years are at most this far apart. */
export const MAX_YEAR_GAP = 1;

export function dateOfFact(fact: ExtractedFact): DateValue {
  return { value: fact.date, precision: fact.precision };
}

interface View {
  fact: ExtractedFact;
  date: DateValue;
  bag: Set<string>;
  /** `bag` with the clause's words when the summary is a template (see `wideBag`). */
  wide: Set<string>;
  /** Surname key of the first person among the actors, if any. */
  lead: string | null;
  /** Surname keys of every person among the actors. */
  people: Set<string>;
  /** The state a visit went to, when its clause names one (see `destination`). */
  destination: string | null;
  /** Names of what the clause says was founded (see `foundedNames`). */
  founded: Set<string>;
  /** The state the clause says brokered peace (see `mediator`). */
  mediator: string | null;
  /** Who invited which state's leaders, when the clause tells an invitation (see `invitation`). */
  invitation: Invitation | null;
  /** Years in which the invited state's leaders visited each inviting state (shared by all views). */
  visitYears: ReadonlyMap<string, readonly number[]>;
  /** A name and the thing it names, as the clause writes them (see `namedThings`). */
  things: Set<string>;
  /** The states among the actors, in one spelling (Russia and the Soviet Union as one). */
  states: Set<string>;
  /** Bag tokens that only name the fact's people, their offices or the articles' states. */
  naming: Set<string>;
  /** Ordinal words of the summary ("first", "second"): the first and the second exercise are two events. */
  ordinals: string;
  /** Summary words written with a capital inside the sentence: names of treaties, places, people. */
  proper: Set<string>;
  /** Skeletons of the clause's capitalised words, offices and the articles' parties left out. */
  names: Set<string>;
  /** In how many facts each name skeleton stands (shared by all views of one call). */
  nameDf: ReadonlyMap<string, number>;
}

/** A proper word in at most this many facts is rare enough to tie two facts together. */
export const RARE_NAME_DF = 2;

function properWords(summary: string): Set<string> {
  const tokens = summary.split(/\s+/).slice(1);
  return new Set(tokens.filter((t) => /^[A-Z]/.test(t)).flatMap((t) => contentWords(t).map((w) => `w:${w}`)));
}

const INTENT =
  /\b(?:attempt\w*|tr(?:y|ied|ies)|sought|seek\w*|plann\w*|plans?|propos\w*|announc\w*|offer\w*|expect\w*|would|intend\w*|(?:move|step|bid|effort)s?\s+to)\b/i;

/** The summary up to its first comma, semicolon or "and": where its main verb stands. */
function mainClause(summary: string): string {
  return summary.split(/[,;]|\sand\s/)[0] ?? summary;
}

const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'last', 'final']);

const MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*$/;

const FOUNDING = /(?<!\bto\s)\b(?:established|founded|set\s+up|created|formed|launched)\s+(.*)/;
const NAME_RUN = /[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*)+/g;

/**
 * What the clause says was founded, by its proper name: "established an oil consortium, Pakistan
 * Oilfields" gives "pakistan oilfields". Only a name of two or more words within fourteen words of
 * the verb, in the verb's own clause, counts, and not one that is a state's ("the Soviet Union"). A purpose ("to set up X") is not a
 * founding. A thing is founded once, so two facts founding one name tell one event, whatever their dates.
 */
export function foundedNames(clause: string): Set<string> {
  const rest = FOUNDING.exec(clause)?.[1];
  if (!rest) return new Set();
  const near = (rest.split(/;|,?\s+(?:and|but|while)\s+/)[0] ?? '').split(/\s+/).slice(0, 14).join(' ');
  return new Set(
    [...near.matchAll(NAME_RUN)]
      .map((m) => m[0])
      .filter((n) => !isState(oneStateName(n)))
      .map((n) => words(n).join(' ')),
  );
}

function foundSame(a: View, b: View): boolean {
  for (const n of a.founded) if (b.founded.has(n)) return true;
  return false;
}

const PLACE = "(?:the\\s+)?([A-Z][\\w'’-]*(?:\\s+[A-Z][\\w'’-]*)*)";
const VISITED = new RegExp(
  `\\b(?:visit(?:ed|s|ing)?|toured|travell?ed\\s+to|went\\s+to|trip\\s+to|visit\\s+to|tour\\s+of|sent\\s+(?:\\S+\\s+){1,4}?to)\\s+${PLACE}`,
);
const TRIP = new RegExp(`${PLACE}\\s+(?:trip|visit|tour)\\b`);

/** The place a clause says was visited, as written ("visited Soviet Union" → "Soviet Union"), or null. */
export function visitPlace(clause: string): string | null {
  return VISITED.exec(clause)?.[1] ?? null;
}

/**
 * The state a visit's clause says it went to ("visited Moscow", "a Russia trip"), in one spelling
 * (Russia and the Soviet Union as one), or null when the clause names no state or seat of government.
 */
export function destination(clause: string): string | null {
  for (const re of [VISITED, TRIP]) {
    const m = re.exec(clause);
    const place = m?.[1];
    if (!place) continue;
    const seat = SEATS[place.toLowerCase()];
    if (seat) return seat;
    const state = oneVisitState(place);
    if (isState(state)) return state;
  }
  return null;
}

/** Brokering or hosting peace between others: "brokered peace", "after Soviet mediation", "hosted a peace conference". */
const MEDIATION =
  /\b(?:broker(?:ed|s|ing)?|mediat(?:ed|ion|es|ing|e)|host(?:ed|s|ing)?\s+(?:a\s+|the\s+)?peace\s+(?:conference|talks|summit))\b/;

/**
 * The state a clause says brokered peace between others, named just before the deed ("the USSR
 * successfully brokered peace", "after Soviet mediation", "Moscow's role in brokering") or after
 * "by" ("mediation by Turkey"); null when the clause tells of no mediation or names no mediator.
 * Peace between two parties is brokered once: two sources naming one mediator within a year tell one event.
 */
export function mediator(clause: string): string | null {
  const m = MEDIATION.exec(clause);
  if (!m) return null;
  const after = /^\s+(?:of|by)\s+(?:the\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)/.exec(
    clause.slice(m.index + m[0].length),
  );
  const named = after?.[1] ? stateNamed(after[1]) : null;
  if (named) return named;
  const before = clause.slice(0, m.index).split(/\s+/).filter(Boolean).slice(-5).join(' ');
  const runs = [...before.matchAll(/[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*/g)].map((r) => r[0]);
  for (const run of runs.reverse()) {
    const state = stateNamed(run);
    if (state) return state;
  }
  return null;
}

/** Added to the score of two sources' facts that write one named thing ("U-2 flights", "flights of U-2"). */
export const THING_BONUS = 0.25;

const THING_NAME = "([A-Z][\\w’'-]*(?:\\s+[A-Z][\\w’'-]*){0,2})";
const THING_AFTER = new RegExp(`${THING_NAME}\\s+([a-z]{4,})\\b`, 'g');
const THING_BEFORE = new RegExp(`\\b([a-z]{4,})\\s+of\\s+(?:the\\s+)?${THING_NAME}`, 'g');

/**
 * A name and the common noun it qualifies, one key however the clause orders them: "the U-2 flights"
 * and "flights of U-2" both give "u-2 flight". States, people's offices and the clause's first word
 * (capitalised as a sentence start) are not names of things.
 */
export function namedThings(clause: string): Set<string> {
  const out = new Set<string>();
  const add = (name: string, noun: string): void => {
    const bare = name.replace(/^(?:The|A|An)\s+/, '');
    if (!bare || isState(oneStateName(bare)) || stateOfDemonym(bare) || isRoleWord(words(bare)[0] ?? ''))
      return;
    if (clause.startsWith(name) || /ed$/.test(noun)) return;
    out.add(`${words(bare).map(nameSkeleton).join(' ')} ${stem(noun)}`);
  };
  for (const m of clause.matchAll(THING_AFTER)) add(m[1] ?? '', m[2] ?? '');
  for (const m of clause.matchAll(THING_BEFORE)) add(m[2] ?? '', m[1] ?? '');
  return out;
}

export interface Invitation {
  /** The states whose leaders invited, in one spelling. */
  from: Set<string>;
  /** The state whose leaders were invited. */
  to: string;
}

/**
 * "Leaders of the United States and the Soviet Union invited the Pakistani leadership", "the United
 * States invited Prime Minister Liaquat Ali Khan": who invited (the states before the verb) and whose
 * leaders (a state after it, or else the one state among the actors that did not invite). Null when
 * the clause tells no invitation, or names no state on either side.
 */
export function invitation(fact: ExtractedFact): Invitation | null {
  const m = /\binvit(?:ed|es)\b/.exec(fact.clause);
  if (!m) return null;
  const from = new Set(statesIn(fact.clause.slice(0, m.index)));
  const after = statesIn(fact.clause.slice(m.index)).filter((s) => !from.has(s));
  const others = fact.actors.map(oneVisitState).filter((s) => isState(s) && !from.has(s));
  const to = after[0] ?? (new Set(others).size === 1 ? others[0] : undefined);
  return from.size > 0 && to ? { from, to } : null;
}

/** The years of the visits the facts tell, by route ("Pakistan>USA"): the visitor's state, then the host. */
function visitsByRoute(facts: readonly ExtractedFact[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const f of facts) {
    if (f.type !== 'visit') continue;
    const to = destination(f.clause);
    const visitor = statesIn(
      f.clause.slice(0, Math.max(0, f.clause.search(/\s(?:visit|paid|made|travell?ed|went)/))),
    ).find((s) => s !== to);
    if (!to || !visitor) continue;
    const key = `${visitor}>${to}`;
    out.set(key, [...(out.get(key) ?? []), yearOf(dateOfFact(f))]);
  }
  return out;
}

/**
 * Two sources' invitations from one state to another's leaders, years apart, with one visit on that
 * route in the years between (and the year after): the invitation to that visit, told with two dates.
 */
function sameInvitation(a: View, b: View): boolean {
  const x = a.invitation;
  const y = b.invitation;
  if (!x || !y || a.fact.source === b.fact.source || x.to !== y.to) return false;
  const [first, last] = [yearOf(a.date), yearOf(b.date)].sort((p, q) => p - q) as [number, number];
  return [...x.from].some((host) => {
    if (!y.from.has(host)) return false;
    const years = new Set(
      (a.visitYears.get(`${x.to}>${host}`) ?? []).filter((v) => v >= first && v <= last + 1),
    );
    return years.size === 1;
  });
}

/** Words news copy uses for one deed: a tour, a trip and a visit are all visits; brokering is mediating. */
const SAME_DEED: Record<string, string> = {
  tour: 'visit',
  toured: 'visit',
  trip: 'visit',
  journey: 'visit',
  broker: 'mediate',
  mediation: 'mediate',
  mediat: 'mediate',
};

/** A bag token for a word, in the one spelling its deed has. */
const deedToken = (w: string): string => `w:${SAME_DEED[w] ?? w}`;

/** Whether the summary is the extractor's template for the fact's type ("X concluded an agreement"). */
function templateSummary(fact: ExtractedFact): boolean {
  return fact.summary === summarise(fact.type, fact.actors, fact.place, fact.object, fact.date);
}

function bag(fact: ExtractedFact): Set<string> {
  const out = new Set<string>();
  // A template's own words ("concluded an agreement", "a military event") tell of the event only where
  // the clause says them too: two templates would otherwise share them whatever the events were.
  const template = templateSummary(fact);
  const said = new Set(contentWords(oneStateName(`${fact.clause} ${fact.actors.join(' ')}`)));
  for (const w of contentWords(oneStateName(fact.summary))) {
    if (!template || said.has(w)) out.add(deedToken(w));
  }
  // The sentence's names too: a summary built from fields alone says little about which event it is.
  for (const w of properWords(oneStateName(fact.sentence))) out.add(w);
  if (fact.object) for (const w of contentWords(fact.object)) out.add(deedToken(w));
  for (const part of [...fact.actors.map(oneStateName), fact.place ?? '', fact.object ?? '']) {
    for (const t of words(part)) if (t.length >= 4 && !/^\d+$/.test(t)) out.add(`n:${nameSkeleton(t)}`);
  }
  return out;
}

/**
 * The bag with the clause's own words added when the summary was written from a template: "concluded
 * an agreement" says little where the clause says "brokered peace".
 */
function wideBag(fact: ExtractedFact, narrow: Set<string>): Set<string> {
  if (!templateSummary(fact)) return narrow;
  const out = new Set(narrow);
  for (const w of contentWords(oneStateName(fact.clause))) if (!MONTH.test(w)) out.add(deedToken(w));
  return out;
}

/** Proper words of the two facts' clauses that at most `RARE_NAME_DF` facts use: "Powers", "U-2". */
function rareNamesShared(a: View, b: View): number {
  let n = 0;
  for (const t of a.names) if (b.names.has(t) && (a.nameDf.get(t) ?? 0) <= RARE_NAME_DF) n++;
  return n;
}

function compatibleViews(a: View, b: View): boolean {
  const fa = a.fact;
  const fb = b.fact;
  // Two sources may type one event differently ("an incident", "flights permitted"); two rare names
  // in common (a pilot's name, an aircraft's) say it is one event all the same.
  if (fa.type !== fb.type && (fa.source === fb.source || rareNamesShared(a, b) < 2)) return false;
  if (fa.source === fb.source && fa.paragraph === fb.paragraph && fa.item === fb.item) return false;
  // Two people lead two events, unless one fact names the other's lead too: "Ayub permitted the
  // flight piloted by Powers" and "the Powers incident" may be one event.
  // The shared person must be rare in the articles: Putin, named in many facts, ties nothing.
  const rare = (k: string): boolean => (a.nameDf.get(k) ?? 0) <= RARE_NAME_DF;
  if (
    a.lead &&
    b.lead &&
    a.lead !== b.lead &&
    !(a.people.has(b.lead) && rare(b.lead)) &&
    !(b.people.has(a.lead) && rare(a.lead))
  )
    return false;
  // Pakistan–US ties and Pakistan–Soviet ties are two stories: two pairs of states, neither within the
  // other. (Other kinds of event name states in passing: "the invasion drew the US and Pakistan closer".)
  const within = (x: Set<string>, y: Set<string>): boolean => [...x].every((t) => y.has(t));
  if (
    fa.type === 'relations' &&
    fb.type === 'relations' &&
    a.states.size >= 2 &&
    b.states.size >= 2 &&
    !within(a.states, b.states) &&
    !within(b.states, a.states)
  )
    return false;
  // A visit to Pakistan and a visit to Moscow are two visits.
  if (a.destination && b.destination && a.destination !== b.destination) return false;
  if (a.ordinals && b.ordinals && a.ordinals !== b.ordinals) return false;
  // An attempt, plan or offer is not the deed itself: "tried to set up ties" ≠ "set up ties".
  if (INTENT.test(mainClause(fa.summary)) !== INTENT.test(mainClause(fb.summary))) return false;
  return (
    datesAgree(a.date, b.date) ||
    yearGap(a.date, b.date) <= MAX_YEAR_GAP ||
    foundSame(a, b) ||
    sameInvitation(a, b)
  );
}

function views(facts: readonly ExtractedFact[]): View[] {
  const surnames = knownSurnames(facts.map((f) => f.actors));
  const visitYears = visitsByRoute(facts);
  const properDf = new Map<string, number>();
  // Offices and the countries or bodies the articles are about are shared by many events: not rare.
  const parties = new Set(
    facts.flatMap((f) => f.actors.filter((a) => !isPerson(a, surnames)).flatMap((a) => contentWords(a))),
  );
  const propers = facts.map(
    (f) =>
      new Set(
        [...properWords(f.clause)]
          .map((t) => t.slice(2))
          .filter((w) => !parties.has(w) && !isRoleWord(w))
          // Spelling variants of one name meet: "Kiyani" and "Kayani".
          .map(nameSkeleton),
      ),
  );
  for (const p of propers) for (const t of p) properDf.set(t, (properDf.get(t) ?? 0) + 1);
  return facts.map((fact, i) => {
    const persons = fact.actors.filter((a) => isPerson(a, surnames));
    const person = persons[0];
    const ordinals = words(fact.summary)
      .filter((w) => ORDINALS.has(w))
      .sort()
      .join(' ');
    const narrow = bag(fact);
    return {
      fact,
      date: dateOfFact(fact),
      bag: narrow,
      wide: wideBag(fact, narrow),
      lead: person ? surnameKey(person) : null,
      people: new Set(persons.map(surnameKey)),
      destination: fact.type === 'visit' ? destination(fact.clause) : null,
      founded: foundedNames(fact.clause),
      mediator: mediator(fact.clause),
      invitation: invitation(fact),
      visitYears,
      things: namedThings(fact.clause),
      states: new Set(fact.actors.map(oneVisitState).filter(isState)),
      naming: new Set(
        [...persons.flatMap((p) => contentWords(p)), ...parties].flatMap((w) => [
          `w:${w}`,
          `n:${nameSkeleton(w)}`,
        ]),
      ),
      ordinals,
      proper: new Set([...properWords(fact.summary), ...properWords(fact.sentence)]),
      names: propers[i] ?? new Set<string>(),
      nameDf: properDf,
    };
  });
}

export interface ScoredPair {
  i: number;
  j: number;
  score: number;
}

type BagOf = (v: View) => Set<string>;

/** Word weights (inverse fact frequency) and each view's total weight, for one way of bagging. */
function weighing(vs: readonly View[], bagOf: BagOf) {
  const df = new Map<string, number>();
  for (const v of vs) for (const t of bagOf(v)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = Math.max(vs.length, 2);
  const weight = (t: string): number => Math.log(n / (df.get(t) ?? 1));
  const total = vs.map((v) => [...bagOf(v)].reduce((s, t) => s + weight(t), 0));
  return { df, weight, total };
}

function pairScore(
  a: View,
  b: View,
  i: number,
  j: number,
  bagOf: BagOf,
  w: ReturnType<typeof weighing>,
): number | null {
  let shared = 0;
  let rare = 0;
  const bb = bagOf(b);
  for (const t of bagOf(a)) {
    if (!bb.has(t)) continue;
    shared += w.weight(t);
    if (t.startsWith('w:') && (w.df.get(t) ?? 0) <= 3 && (a.proper.has(t) || b.proper.has(t))) rare++;
  }
  // Near-empty facts share little but would score high on the ratio alone.
  const rareNames = a.fact.source !== b.fact.source ? rareNamesShared(a, b) : 0;
  // One peace brokered by one state, or one invitation to one visit: one event, whatever its words.
  const oneOccasion =
    (a.fact.source !== b.fact.source && a.mediator !== null && a.mediator === b.mediator) ||
    sameInvitation(a, b);
  if (shared < MIN_SHARED_WEIGHT && rareNames < 2 && !oneOccasion) return null;
  // Two things one well-known person did share the person and nothing else ("accepted an invitation",
  // "was asked to condemn an attack"): some word of the deed itself must be shared too.
  let deed = 0;
  for (const t of bagOf(a)) {
    if (bb.has(t) && !a.naming.has(t) && !b.naming.has(t) && !isRoleWord(t.slice(2))) deed += w.weight(t);
  }
  // Two visits to one state share their deed, however each words it ("a Russia trip", "visited Moscow").
  const sameTrip = a.destination !== null && a.destination === b.destination;
  if (deed === 0 && rareNames < 2 && !sameTrip && !oneOccasion) return null;
  let score = shared / Math.max(1e-9, Math.min(w.total[i] ?? 0, w.total[j] ?? 0));
  if (a.lead && a.lead === b.lead) score += LEAD_BONUS;
  if (a.fact.source !== b.fact.source && [...a.things].some((t) => b.things.has(t))) score += THING_BONUS;
  if (
    rareNames >= 2 ||
    foundSame(a, b) ||
    oneOccasion ||
    (a.fact.source !== b.fact.source && rare >= 2 && score >= RARE_PAIR_THRESHOLD)
  ) {
    score = Math.max(score, MERGE_THRESHOLD);
  }
  return Math.min(1, score);
}

/**
 * Every compatible pair of facts with its similarity in [0, 1], best first. A pair scores on the facts'
 * fields, or on their clauses' words where a summary is a template, whichever matches better.
 */
export function scorePairs(facts: readonly ExtractedFact[], known?: readonly View[]): ScoredPair[] {
  const vs = known ?? views(facts);
  const narrow: BagOf = (v) => v.bag;
  const wide: BagOf = (v) => v.wide;
  const wn = weighing(vs, narrow);
  const ww = weighing(vs, wide);
  const pairs: ScoredPair[] = [];
  for (let i = 0; i < vs.length; i++) {
    for (let j = i + 1; j < vs.length; j++) {
      const a = vs[i];
      const b = vs[j];
      if (!a || !b || !compatibleViews(a, b)) continue;
      const scores = [pairScore(a, b, i, j, narrow, wn), pairScore(a, b, i, j, wide, ww)].filter(
        (x): x is number => x !== null,
      );
      if (scores.length > 0) pairs.push({ i, j, score: Math.max(...scores) });
    }
  }
  return pairs.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
}

/**
 * Groups facts that tell of the same event. Each group lists its facts in input order; groups come
 * in the order of their first fact. Deterministic for a given input order.
 */
export function mergeFacts(facts: readonly ExtractedFact[]): ExtractedFact[][] {
  const vs = views(facts);
  const group = facts.map((_, i) => i);
  const members = new Map<number, number[]>(facts.map((_, i) => [i, [i]]));
  const scored = scorePairs(facts, vs);
  const strongSameSource = new Set(
    scored
      .filter((p) => p.score >= SAME_SOURCE_THRESHOLD && vs[p.i]?.lead && vs[p.i]?.lead === vs[p.j]?.lead)
      .map((p) => `${p.i}:${p.j}`),
  );
  // Two facts of one article stand in one group only when they match each other strongly.
  const together = (x: number, y: number): boolean => {
    const vx = vs[x];
    const vy = vs[y];
    if (vx === undefined || vy === undefined || !compatibleViews(vx, vy)) return false;
    if (vx.fact.source !== vy.fact.source || foundSame(vx, vy)) return true;
    return strongSameSource.has(x < y ? `${x}:${y}` : `${y}:${x}`);
  };
  for (const { i, j, score } of scored) {
    if (score < MERGE_THRESHOLD || !together(i, j)) continue;
    const gi = group[i] ?? i;
    const gj = group[j] ?? j;
    if (gi === gj) continue;
    const left = members.get(gi) ?? [];
    const right = members.get(gj) ?? [];
    // Complete link on the hard rules: every pair across the two groups must be allowed together.
    const ok = left.every((x) => right.every((y) => together(x, y)));
    if (!ok) continue;
    const [keep, drop] = gi < gj ? [gi, gj] : [gj, gi];
    const joined = [...(members.get(keep) ?? []), ...(members.get(drop) ?? [])].sort((x, y) => x - y);
    members.set(keep, joined);
    members.delete(drop);
    for (const x of joined) group[x] = keep;
  }
  return [...members.entries()]
    .sort((x, y) => x[0] - y[0])
    .map(([, idx]) => idx.map((k) => facts[k]).filter((f): f is ExtractedFact => f !== undefined));
}
