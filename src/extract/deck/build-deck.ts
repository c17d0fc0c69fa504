// Extraction results in, one deck out: merge, date, era, write cards, guard against copied text, hash.

import { formatDateValue } from '../../domain/date-format.ts';
import {
  type Conflict,
  type DateValue,
  DECK_FORMAT,
  type Deck,
  type DeckCard,
  type Era,
  type Source,
  type SourceRef,
} from '../../domain/deck-schema.ts';
import { isState } from '../actors.ts';
import { dateSpans, writtenDates } from '../dates/index.ts';
import { PAST_IRREGULAR, STATE_NAMES } from '../lexicon/index.ts';
import { type Clause, inQuestion, retell, splitClause, withShortRest } from '../retell.ts';
import { splitSentences } from '../sentences.ts';
import type { ExtractedFact, ExtractionResult } from '../types.ts';
import { knownOffices, knownSurnames, nameOf, roleOf, surnameKey } from './actors.ts';
import { cardAliases } from './aliases.ts';
import { copiedRun, copyIndex, uncopied } from './copy-guard.ts';
import { dateSortKey, yearOf } from './dates.ts';
import { draftFact, type FactDraft, fullNamesByOffice, nationalities, OFFICE_NAMES } from './draft.ts';
import { decadeEras } from './eras.ts';
import {
  mcqDateCard,
  specific,
  subjectDateKey,
  whatCard,
  whenCard,
  whoCard,
  type YearSpan,
} from './fact-cards.ts';
import { hash64 } from './hash.ts';
import { tiesAfterEnvoys } from './implied.ts';
import { importance, MINOR_BELOW } from './importance.ts';
import { dateOfFact, mergeFacts, visitPlace } from './merge.ts';
import { orderCards } from './order-cards.ts';
import { rewordings, tidy } from './own-words.ts';
import { eventText, plainWhenCard } from './plain-card.ts';
import { DEMONYM_NAMES, oneStateName, stateOfDemonym } from './states.ts';
import { contentWords, nameSkeleton, words } from './words.ts';

export interface DeckInput {
  id: string;
  title: string;
  description: string;
  /** The deck's eras; null for generic decades (see `decadeEras`). */
  eras: readonly Era[] | null;
  results: readonly ExtractionResult[];
  /** The articles' texts by file name, for the copy guard; facts and cards that copy them are dropped. */
  texts: ReadonlyMap<string, string>;
  /**
   * Whether no deck string may share a run of ten words with an article (a shipped deck is
   * redistributed). A deck a person builds from their own articles is theirs: false. Default true.
   */
  copyRule?: boolean;
  /** The deck's last published version: the cards it re-keys are aliased to their new ids. */
  previous?: Deck | null;
}

export interface DeckBuild {
  deck: Deck;
  /** Why facts or cards were left out, one line each, for the review sheet. */
  dropped: string[];
  /** What became of each extracted fact, by article (in file-name order), then by position. */
  outcomes: FactOutcome[];
}

/** What became of one extracted fact: the deck fact it is part of, and why it has no card if so. */
export interface FactOutcome {
  source: string;
  date: string;
  span: readonly [number, number];
  /** The id of the deck fact it became part of; null when it was left out. */
  fact: string | null;
  /** How many cards ask about that deck fact (order cards not counted). */
  cards: number;
  /** Why it was left out or got no card; null when it has a card. */
  reason: string | null;
}

/**
 * Each extracted fact carries the index of the fact it came from under this key; object spread
 * keeps symbol keys, so every step that copies a fact (`{ ...f, clause }`) keeps it too.
 */
const ORIGIN = Symbol('origin');
type Traced = ExtractedFact & { [ORIGIN]?: number };
const originOf = (f: ExtractedFact): number => (f as Traced)[ORIGIN] ?? -1;

/** The source id of an article file: its base name without extension. */
export function sourceIdOf(file: string): string {
  return file.replace(/\.[^.]+$/, '');
}

const KIND_ORDER: Record<DeckCard['kind'], number> = { when: 0, who: 1, what: 2, 'mcq-date': 3, order: 4 };

function uniqueRefs(refs: readonly SourceRef[]): SourceRef[] {
  const seen = new Map<string, SourceRef>();
  for (const r of refs) seen.set(`${r.source}|${String(r.paragraph).padStart(5, '0')}|${r.item ?? ''}`, r);
  return [...seen.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([, r]) => r);
}

function cardTexts(card: DeckCard): string[] {
  return [
    card.prompt,
    card.answer,
    card.explanation,
    ...(card.choices ?? []),
    ...(card.order ?? []).map((o) => o.label),
  ];
}

/**
 * One fact per source, span start and date: an extractor may report one sentence twice under two
 * types; the more specific type (not "other") is kept.
 */
function dedupe(facts: readonly ExtractedFact[]): ExtractedFact[] {
  const seen = new Map<string, ExtractedFact>();
  for (const f of facts) {
    const key = `${f.source}|${f.span[0]}|${f.date}`;
    const prev = seen.get(key);
    if (!prev || (prev.type === 'other' && f.type !== 'other')) seen.set(key, f);
  }
  return facts.filter((f) => seen.get(`${f.source}|${f.span[0]}|${f.date}`) === f);
}

/** A leading phrase ("After the 1965 war, …") and a relative clause ("…, which led to …") tell other events. */
const LEADING = /^(?:after|during|following|before|since|despite|amid|in the wake of)\b[^,]{0,80},\s+/i;
const RELATIVE =
  /,?\s+(?:which|who|whom|where|whereas|while)\s|\s+and\s+(?=(?:did|was|were|had|then|later)\b|[a-z]+ed\b)/;

/**
 * One clause, two dates: "presented her credentials on 13 August 1947, one day before independence
 * was proclaimed", or "In July 1971 Pakistan helped arrange Kissinger's trip, which led to Nixon's visit
 * in February 1972". The clause tells the event of the date written in its own main part (without a
 * leading phrase or a relative clause), or failing that of a date it writes at all. Where facts share a
 * source and a clause, only those are kept; when the clause writes none of their dates, all stay.
 */
export function oneDatePerClause(facts: readonly ExtractedFact[]): ExtractedFact[] {
  const byClause = new Map<string, ExtractedFact[]>();
  for (const f of facts) {
    const k = `${f.source}|${f.clause}`;
    byClause.set(k, [...(byClause.get(k) ?? []), f]);
  }
  const dropped = new Set<ExtractedFact>();
  for (const group of byClause.values()) {
    const clause = group[0]?.clause ?? '';
    if (new Set(group.map((f) => f.date)).size < 2) continue;
    const core = writtenDates(clause.replace(LEADING, '').split(RELATIVE)[0] ?? '');
    const all = writtenDates(clause);
    const inCore = group.filter((f) => core.has(f.date));
    // A main part with no date written out tells the date read from it ("the same day"): the facts
    // whose dates the clause writes elsewhere ("… and did not reopen them until July 2012") go.
    const unwritten = group.filter((f) => !all.has(f.date));
    const told =
      inCore.length > 0 ? inCore : unwritten.length > 0 ? unwritten : group.filter((f) => all.has(f.date));
    if (told.length > 0) for (const f of group) if (!told.includes(f)) dropped.add(f);
  }
  return facts.filter((f) => !dropped.has(f));
}

/** ", giving the authorisation of the final flight": a participle that tells a second deed of the subject. */
const PARTICIPLE_DEED =
  /,\s+(giving|granting|authori[sz]ing|allowing|permitting|approving|becoming)\s+(?=(?:the|a|an)\s)/;
const PARTICIPLE_PAST: Record<string, string> = {
  becoming: 'became',
  giving: 'gave',
  granting: 'granted',
  authorising: 'authorised',
  authorizing: 'authorized',
  allowing: 'allowed',
  permitting: 'permitted',
  approving: 'approved',
};

/**
 * "…extended its hand of friendship and invited Prime Minister Liaquat Ali Khan for a visit": a second
 * deed of the subject, done to a person, is an event of its own (an invitation, a request, a killing).
 */
const DEED_TO_PERSON = new RegExp(
  `\\s+and\\s+((?:[a-z]+ed|${PAST_IRREGULAR}))\\s+(?:(?:President|Prime\\s+Minister|Premier|General|King|Foreign\\s+Minister)\\s+)?([A-Z][a-z]+)\\b`,
);

/**
 * "In 1959, X permitted the flights, giving the authorisation of the final flight, piloted by Y":
 * two deeds of one subject, which other sources may tell apart (the flights began one year, the final
 * flight ended in an incident the next). The fact becomes two, its main clause and the participle
 * told with the subject ("X gave the authorisation of the final flight, piloted by Y"), each to be
 * merged on its own. A clause whose subject cannot be read is left whole.
 */
export function splitParticipleDeeds(facts: readonly ExtractedFact[]): ExtractedFact[] {
  return facts.flatMap((f) => {
    for (const { main, deed } of deedCuts(f.clause)) {
      const subject = splitClause(main)?.subject;
      if (!subject) continue;
      const second = `${subject} ${deed}`;
      // Each deed is its own sentence now: the other's names must not tie it to other events.
      return [
        { ...f, clause: main, sentence: main },
        { ...f, clause: second, summary: second, sentence: second },
      ];
    }
    return [f];
  });
}

/** The places a clause may be cut into its main deed and a second one, the second told without its subject. */
function deedCuts(clause: string): { main: string; deed: string }[] {
  const cuts: { main: string; deed: string }[] = [];
  const toPerson = DEED_TO_PERSON.exec(clause);
  const person = toPerson?.[2] ?? '';
  if (toPerson?.[1] && !isState(oneStateName(person)) && !stateOfDemonym(person)) {
    cuts.push({
      main: clause.slice(0, toPerson.index),
      deed: clause.slice(clause.indexOf(toPerson[1], toPerson.index)),
    });
  }
  const m = PARTICIPLE_DEED.exec(clause);
  const past = m?.[1] ? PARTICIPLE_PAST[m[1].toLowerCase()] : undefined;
  if (m && past) {
    const main = clause.slice(0, m.index);
    // "…paid a visit to the Soviet Union, becoming the first premier to visit the country": which country.
    const place = visitPlace(main);
    const rest = clause.slice(m.index + m[0].length);
    cuts.push({ main, deed: `${past} ${place ? rest.replace(/\bthe country\b/, place) : rest}` });
  }
  return cuts;
}

/**
 * A sentence that writes no date at all took its date from the story around it ("On this fateful
 * day, … . The premier then drew a circle …"): the year is safe, a day or month is a guess. Such
 * facts keep only their year.
 */
export function carriedToYear(facts: readonly ExtractedFact[]): ExtractedFact[] {
  return facts.map((f) => {
    if (f.precision !== 'day' && f.precision !== 'month') return f;
    // A year or a month written out is a date mention: the full reading is only for the rest.
    if (
      /\b(?:1[5-9]\d\d|20\d\d)\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/.test(
        f.sentence,
      )
    ) {
      return f;
    }
    if (dateSpans(f.sentence).length > 0) return f;
    return { ...f, date: f.date.slice(0, 4), precision: 'year' };
  });
}

/** "SEATO and CENTO", "Ankara, Tehran and Kabul": a list of two or more names. */
const NAME = "(?:the\\s+)?[A-Z][\\w’'-]*(?:\\s+(?:of\\s+)?[A-Z][\\w’'-]*)*";
const NAME_LIST = new RegExp(`${NAME}(?:,\\s+${NAME})*,?\\s+and\\s+${NAME}`, 'g');

/**
 * "Pakistan joined SEATO and CENTO in 1954 and 1955": one clause, as many dates as names listed
 * after its verb, each name with its date in order (as "respectively" would say). The facts of
 * such a clause get a clause with their own name only; others are returned as they are.
 */
export function distributeLists(facts: readonly ExtractedFact[]): ExtractedFact[] {
  const byClause = new Map<string, ExtractedFact[]>();
  for (const f of facts) {
    const key = `${f.source}|${f.sentence}|${f.clause}`;
    byClause.set(key, [...(byClause.get(key) ?? []), f]);
  }
  const replaced = new Map<ExtractedFact, ExtractedFact>();
  for (const group of byClause.values()) {
    if (group.length < 2 || new Set(group.map((f) => f.date)).size !== group.length) continue;
    const first = group[0];
    const parts = first ? splitClause(first.clause) : null;
    if (!first || !parts) continue;
    const lists = [...parts.rest.matchAll(NAME_LIST)].map((m) => m[0]);
    const [list] = lists;
    if (!list || lists.length !== 1) continue;
    const names = list.split(/,\s+|,?\s+and\s+/).filter((n) => n.length > 0);
    if (names.length !== group.length) continue;
    const ordered = [...group].sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]);
    ordered.forEach((f, i) => {
      const name = names[i] ?? '';
      replaced.set(f, { ...f, clause: f.clause.replace(list, name) });
    });
  }
  return facts.map((f) => replaced.get(f) ?? f);
}

/** "In the same period, …": a date borrowed loosely from the sentence before; not one to learn. */
const APPROXIMATE =
  /\b(?:(?:in|during|around|about)\s+(?:the\s+same|that|this)\s+(?:period|time|era)|around\s+(?:the\s+)?same\s+time|at\s+about\s+the\s+same\s+time)\b/i;

/** "visited the Soviet Union twice": a visit made more than once. */
const REPEATED = /\b(?:twice|thrice|three times|several times|many times|more than once|on two occasions)\b/i;

/**
 * Whether an article says the fact's visit was made more than once: a sentence with a repeat word
 * names the fact's person and the place the clause names ("When did Bhutto visit Moscow?" then has
 * two answers). A visit told as the first or the last is one visit.
 */
function repeatedVisit(d: FactDraft, repeats: readonly ReadonlySet<string>[]): boolean {
  const c = d.clause;
  // The person among the actors, or a subject that is a bare name ("Bhutto").
  const person = d.people[0] ?? (/^[A-Z][\w’'-]*$/.test(c?.subject ?? '') ? c?.subject : undefined);
  if (d.fact.type !== 'visit' || !c || !person || repeats.length === 0) return false;
  if (/\b(?:first|second|third|last|final|maiden)\b/i.test(`${c.subject}${c.rest}`)) return false;
  const surname = surnameKey(person);
  const places = (c.rest.match(/\b[A-Z][\w’'-]*/g) ?? []).map(nameSkeleton);
  return repeats.some((names) => names.has(surname) && places.some((p) => names.has(p)));
}

/**
 * Facts whose date question would also fit another fact of a different year: every content word of
 * the question's subject and rest appears in the other fact's summary ("When did India and Pakistan
 * fight a war?" fits two wars).
 */
function ambiguousDrafts(drafts: readonly FactDraft[]): Set<string> {
  const summaries = drafts.map((d) => ({ d, words: new Set(contentWords(d.fact.summary)) }));
  const out = new Set<string>();
  for (const { d } of summaries) {
    if (!d.clause) continue;
    const asked = contentWords(`${d.clause.subject} ${d.clause.past} ${d.clause.rest}`);
    const year = yearOf(d.fact.date);
    const clash = summaries.some(
      (o) => o.d !== d && yearOf(o.d.fact.date) !== year && asked.every((w) => o.words.has(w)),
    );
    if (clash) out.add(d.fact.id);
  }
  return out;
}

/** Combining forms headlines use for states: "Russo-Pakistan ties", "Sino-Indian war". */
const COMBINING: Record<string, string> = {
  russo: 'Russia',
  sino: 'China',
  indo: 'India',
  pak: 'Pakistan',
  anglo: 'Britain',
  franco: 'France',
  turko: 'Turkey',
};

/** The two states a headline names ("Russia & Pakistan – …", "Russo-Pakistan ties"), or none. */
export function headlineStates(title: string): string[] {
  const found: string[] = [];
  for (const m of title.matchAll(
    new RegExp(`\\b(${STATE_NAMES}|${Object.keys(COMBINING).join('|')}|${DEMONYM_NAMES})\\b`, 'gi'),
  )) {
    const raw = m[1] ?? '';
    const titled = raw.charAt(0).toUpperCase() + raw.slice(1).toLowerCase();
    const state = [raw, COMBINING[raw.toLowerCase()] ?? '', stateOfDemonym(titled) ?? '', titled].find(
      (n) => n && isState(n),
    );
    if (!state) continue;
    if (!found.some((f) => oneStateName(f) === oneStateName(state))) found.push(state);
  }
  return found.length === 2 ? found : [];
}

/**
 * The two states an article is about: the two its headline names, else the two most facts name
 * (each in the spelling the article uses most), or fewer when no state stands out.
 */
export function mainStates(facts: readonly ExtractedFact[], title = ''): string[] {
  const named = headlineStates(title);
  if (named.length === 2) return named;
  return countedStates(facts);
}

/**
 * The two states an article names in most facts, each in its most used spelling. Fewer than two when
 * it names fewer, or when the second is no more than a passing mention.
 */
function countedStates(facts: readonly ExtractedFact[]): string[] {
  const count = new Map<string, { n: number; spellings: Map<string, number> }>();
  for (const f of facts) {
    const seen = new Set<string>();
    for (const a of f.actors) {
      if (!isState(a)) continue;
      const name = a.replace(/^the\s+/i, '');
      const key = oneStateName(name);
      const entry = count.get(key) ?? { n: 0, spellings: new Map<string, number>() };
      entry.spellings.set(name, (entry.spellings.get(name) ?? 0) + 1);
      if (!seen.has(key)) entry.n++;
      seen.add(key);
      count.set(key, entry);
    }
  }
  const ranked = [...count.entries()].sort((x, y) => y[1].n - x[1].n || x[0].localeCompare(y[0]));
  const top = ranked.slice(0, 2).filter(([, e]) => e.n >= 3);
  return top.map(
    ([, e]) =>
      [...e.spellings.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]?.[0] ?? '',
  );
}

/**
 * When the sources that disagree on a date tell different deeds ("permitted the flights" in one,
 * "the incident" in another), the note says what each tells, in a short retelling, so a candidate can
 * judge the disagreement. Null when the deeds are the same, a clause cannot be split, or the note
 * would copy an article.
 */
export function noteWithDeeds(
  members: readonly ExtractedFact[],
  conflict: Conflict,
  copies: (text: string) => boolean,
): string | null {
  if (conflict.field !== 'date') return null;
  const clauses = members.map((m) => ({ date: dateOfFact(m), clause: splitClause(m.clause) }));
  const each = clauses.filter((t): t is { date: DateValue; clause: Clause } => t.clause !== null);
  if (each.length < members.length || new Set(each.map((t) => t.clause.infinitive)).size < 2) return null;
  const byDate = [...new Map(each.map((t) => [formatDateValue(t.date), t])).values()].sort((a, b) =>
    dateSortKey(a.date).localeCompare(dateSortKey(b.date)),
  );
  // Each clause as it stands, or cut short where the whole would copy its article.
  for (const cut of [false, true]) {
    const parts = byDate.map(({ date, clause }) => {
      const c = tidy(cut ? (withShortRest(clause) ?? clause) : clause);
      const told = `${inQuestion(c.subject)} ${c.passive ? `${c.passive} ` : ''}${c.past}${c.rest}`.trim();
      return `${formatDateValue(date)}, ${told}`;
    });
    const note = `${conflict.note} What each tells: ${parts.join('; ')}.`;
    if (!copies(note)) return note;
  }
  return null;
}

/** The clause with its rest cut back at each phrase end, longest first: "… slipped into China | from Pakistan". */
function shorterRests(clause: Clause): Clause[] {
  const w = clause.rest.trim().split(/\s+/);
  const out: Clause[] = [];
  for (let n = w.length - 1; n >= 2; n--) {
    // Only before a phrase of time or place, which says least: "… into China from Pakistan | on a trip";
    // never inside a purpose ("… flights to spy | on …").
    if (
      !/^(?:in|on|at|during|after|before|amid|despite)$/i.test(w[n] ?? '') ||
      /^to$/i.test(w[n - 2] ?? '')
    ) {
      continue;
    }
    out.push({ ...clause, rest: ` ${w.slice(0, n).join(' ')}` });
  }
  return out;
}

const nameKeysCache = new Map<string, string[]>();

/** The spelling-tolerant keys of an actor's name, once per actor: every card's span asks again. */
function nameKeys(actor: string): string[] {
  let keys = nameKeysCache.get(actor);
  if (!keys) {
    keys = words(nameOf(actor)).map(nameSkeleton);
    if (nameKeysCache.size >= 5000) nameKeysCache.clear();
    nameKeysCache.set(actor, keys);
  }
  return keys;
}

/**
 * The years the deck's articles name a person in: from the first to the last fact whose actors name
 * them (by all their names, or a part of two names or more: "Liaquat Ali Khan" is "Nawabzada Liaquat
 * Ali Khan", "Raheel Sharif" is not "Nawaz Sharif"). Null for no person.
 */
export function personSpan(
  person: string | undefined,
  facts: readonly ExtractedFact[],
  office: string | null = null,
  told: readonly { actors: readonly string[]; year: number }[] = facts.map((f) => ({
    actors: f.actors,
    year: yearOf({ value: f.date, precision: f.precision }),
  })),
): YearSpan | null {
  if (!person) return null;
  // Name parts as spelling-tolerant keys: "Musharraf" and "Musharaf" meet.
  const full = new Set(words(nameOf(person)).map(nameSkeleton));
  const only = full.size === 1 ? [...full][0] : undefined;
  const same = (actor: string): boolean => {
    const t = nameKeys(actor);
    // A person named by one word ("Musharraf") is met by that surname.
    if (only !== undefined) return t[t.length - 1] === only;
    return t.length >= 2 && t.every((w) => full.has(w));
  };
  const year = (f: ExtractedFact): number => yearOf({ value: f.date, precision: f.precision });
  const years = facts.filter((f) => f.actors.some(same)).map(year);
  if (years.length === 0) return null;
  // The first year a fact the deck tells gives the person the office the question names: no option
  // before it. (A sentence too tangled to be told is no witness to an office.)
  const inOffice = office
    ? told
        .filter((f) => f.actors.some((a) => same(a) && roleOf(a).toLowerCase().includes(office)))
        .map((f) => f.year)
    : [];
  return {
    from: Math.min(...years),
    to: Math.max(...years),
    ...(inOffice.length > 0 ? { notBefore: Math.min(...inOffice) } : {}),
  };
}

const OFFICE_ASKED = new RegExp(`\\b(${OFFICE_NAMES})\\b`, 'i');

/** The office a fact's question names ("the first Pakistani prime minister to visit …"), lower case. */
function officeAsked(d: FactDraft): string | null {
  const c = d.clause;
  return c ? (OFFICE_ASKED.exec(`${c.subject} ${c.rest}`)?.[1]?.toLowerCase() ?? null) : null;
}

/**
 * The person a fact is about: its first person, a subject led by an office ("President General
 * Musharraf"), or a subject that is a surname the articles know ("Bhutto").
 */
function personOf(d: FactDraft, surnames: ReadonlySet<string>): string | undefined {
  const subject = d.clause?.subject;
  const name = subject ? nameOf(subject) : '';
  // An office before a name, not a state ("the Soviet Union").
  const titled =
    subject &&
    name !== subject &&
    /^[A-Z]/.test(name) &&
    !isState(oneStateName(subject.replace(/^the\s+/i, '')))
      ? subject
      : undefined;
  const surname =
    subject && /^[A-Z][\w’'-]+$/.test(subject) && surnames.has(surnameKey(subject)) ? subject : undefined;
  return d.people[0] ?? titled ?? surname;
}

/**
 * The cards one fact keeps. Its "what" card ("What did X do on 13 August 1947?") and its "when"
 * card ("When did X present credentials?") give each other's answer away: the when card stays. A
 * minor fact keeps one card, its when (or else its first).
 */
function siblings(cards: readonly DeckCard[], weight: number): DeckCard[] {
  const asked = cards.some((c) => c.kind === 'when') ? cards.filter((c) => c.kind !== 'what') : [...cards];
  if (weight >= MINOR_BELOW) return asked;
  const one = asked.find((c) => c.kind === 'when') ?? asked[0];
  return one ? [one] : [];
}

/** Builds a deck. Deterministic: the same input gives the same deck, byte for byte once serialised. */
export function buildDeck(input: DeckInput): DeckBuild {
  const dropped: string[] = [];
  const results = [...input.results].sort((a, b) => a.source.localeCompare(b.source));
  const extracted = results.flatMap((r) =>
    [...r.facts].sort(
      (a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1] || a.summary.localeCompare(b.summary),
    ),
  );
  const traced: Traced[] = extracted.map((f, i) => ({ ...f, [ORIGIN]: i }));
  const extractedOnce = splitParticipleDeeds(
    carriedToYear(oneDatePerClause(distributeLists(dedupe(traced)))),
  );
  // What became of each extracted fact: the deck fact it joined (by its draft), or why it was left out.
  const fate = new Map<number, { draft: FactDraft | null; reason: string | null }>();
  const settle = (
    members: readonly ExtractedFact[],
    draft: FactDraft | null,
    reason: string | null,
  ): void => {
    // One extracted fact may stand in two groups (its two deeds): a card for either covers it.
    for (const m of members) if (!fate.get(originOf(m))?.draft) fate.set(originOf(m), { draft, reason });
  };
  const sources: Source[] = results.map((r) => ({
    id: sourceIdOf(r.source),
    file: r.source,
    title: r.meta.title,
    author: r.meta.author,
  }));
  const eras =
    input.eras ?? decadeEras(extracted.map((f) => yearOf({ value: f.date, precision: f.precision })));
  const surnames = knownSurnames(extractedOnce.map((f) => f.actors));
  const offices = knownOffices(extractedOnce.map((f) => f.actors));
  const parties = new Map(results.map((r) => [r.source, mainStates(r.facts, r.meta.title)]));
  const known = {
    deckParties: mainStates(extractedOnce),
    people: nationalities(extractedOnce),
    fullNames: fullNamesByOffice(extractedOnce),
  };
  const guard = input.copyRule === false ? new Set<string>() : copyIndex([...input.texts.values()]);

  const drafts: FactDraft[] = [];
  const members = new Map<string, readonly ExtractedFact[]>();
  const ids = new Set<string>();
  const toldOnce = new Set<string>();
  for (const group of mergeFacts(extractedOnce)) {
    const first = draftFact(group, eras, surnames, sourceIdOf, offices, parties, known);
    const conflict = first.fact.conflict;
    const deeds = conflict ? noteWithDeeds(group, conflict, (t) => copiedRun(t, guard) !== null) : null;
    const drafted =
      conflict && deeds
        ? { ...first, fact: { ...first.fact, conflict: { ...conflict, note: deeds } } }
        : first;
    // The clause retold as it stands may copy the article: then another verb, or the person's name
    // before their office, makes it ours; with none that passes, the fact is left out.
    // A long rest may copy where a shorter one would not: the shorter is tried last.
    const short = drafted.clause ? withShortRest(drafted.clause) : null;
    const names = drafted.people.map(nameOf);
    const own = drafted.clause
      ? [
          ...rewordings(drafted.clause, names),
          // Cut back, it must still name enough to be asked alone ("India lodged a protest" does not).
          ...(short && specific(short) ? rewordings(short, names) : []),
          ...shorterRests(drafted.clause).filter(specific),
        ].find((c) => copiedRun(retell(c), guard) === null)
      : undefined;
    // Questions keep the article's own verb where they can (do-support already rewords them); the
    // reworded clause is kept for the cards that would otherwise copy.
    let draft = own
      ? { ...drafted, reworded: own, fact: { ...drafted.fact, summary: retell(own) } }
      : drafted;
    const copied = copiedRun(draft.fact.summary, guard);
    if (copied) {
      // Told as the article tells it, shortened where it would copy; else the fact is left out.
      const event = eventText(
        { clause: draft.clauseText, actors: draft.fact.actors, date: draft.fact.date.value },
        parties.get(draft.source) ?? [],
      );
      const own = event ? uncopied(event, guard) : null;
      if (!own) {
        dropped.push(`fact "${draft.fact.summary}": copies "${copied}"`);
        settle(group, null, 'every way of telling it copies the article');
        continue;
      }
      draft = { ...draft, clause: null, fact: { ...draft.fact, summary: `${own}.` } };
    }
    // One event told twice in the same words (a sentence split into two facts) is kept once.
    const told = `${draft.fact.date.value}|${contentWords(draft.fact.summary).join(' ')}`;
    if (toldOnce.has(told)) {
      dropped.push(`fact "${draft.fact.summary}" (${draft.fact.date.value}): repeats another fact`);
      settle(group, null, 'repeats another fact');
      continue;
    }
    toldOnce.add(told);
    // Two events with one key keep distinct, stable ids: the later in date order gets a suffix.
    let id = draft.fact.id;
    for (let n = 2; ids.has(id); n++) id = `${draft.fact.id}-${n}`;
    ids.add(id);
    const final = { ...draft, fact: { ...draft.fact, id } };
    drafts.push(final);
    members.set(id, group);
  }
  drafts.sort((a, b) => a.sortKey.localeCompare(b.sortKey));
  // Ties dated after an envoy took up a post: a disagreement no single event shows.
  tiesAfterEnvoys(drafts).forEach((d, i) => {
    if (d.fact.conflict && !drafts[i]?.fact.conflict && copiedRun(d.fact.conflict.note, guard) === null)
      drafts[i] = d;
  });

  const keyCount = new Map<string, number>();
  for (const d of drafts) {
    const k = subjectDateKey(d);
    if (k) keyCount.set(k, (keyCount.get(k) ?? 0) + 1);
  }
  const ambiguous = ambiguousDrafts(drafts);
  const repeats = [...input.texts.values()]
    .flatMap((t) => splitSentences(t).map((sentence) => sentence.text))
    .filter((sentence) => REPEATED.test(sentence))
    .map((sentence) => new Set(words(sentence).map(nameSkeleton)));
  const lastYear = Math.max(...drafts.map((d) => yearOf(d.fact.date)));
  // Wrong options never go back before the first fact the deck can ask about.
  const firstYear = Math.min(
    ...drafts.filter((d) => d.clause && specific(d.clause)).map((d) => yearOf(d.fact.date)),
  );
  const eraById = new Map(eras.map((e) => [e.id, e]));
  // The people of the facts the deck can ask about, by year: witnesses to who held which office when.
  const toldActors = drafts
    .filter((d) => d.clause && specific(d.clause))
    .map((d) => ({ actors: d.fact.actors, year: yearOf(d.fact.date) }));
  const cards: DeckCard[] = [];
  const kept: FactDraft[] = [];
  const plainIds = new Set<string>();
  for (const d of drafts) {
    const era = eraById.get(d.fact.era);
    const key = subjectDateKey(d);
    const group = members.get(d.fact.id) ?? [];
    // A fact whose clause cannot be cut into the parts of a question is asked as the article tells it.
    const plain = (why: string): void => {
      if (d.passing) {
        const reason = 'its year dates only another happening the sentence names in passing';
        dropped.push(`fact "${d.fact.summary}" (${d.fact.date.value}): ${reason}`);
        settle(group, null, reason);
        return;
      }
      const event = eventText(
        { clause: d.clauseText, actors: d.fact.actors, date: d.fact.date.value },
        parties.get(d.source) ?? [],
      );
      const own = event ? uncopied(event, guard, (t) => [plainWhenCard(d, t).prompt]) : null;
      if (!own) {
        const reason = event ? 'every way of asking it would copy the article' : why;
        dropped.push(`fact "${d.fact.summary}" (${d.fact.date.value}): ${reason}`);
        settle(group, null, reason);
        return;
      }
      settle(group, d, null);
      kept.push(d);
      // The line shown with the answer tells the event, shortened where it would copy.
      const told = event ? uncopied(`${event}.`, guard) : null;
      const card = plainWhenCard(d, own, told ?? '');
      plainIds.add(card.id);
      cards.push(card);
    };
    if (!d.clause) {
      plain('the article does not say plainly what happened');
      continue;
    }
    if (!specific(d.clause)) {
      plain('the article names too little to ask about it alone');
      continue;
    }
    const repeated = repeatedVisit(d, repeats);
    const approximate = APPROXIMATE.test(d.sentence);
    const vague = ambiguous.has(d.fact.id) || repeated || approximate;
    if (vague)
      dropped.push(
        `when and mcq-date cards for "${d.fact.summary}": ${
          repeated
            ? 'an article says this visit was made more than once'
            : approximate
              ? 'its article dates it only loosely ("in the same period")'
              : 'the question also fits another fact'
        }`,
      );
    // The years the articles name the fact's person in, once per fact (the reworded cards share it).
    const span =
      era && !vague ? personSpan(personOf(d, surnames), extractedOnce, officeAsked(d), toldActors) : null;
    const write = (w: FactDraft): DeckCard[] =>
      [
        vague ? null : whenCard(w),
        whoCard(w),
        whatCard(w, key !== null && keyCount.get(key) === 1),
        era && !vague ? mcqDateCard(w, era, lastYear, firstYear, span) : null,
      ].filter((c): c is DeckCard => c !== null);
    const copies = (c: DeckCard): string | undefined =>
      cardTexts(c)
        .map((t) => copiedRun(t, guard))
        .find((x) => x !== null) ?? undefined;
    const reworded = d.reworded ? write({ ...d, clause: d.reworded }) : [];
    const clean = write(d).flatMap((c) => {
      if (!copies(c)) return [c];
      const other = reworded.find((r) => r.kind === c.kind);
      if (other && !copies(other)) return [other];
      dropped.push(`${c.kind} card for "${d.fact.summary}": copies "${copies(c)}"`);
      return [];
    });
    if (!clean.some((c) => c.kind === 'when' || c.kind === 'who')) {
      // Cards on its other sides may still stand beside the plain question.
      if (!vague) {
        plain('no clear question could be written');
        cards.push(...clean.filter(() => kept.at(-1) === d));
      } else {
        dropped.push(`fact "${d.fact.summary}" (${d.fact.date.value}): no clear question could be written`);
        settle(group, null, 'no question fits it alone: the articles tell more than one such event');
      }
      continue;
    }
    settle(group, d, null);
    kept.push(d);
    cards.push(...siblings(clean, importance(d)));
  }
  // One question, two answers: plain questions that read alike for facts of different dates (a list
  // of terms, "the cooperation agreement" of three years) ask nothing one can answer.
  const answersOf = new Map<string, Set<string>>();
  for (const c of cards) answersOf.set(c.prompt, (answersOf.get(c.prompt) ?? new Set()).add(c.answer));
  const clash = (c: DeckCard): boolean => (answersOf.get(c.prompt)?.size ?? 0) > 1;
  for (const c of cards.filter((x) => x.kind === 'when' && plainIds.has(x.id) && clash(x))) {
    const fact = c.facts[0] ?? '';
    dropped.push(`card "${c.prompt}": the same question fits facts of other dates`);
    for (const [origin, f] of fate)
      if (f.draft?.fact.id === fact)
        fate.set(origin, {
          draft: null,
          reason: 'the article tells it in the same words as events of other dates',
        });
  }
  const unclear = new Set(cards.filter((x) => plainIds.has(x.id) && clash(x)).map((x) => x.facts[0]));
  cards.splice(0, cards.length, ...cards.filter((x) => !unclear.has(x.facts[0] ?? '')));
  kept.splice(0, kept.length, ...kept.filter((d) => !unclear.has(d.fact.id)));
  for (const era of eras) {
    for (const c of orderCards(era, kept, (label) => copiedRun(label, guard) === null)) {
      if (cardTexts(c).some((t) => copiedRun(t, guard))) continue;
      cards.push({ ...c, sources: uniqueRefs(c.sources) });
    }
  }

  const eraRank = new Map(eras.map((e, i) => [e.id, i]));
  const factRank = new Map(kept.map((d, i) => [d.fact.id, i]));
  const weight = new Map(kept.map((d) => [d.fact.id, importance(d)]));
  cards.sort(
    (a, b) =>
      (eraRank.get(a.era) ?? 0) - (eraRank.get(b.era) ?? 0) ||
      Number(a.kind === 'order') - Number(b.kind === 'order') ||
      // New cards come in the order of what matters most, within each era.
      (weight.get(b.facts[0] ?? '') ?? 0) - (weight.get(a.facts[0] ?? '') ?? 0) ||
      (factRank.get(a.facts[0] ?? '') ?? 0) - (factRank.get(b.facts[0] ?? '') ?? 0) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      a.id.localeCompare(b.id),
  );
  // An era no card stands in is not offered: a student choosing it would find nothing to study.
  const usedEras = new Set(cards.map((c) => c.era));
  const deck: Deck = {
    format: DECK_FORMAT,
    id: input.id,
    title: input.title,
    description: input.description,
    version: '',
    eras: eras.filter((e) => usedEras.has(e.id)),
    sources,
    facts: kept.map((d) => d.fact),
    cards,
  };
  const cardCount = new Map<string, number>();
  for (const c of cards)
    if (c.kind !== 'order') for (const f of c.facts) cardCount.set(f, (cardCount.get(f) ?? 0) + 1);
  // A fact dropped before merging (told twice in one sentence, or a date standing beside another
  // event) takes the fate of the fact of its sentence that went on, when there is one.
  const bySpan = new Map<string, number>();
  for (const f of extractedOnce) bySpan.set(`${f.source}|${f.span[0]}|${f.span[1]}`, originOf(f));
  const outcomes = extracted.map((f, i): FactOutcome => {
    const base = { source: f.source, date: f.date, span: f.span };
    const own = fate.get(i);
    const twin = own ? undefined : fate.get(bySpan.get(`${f.source}|${f.span[0]}|${f.span[1]}`) ?? -1);
    const found = own ?? twin;
    if (!found) return { ...base, fact: null, cards: 0, reason: 'its sentence tells another event' };
    const fact = found.draft?.fact.id ?? null;
    const n = fact ? (cardCount.get(fact) ?? 0) : 0;
    return { ...base, fact, cards: n, reason: found.reason ?? (n === 0 ? 'no card' : null) };
  });
  const aliases = input.previous ? cardAliases(input.previous, deck) : {};
  const aliased: Deck = Object.keys(aliases).length > 0 ? { ...deck, aliases } : deck;
  return { deck: { ...aliased, version: hash64(JSON.stringify(aliased)) }, dropped, outcomes };
}
