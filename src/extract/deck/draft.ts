// A merged fact on its way into a deck: the schema fact plus what card writers need to phrase it.
import type { DateValue, Era, Fact, SourceRef } from '../../domain/deck-schema.ts';
import type { ExtractedFact } from '../types.ts';
import { isPerson, nameOf, roleOf, surnameKey } from './actors.ts';
import { type Clause, REPORTING, splitClause } from './clause.ts';
import { chooseDate, findConflict, type SourceIdOf } from './conflicts.ts';
import { dateSortKey, datesAgree, fineness, yearOf } from './dates.ts';
import { eraFor } from './eras.ts';
import { shortId } from './hash.ts';
import { dateOfFact } from './merge.ts';
import { contentWords, nameSkeleton } from './words.ts';

/** A clause told back as one plain sentence: "Soviet Premier Kosygin visited Pakistan." */
export function retell(clause: Clause): string {
  const text =
    `${clause.subject} ${clause.passive ? `${clause.passive} ` : ''}${clause.past}${clause.rest}`.trim();
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

export interface FactDraft {
  fact: Fact;
  /** The first past-tense clause of the summary, or null when none could be found. */
  clause: Clause | null;
  /** People among the actors, fullest spelling first per person. */
  people: string[];
  /** The clause retold from the article's sentence, offered as the fact's summary when the given one is bare. */
  retold?: string;
  /** Whether the fact's summary tells the event (and can answer a `what` card), not just its fields. */
  told: boolean;
  /** The article sentence the fact's words come from, for phrasing checks only. */
  sentence: string;
  /** A key for "same subject and date" checks. */
  sortKey: string;
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

/** "the Soviet Union", "the US", but "Pakistan". */
function withArticle(name: string): string {
  return /\b(?:Union|States|Kingdom|Republic|Federation|Emirates|Nations)$|^(?:USSR|US|USA|UK|UAE)$/.test(
    name,
  )
    ? `the ${name}`
    : name;
}

/**
 * Names the parties when the summary says only "the two countries", which means nothing out of
 * context; drops the clause when the actors do not name two parties.
 */
function clarify(
  clause: Clause | null,
  actors: readonly string[],
  surnames: ReadonlySet<string>,
): Clause | null {
  if (!clause || !VAGUE_PAIR.test(clause.subject)) return clause;
  const parties = actors.filter((a) => !isPerson(a, surnames)).slice(0, 2);
  const [a, b] = parties;
  if (!a || !b) return null;
  return { ...clause, subject: `${withArticle(a)} and ${withArticle(b)}` };
}

const OFFICE =
  /^(?:(?:Soviet|Russian|Pakistani|Indian|Chinese|American|British|Afghan|Deputy|Foreign|Defence|Defense|Prime|Vice|Army|Air|Chief|Field|Colonel|Lieutenant|General|President|Premier|Minister|Marshal|Admiral|Ambassador|Secretary|King|Queen|Sir|Mr|Gen)\s*)+$/;

const UNDONE =
  /\b(?:cancel\w*|postpon\w*|called off|never|not|declin\w*|refus\w*|expected|planned|would|will|bid|tried|attempt\w*)\b/i;

function withThe(name: string): string {
  return /^(?:the|a|an)\s/i.test(name) ? name : `the ${name}`;
}

/**
 * A clause built from the fact's fields when its summary has none we can use: a person's visit to a
 * place, the signing of a named agreement, or a country joining a named organisation.
 */
export function templateClause(fact: ExtractedFact, surnames: ReadonlySet<string>): Clause | null {
  const people = fact.actors.filter((a) => isPerson(a, surnames));
  const person = people.length === 1 ? people[0] : undefined;
  const party = fact.actors.find((a) => !isPerson(a, surnames) && a !== fact.object);
  // Fields say nothing of what happened: a cancelled visit or a refused seat looks the same.
  if (UNDONE.test(fact.sentence)) return null;
  const others = fact.actors.filter((a) => !isPerson(a, surnames));
  // Without a place, a visit by one person with one other party is read as a visit to that party.
  const where = fact.place ?? (others.length === 1 ? others[0] : undefined);
  if (fact.type === 'visit' && person && where) {
    // Keep a role only when it names an office: extracted roles can carry stray words ("Affairs X").
    const role = roleOf(person);
    const subject = OFFICE.test(role) && !/^[a-z]/.test(role) ? person : nameOf(person);
    return { subject, past: 'visited', infinitive: 'visit', passive: null, rest: ` ${withArticle(where)}` };
  }
  if (fact.type === 'agreement' && fact.object && /[A-Z]/.test(fact.object)) {
    return { subject: withThe(fact.object), past: 'signed', infinitive: 'sign', passive: 'was', rest: '' };
  }
  if (
    fact.type === 'organization' &&
    fact.object &&
    party &&
    /\b(?:join\w*|member\w*|admi(?:t|ss)\w*|acce(?:de|ssion)\w*)\b/i.test(fact.sentence)
  ) {
    return {
      subject: withArticle(party),
      past: 'joined',
      infinitive: 'join',
      passive: null,
      rest: ` ${withArticle(fact.object)}`,
    };
  }
  return null;
}

/** The member whose words the fact uses: one agreeing with the shown date, finest first, then by source. */
function representative(members: readonly ExtractedFact[], shown: DateValue): ExtractedFact {
  const ranked = [...members].sort(
    (a, b) =>
      Number(datesAgree(dateOfFact(b), shown)) - Number(datesAgree(dateOfFact(a), shown)) ||
      fineness(dateOfFact(b)) - fineness(dateOfFact(a)) ||
      a.source.localeCompare(b.source) ||
      a.paragraph - b.paragraph,
  );
  const first = ranked[0];
  if (!first) throw new Error('representative: no members');
  return first;
}

/** The normalised key a fact id is derived from: type, year, lead person and distinctive words. */
export function factKey(rep: ExtractedFact, year: number, lead: string | null): string {
  const words = [...new Set(contentWords(`${rep.object ?? ''} ${rep.place ?? ''} ${rep.summary}`))]
    .slice(0, 6)
    .sort();
  return [rep.type, year, lead ?? '', ...words].join('|');
}

/** Builds the draft of one merged fact. `surnames` are the known surname keys of the whole deck. */
export function draftFact(
  members: readonly ExtractedFact[],
  eras: readonly Era[],
  surnames: ReadonlySet<string>,
  sourceId: SourceIdOf,
): FactDraft {
  const date = chooseDate(members);
  const rep = representative(members, date);
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
  const fromSummary = clarify(splitClause(rep.summary), actors, surnames);
  // A summary built from fields alone ("Visit involving X (1968)") has no clause: read the sentence.
  const read = fromSummary ? null : clarify(splitClause(rep.sentence, false), actors, surnames);
  const fromSentence = read && !REPORTING.test(read.infinitive) ? read : null;
  const clause = fromSummary ?? fromSentence ?? templateClause(rep, surnames);
  const retold = fromSentence ? retell(fromSentence) : null;
  return {
    fact,
    clause,
    people,
    sortKey: `${dateSortKey(date)}|${fact.id}`,
    ...(retold ? { retold } : {}),
    told: fromSummary !== null,
    sentence: rep.sentence,
  };
}
