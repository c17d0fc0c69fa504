// Where sources disagree about one event: which date to show, and the conflict (dates, then names).

import { formatDateValue } from '../../domain/date-format.ts';
import type { Conflict, DateValue } from '../../domain/deck-schema.ts';
import type { ExtractedFact } from '../types.ts';
import { isPerson, nameOf, surnameKey } from './actors.ts';
import { dateSortKey, datesAgree, fineness } from './dates.ts';
import { dateOfFact } from './merge.ts';
import { nameSkeleton, words } from './words.ts';

/**
 * The date a merged fact shows: the finest claim among those most sources agree with; ties go to the
 * earlier date. Where the sources disagree and only one source gives that finer date, the answer says
 * no more than the agreeing sources share ("1966" where one gives 6 January 1966, another 1966 and a
 * third 1965): the finer claim stays in the conflict's list. Members must not be empty.
 */
export function chooseDate(all: readonly ExtractedFact[]): DateValue {
  // A date read off "soon after independence in 1947" is a bound, not an answer, while another source gives one.
  const exact = all.filter((m) => !roughDate(m));
  const members = exact.length > 0 ? exact : all;
  const dates = members.map(dateOfFact);
  let best: DateValue | undefined;
  let bestKey = '';
  for (const d of dates) {
    const support = dates.filter((o) => datesAgree(d, o)).length;
    const key = `${String(support).padStart(3, '0')}-${fineness(d)}-${invert(dateSortKey(d))}`;
    if (best === undefined || key > bestKey) {
      best = d;
      bestKey = key;
    }
  }
  if (!best) throw new Error('chooseDate: no members');
  const shown = best;
  const agreeing = members.filter((m) => datesAgree(dateOfFact(m), shown));
  if (agreeing.length === members.length) return shown;
  const finest = new Set(
    agreeing.filter((m) => fineness(dateOfFact(m)) === fineness(shown)).map((m) => m.source),
  );
  if (finest.size > 1 || new Set(agreeing.map((m) => m.source)).size < 2) return shown;
  return agreeing.map(dateOfFact).reduce((coarse, d) => (fineness(d) < fineness(coarse) ? d : coarse), shown);
}

function invert(key: string): string {
  return [...key].map((c) => (/\d/.test(c) ? String(9 - Number(c)) : c)).join('');
}

function joinClaims(values: readonly string[]): string {
  const [first, ...rest] = values;
  if (rest.length === 0) return `${first}`;
  if (rest.length === 1) return `one source gives ${first}, another ${rest[0]}`;
  return `one source gives ${first}, others ${rest.slice(0, -1).join(', ')} and ${rest[rest.length - 1]}`;
}

/**
 * Whether a fact's year comes from a time it followed ("Soon after independence in 1947, the leaders
 * invited …"): the clause itself names no year, and its sentence puts the year after "soon after".
 */
export function roughDate(fact: ExtractedFact): boolean {
  const year = fact.date.slice(0, 4);
  if (!/^\d{4}$/.test(year) || fact.clause.includes(year)) return false;
  return new RegExp(
    `\\b(?:soon|shortly|immediately|just|not\\s+long)\\s+after\\b[^.;]*?\\b${year}\\b`,
    'i',
  ).test(fact.sentence);
}

function dateConflict(
  members: readonly ExtractedFact[],
  shown: DateValue,
  sourceId: SourceIdOf,
): Conflict | null {
  if (members.every((m) => datesAgree(dateOfFact(m), shown))) return null;
  const raw = members.map((m) => ({ source: sourceId(m.source), date: dateOfFact(m), rough: roughDate(m) }));
  // A source's coarse claim that its own finer one refines ("March 1963" beside "2 March 1963") is one claim.
  const refined = raw.filter(
    (c) =>
      !raw.some(
        (o) =>
          o !== c &&
          o.source === c.source &&
          fineness(o.date) > fineness(c.date) &&
          datesAgree(o.date, c.date),
      ),
  );
  const claims = uniqueClaims(refined);
  const values = [...new Set(claims.map((c) => c.value))];
  if (values.length < 2) return null;
  // One article telling one event with two dates contradicts itself: say so, not "another source".
  const oneSource = new Set(claims.map((c) => c.source)).size === 1;
  const sides = sidesOf(refined);
  const note = oneSource
    ? `The same article gives ${values.slice(0, -1).join(', ')} in one place and ${values[values.length - 1]} in another.`
    : sides.length < values.length
      ? `${capitalise(sides.join(', '))}.`
      : `${capitalise(joinClaims(values))}.`;
  return { field: 'date', claims: claims.map(({ source, value }) => ({ source, value })), note };
}

/** Counts as words: "two sources", "a three-day visit". */
const NUMBER_WORDS =
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen'.split(' ');

/**
 * Claims that agree with each other ("1966" and "6 January 1966") told as one side of the
 * disagreement: "one source gives 1965", "two 1966 (one of them 6 January 1966)". Sides come in
 * date order; each is named by its coarsest claim, its finer claims in brackets.
 */
function sidesOf(raw: readonly { source: string; date: DateValue }[]): string[] {
  const sorted = [...raw].sort((a, b) => dateSortKey(a.date).localeCompare(dateSortKey(b.date)));
  const sides: { source: string; date: DateValue }[][] = [];
  for (const c of sorted) {
    const side = sides.find((s) => s.every((o) => datesAgree(o.date, c.date)));
    if (side) side.push(c);
    else sides.push([c]);
  }
  return sides.map((side, i) => {
    const sources = new Set(side.map((c) => c.source)).size;
    const byFineness = [...side].sort((a, b) => fineness(a.date) - fineness(b.date));
    const coarse = byFineness[0]?.date;
    const head = coarse ? formatDateValue(coarse) : '';
    const finer = [...new Set(byFineness.slice(1).map((c) => formatDateValue(c.date)))].filter(
      (v) => v !== head,
    );
    const count = NUMBER_WORDS[sources - 1] ?? String(sources);
    const who =
      i === 0
        ? `${count} source${sources > 1 ? 's give' : ' gives'}`
        : sources > 1
          ? `${count} others`
          : 'another';
    const detail = finer.length > 0 ? ` (${sources > 1 ? 'one of them ' : ''}${finer.join(', ')})` : '';
    return `${who} ${head}${detail}`;
  });
}

function uniqueClaims(
  raw: { source: string; date: DateValue; rough: boolean }[],
): { source: string; value: string }[] {
  const seen = new Set<string>();
  const out: { source: string; value: string; key: string }[] = [];
  for (const c of raw) {
    const value = `${c.rough ? 'soon after ' : ''}${formatDateValue(c.date)}`;
    const k = `${c.source}|${value}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ source: c.source, value, key: dateSortKey(c.date) });
  }
  return out.sort((a, b) => a.key.localeCompare(b.key) || a.source.localeCompare(b.source));
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Given names that two spellings of one person do not share (spelling variants excepted). */
function differentGivenNames(a: string, b: string): boolean {
  const ga = words(nameOf(a)).slice(0, -1).map(nameSkeleton);
  const gb = words(nameOf(b)).slice(0, -1).map(nameSkeleton);
  if (ga.length === 0 || gb.length === 0) return false;
  return ga.some((g) => !gb.includes(g)) && gb.some((g) => !ga.includes(g));
}

function nameConflict(
  members: readonly ExtractedFact[],
  surnames: ReadonlySet<string>,
  sourceId: SourceIdOf,
): Conflict | null {
  const people = members.flatMap((m) =>
    m.actors
      .filter((a) => isPerson(a, surnames))
      .map((a) => ({ source: sourceId(m.source), name: nameOf(a) })),
  );
  for (const p of people) {
    const clash = people.find(
      (q) =>
        q.source !== p.source &&
        surnameKey(q.name) === surnameKey(p.name) &&
        differentGivenNames(p.name, q.name),
    );
    if (!clash) continue;
    const claims = [p, clash]
      .map((c) => ({ source: c.source, value: c.name }))
      .sort((x, y) => x.source.localeCompare(y.source));
    return {
      field: 'name',
      claims,
      note: `The sources name this person differently: ${claims.map((c) => c.value).join(' or ')}.`,
    };
  }
  return null;
}

export type SourceIdOf = (file: string) => string;

/** A count of days as news copy writes it: "23", "three". */
export const DAY_COUNT = `(?:\\d{1,3}|${NUMBER_WORDS.join('|')})`;
const DAYS = new RegExp(`\\b(${DAY_COUNT})[\\s-]days?\\b`, 'i');

/** How many days a source says the event lasted: "23 days", "a three-day visit", or a range of days. */
export function lengthInDays(fact: ExtractedFact): number | null {
  const m = DAYS.exec(`${fact.summary} ${fact.sentence}`);
  if (m?.[1]) {
    const n = /^\d+$/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS.indexOf(m[1].toLowerCase()) + 1;
    return n > 0 ? n : null;
  }
  const [a, b] = fact.date.split('/');
  if (fact.precision === 'range' && a && b && a.length === 10 && b.length === 10) {
    return Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000) + 1;
  }
  return null;
}

function lengthConflict(members: readonly ExtractedFact[], sourceId: SourceIdOf): Conflict | null {
  const claims = members
    .map((m) => ({ source: sourceId(m.source), days: lengthInDays(m) }))
    .filter((c): c is { source: string; days: number } => c.days !== null);
  const values = [...new Set(claims.map((c) => c.days))].sort((a, b) => a - b);
  if (values.length < 2) return null;
  const unique = [...new Map(claims.map((c) => [`${c.source}|${c.days}`, c])).values()].sort(
    (x, y) => x.days - y.days || x.source.localeCompare(y.source),
  );
  return {
    field: 'length',
    claims: unique.map((c) => ({ source: c.source, value: `${c.days} days` })),
    note: `${capitalise(joinClaims(values.map((d) => `${d} days`)))}.`,
  };
}

/** The disagreement among a merged fact's sources (dates, then names, then lengths), or null. */
export function findConflict(
  members: readonly ExtractedFact[],
  shown: DateValue,
  surnames: ReadonlySet<string>,
  sourceId: SourceIdOf,
): Conflict | null {
  return (
    dateConflict(members, shown, sourceId) ??
    nameConflict(members, surnames, sourceId) ??
    lengthConflict(members, sourceId)
  );
}
