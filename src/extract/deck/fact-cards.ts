// Cards about one fact: when (date recall), who, what (the event) and mcq-date.

import { formatDateValue, MONTHS } from '../../domain/date-format.ts';
import type { DateValue, DeckCard, Era } from '../../domain/deck-schema.ts';
import { isState } from '../actors.ts';
import { type Clause, inQuestion } from '../retell.ts';
import { isRoleWord, nameOf } from './actors.ts';
import { dateBounds, yearOf } from './dates.ts';
import type { FactDraft } from './draft.ts';
import { seededUnit, shortId } from './hash.ts';
import { capitalise, datePhrase, roleInSentence, whenWord, yearsIn } from './phrasing.ts';
import { DEMONYM_NAMES, demonym as demonymOf } from './states.ts';
import { nameSkeleton, words } from './words.ts';

type CardBody = Pick<DeckCard, 'prompt' | 'answer' | 'explanation'> & Partial<Pick<DeckCard, 'choices'>>;

function card(draft: FactDraft, kind: DeckCard['kind'], body: CardBody): DeckCard {
  const { fact } = draft;
  return {
    id: shortId('c-', `${fact.id}|${kind}`),
    kind,
    facts: [fact.id],
    era: fact.era,
    ...body,
    sources: fact.sources,
    conflict: fact.conflict,
  };
}

/** The fact told in one line; a conflict travels on the card itself and is shown apart. */
function explanation(draft: FactDraft): string {
  return draft.fact.summary;
}

/** Years any source gives for the fact; a prompt naming one of them gives the answer away. */
function claimYears(draft: FactDraft): Set<number> {
  const years = new Set([yearOf(draft.fact.date)]);
  for (const c of draft.fact.conflict?.field === 'date' ? draft.fact.conflict.claims : []) {
    for (const y of yearsIn(c.value)) years.add(y);
  }
  return years;
}

function revealsDate(prompt: string, draft: FactDraft): boolean {
  const years = claimYears(draft);
  return yearsIn(prompt).some((y) => years.has(y));
}

/** Nouns naming a thing that happened: its date is asked as "When did … take place?". */
const HAPPENING =
  /\b(?:incident|crisis|war|attack|summit|conference|festival|exercises?|invasion|coup|uprising|crash|accident|blast|riots?|tests?|explosion|raid|bombing|earthquake|floods?)$/i;

/** Nouns of happenings that take a place's name: "the Uri attack", "the Kargil war". */
export const NAMED_HAPPENING_NOUNS = 'attack|bombing|blast|war|crisis|incident|coup|earthquake|floods?';

/** "The Soviet invasion of Afghanistan", "the bombing of the embassy": a happening with its object. */
const HAPPENING_OF =
  /\b(?:incident|crisis|war|attack|invasion|occupation|coup|uprising|bombing|siege|fall|partition|annexation|blockade)\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*$/;

/** Nouns that make a name specific on its own: "the Tashkent Declaration", "Pakistan Steel Mills". */
const NAMED_THING =
  /\b(?:Declaration|Agreement|Accord|Treaty|Pact|Organi[sz]ation|Mills?|Fields|Corridor|Charter|Protocol|Summit|Conference|Exercises?|Council|Bank|Forum|Mission|Operation|War|Incident|Crisis|Festival|Programme|Program|Initiative|Project|Line|Plan|Act|Resolution|Doctrine|Pipeline|Dam|Port|Pass|Highway|Road|Railway|Canal|Bridge|Tunnel|Airport|University|Movement|Revolution|Games|Cup)$/;

/**
 * Whether the clause names enough to be asked about alone: two names ("Fradkov … Pakistan"), or one
 * name of a treaty, an organisation or an incident. "India lodged a protest" does not: about what?
 */
/** "tried to extend relations": an attempt with no outcome says too little to be asked about. */
const ATTEMPT = /^(?:try|attempt|seek|strive|aim|hope|wish|want|intend)$/;

/** Diplomatic figures of speech that no date pins down: "extended its hand of friendship". */
const FIGURE_OF_SPEECH =
  /\b(?:hand of friendship|new chapter|new page|new era|new heights|further heights|(?:its|their|his|her) revenge)\b/i;

export function specific(clause: Clause): boolean {
  if (ATTEMPT.test(clause.infinitive.toLowerCase())) return false;
  if (FIGURE_OF_SPEECH.test(clause.rest)) return false;
  // "established an oil consortium", "signed an agreement": which one? Nothing in the clause says.
  if (!clause.passive && /^\s+(?:a|an)\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*$/.test(clause.rest)) return false;
  // "the Uri attack", "the Kargil war": a happening named after its place is one event.
  if (new RegExp(`[A-Z][\\w’'-]*\\s+(?:${NAMED_HAPPENING_NOUNS})$`).test(clause.subject)) {
    return true;
  }
  const text = `${clause.subject} ${clause.past}${clause.rest}`.replace(/^(?:The|A|An)\s+/, '');
  const runs = text.match(/(?:[“"]?[A-Z][\w’'./-]*[”"]?(?:\s+(?:of\s+(?:the\s+)?)?(?=[“"]?[A-Z]))?)+/g) ?? [];
  if (runs.length >= 2) return true;
  return runs.some((r) => NAMED_THING.test(r.trim()));
}

/** "When did Soviet Premier Kosygin visit Pakistan?", or null when the summary gives no usable clause. */
export function whenPrompt(draft: FactDraft): string | null {
  const c = draft.clause;
  if (!c) return null;
  // "From 1950 the Soviets treated India as an ally": a state that began then, asked as such.
  // Only the fact's own year counts: "from 1988 to 2001 …, in 1998 the US imposed sanctions" is not "since 1998".
  const since = new RegExp(
    `\\b(?:from|since)\\s+(?:\\w+\\s+)?${yearOf(draft.fact.date)}\\b(?!\\s*(?:-|–|to)\\s*\\d)`,
    'i',
  ).test(`${draft.fact.summary} ${draft.sentence}`);
  // "A festival of Soviet films was held": one of many such, so the year is given and its months asked.
  const months = /^(?:a|an)\s/i.test(c.subject) ? monthsOfOneYear(draft.fact.date) : null;
  const w = months
    ? `In which ${months.count > 1 ? 'months' : 'month'} of ${months.year}`
    : since && draft.fact.date.precision === 'year'
      ? 'From which year'
      : whenWord(draft.fact.date);
  const prompt =
    // "The invasion of X drew A and B closer": the date is the invasion's, and so is the question.
    !c.passive && (HAPPENING.test(c.subject) || HAPPENING_OF.test(c.subject))
      ? `${w} did ${inQuestion(c.subject)} take place?`
      : c.passive
        ? `${w} ${c.passive} ${inQuestion(c.subject)} ${c.past}${c.rest}?`
        : `${w} did ${inQuestion(c.subject)} ${c.infinitive}${c.rest}?`;
  if ((!months && revealsDate(prompt, draft)) || words(prompt).length < 5) return null;
  return prompt;
}

/** The year and number of months of a date that is a month, or a run of months within one year. */
function monthsOfOneYear(date: DateValue): { year: number; count: number } | null {
  if (date.precision === 'month') return { year: yearOf(date), count: 1 };
  const [a, b] = date.value.split('/');
  if (
    date.precision !== 'range' ||
    !a ||
    !b ||
    a.length !== 7 ||
    b.length !== 7 ||
    a.slice(0, 4) !== b.slice(0, 4)
  ) {
    return null;
  }
  return { year: yearOf(date), count: Number(b.slice(5)) - Number(a.slice(5)) + 1 };
}

export function whenCard(draft: FactDraft): DeckCard | null {
  const prompt = whenPrompt(draft);
  if (!prompt) return null;
  return card(draft, 'when', {
    prompt,
    answer: formatDateValue(draft.fact.date),
    explanation: explanation(draft),
  });
}

/** The person the clause's subject names, with the role words around the name, if the subject is just that. */
function subjectPerson(draft: FactDraft): { person: string; role: string } | null {
  const c = draft.clause;
  if (!c) return null;
  const subjectWords = c.subject.split(/\s+/);
  for (const person of draft.people) {
    const nameKeys = new Set(words(nameOf(person)).map(nameSkeleton));
    const rest = subjectWords.filter((w) => !nameKeys.has(nameSkeleton(w)));
    if (rest.length === subjectWords.length) continue;
    if (!rest.every((w) => isRoleWord(w))) continue;
    // "army chief Gen" reads badly as "Which army chief Gen…": drop a trailing abbreviated title.
    const role = rest
      .join(' ')
      .replace(/[,;:]/g, '')
      .replace(/^(?:Gen|Gen\.)$/, 'General')
      .replace(/\s*\b(?:Gen|Col|Lt|Capt|Mr|Mrs|Dr|Sir)\.?$/, '');
    return { person: nameOf(person), role };
  }
  return null;
}

/** A role that already says whose it is: "Russian president", "Soviet premier", "Indian ambassador". */
const NATIONAL = new RegExp(`\\b(?:[A-Z][a-z]+(?:i|ian|ish|ese|an|ic)|${DEMONYM_NAMES})\\b`);

export function whoCard(draft: FactDraft): DeckCard | null {
  const c = draft.clause;
  const hit = subjectPerson(draft);
  if (!c || !hit) return null;
  const surname = nameSkeleton(hit.person.split(' ').pop() ?? '');
  if (words(c.rest).some((w) => nameSkeleton(w) === surname)) return null;
  const verb = c.passive ? `${c.passive} ${c.past}` : c.past;
  const office =
    /\b(?:minister|president|premier|general|chief|ambassador|secretary|king|queen|colonel|commander|admiral|marshal|governor|chancellor)\b/i;
  // "Who visited Moscow?" fits anyone: the question names the office, or the person's role in the
  // event ("who, as Pakistan's first ambassador, presented…"); a person with no role is not asked.
  if (!hit.role || !office.test(hit.role)) return null;
  // "which president first visited …" reads as the first president ever: the adverb goes.
  let role = hit.role.replace(/\s+(?:first|also|then|later|again|finally|once)$/i, '');
  // "who, as Pakistan's first Prime Minister, …" names its answer: a head of government or state
  // with an ordinal is asked by nationality and office alone ("which Pakistani prime minister").
  const headOf =
    /^(\S+?)['’]s\s+(?:first|second|third|last)\s+((?:prime\s+minister|president|premier|governor[-\s]general)\b.*)$/i.exec(
      role,
    );
  const headState = headOf?.[1] ? demonymOf(headOf[1]) : null;
  if (headOf?.[2] && headState) role = `${headState} ${headOf[2]}`;
  // "Which general visited Moscow?": the general's nationality, when the event says it, narrows it.
  const national =
    draft.nation && !/['’]s\b/.test(role) && !NATIONAL.test(role) ? `${draft.nation} ${role}` : role;
  const opener = /['’]s\b/.test(role) ? `who, as ${role},` : `which ${roleInSentence(national)}`;
  // The date goes first so it cannot be read as part of the clause ("…ties with India in 2010?").
  const prompt = `${capitalise(datePhrase(draft.fact.date))}, ${opener} ${verb}${c.rest}?`;
  return card(draft, 'who', { prompt, answer: hit.person, explanation: explanation(draft) });
}

/** A key for "the same subject at the same date", used to keep `what` cards unambiguous. */
export function subjectDateKey(draft: FactDraft): string | null {
  const c = draft.clause;
  if (!c) return null;
  const hit = subjectPerson(draft);
  const who = hit ? nameSkeleton(hit.person.split(' ').pop() ?? '') : words(c.subject).join(' ');
  return `${who}|${yearOf(draft.fact.date)}`;
}

/**
 * "What did Soviet Premier Kosygin do on 17 April 1968?" — only for an active clause whose subject is a
 * person, or a named subject with a day or month date; `unique` says no other fact shares subject and year.
 */
export function whatCard(draft: FactDraft, unique: boolean): DeckCard | null {
  const c = draft.clause;
  if (!c || c.passive || !unique || !draft.told || /^(die|pass away)$/.test(c.infinitive)) return null;
  const named = subjectPerson(draft) !== null;
  // "What did Putin do in 2012?" has several answers in a busy year: only a day or a month is asked.
  const fine = draft.fact.date.precision === 'day' || draft.fact.date.precision === 'month';
  const proper = /^[A-Z]/.test(inQuestion(c.subject));
  // "What did Russia do on 2 June 2014?": a state does many things on a day; the question points nowhere.
  if (!fine || !(named || proper) || isState(c.subject.replace(/^the\s+/i, ''))) return null;
  const who = inQuestion(c.subject).replace(/\s+(?:first|also|then|later|again|finally|once)$/i, '');
  const prompt = `What did ${who} do ${datePhrase(draft.fact.date)}?`;
  return card(draft, 'what', {
    prompt,
    answer: capitalise(draft.fact.summary),
    explanation: `${formatDateValue(draft.fact.date)}.`,
  });
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** How far from the answer a wrong year may lie, before the window widens for want of years. */
const NEAR_YEARS = 4;
/** The Soviet Union ended in December 1991. */
const LAST_SOVIET_YEAR = 1991;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Three wrong dates at the fact's precision: years near the answer inside its era (open eras end at
 * `lastYear`), never before the deck's first year `firstYear`, none a year any source gives. Months
 * and days move a little around the answer's, each within its own month's length, so no option
 * stands out by its day.
 */
export function distractors(
  draft: FactDraft,
  era: Era,
  lastYear: number,
  firstYear = Number.NEGATIVE_INFINITY,
  span: YearSpan | null = null,
): string[] | null {
  const { date } = draft.fact;
  if (date.precision !== 'year' && date.precision !== 'month' && date.precision !== 'day') return null;
  const year = yearOf(date);
  const taken = claimYears(draft);
  const floor = Number.isFinite(firstYear) ? firstYear : Number.NEGATIVE_INFINITY;
  // No option before the person held the office the question names, whichever way options are found.
  const notBefore = Math.min(span?.notBefore ?? Number.NEGATIVE_INFINITY, year);
  const low = Math.max(era.from ?? year - 8, floor, notBefore);
  // An open-ended era stops at the deck's last year: options from the future are not plausible.
  // A deed of the Soviet Union has no option after its end (1991).
  const soviet = year <= LAST_SOVIET_YEAR && /\b(?:Soviet Union|USSR)\b/.test(draft.fact.summary);
  const ceiling = soviet ? LAST_SOVIET_YEAR : Number.POSITIVE_INFINITY;
  const high = Math.min(era.to ?? Math.max(lastYear, year + 2), ceiling);
  if (span) {
    // The fact itself names the person in its year, whatever the other facts say.
    const known = { ...span, from: Math.min(span.from, year), to: Math.max(span.to, year) };
    const years = spanYears(known, year, low, high, taken, date.precision !== 'year', floor);
    if (years) return optionsFor(draft, pickThree(draft, years));
  }
  let reach = NEAR_YEARS;
  const pool = (): number[] => {
    const out: number[] = [];
    const from = Math.max(low, year - reach);
    const to = Math.min(high, year + reach);
    // The deck's first year has months before its first fact ("January 1947" before an August 1947
    // start): a wrong month or day there may come before anything the deck tells.
    const early = (y: number): boolean => y === floor && y !== year && date.precision !== 'year';
    for (let y = from; y <= to; y++) if (!taken.has(y) && !early(y)) out.push(y);
    // A narrow era with few free years: look past its edges, still never before the deck's start.
    if (out.length < 3 && reach > 2 * NEAR_YEARS) {
      for (let y = Math.max(floor, notBefore, year - reach); y <= Math.min(ceiling, year + reach); y++) {
        if (!taken.has(y) && !out.includes(y) && !early(y)) out.push(y);
      }
    }
    return out;
  };
  let free = pool();
  while (free.length < 3 && reach < 100) {
    reach += 2;
    free = pool();
  }
  if (free.length < 3) return null;
  return optionsFor(draft, pickThree(draft, free));
}

/** Three of the years, the same three for the same fact on every run. */
function pickThree(draft: FactDraft, years: readonly number[]): number[] {
  return years
    .map((y, i) => ({ y, r: seededUnit(`${draft.fact.id}|${y}${years.indexOf(y) === i ? '' : `|${i}`}`) }))
    .sort((a, b) => a.r - b.r)
    .slice(0, 3)
    .map((x) => x.y);
}

/** The years a person named by the fact is known to the deck: the first and last year of the facts naming them. */
export interface YearSpan {
  from: number;
  to: number;
  /** The first year the person held the office the question names, when the articles say. */
  notBefore?: number;
}

/**
 * Three option years inside the years the fact's person is known to the deck (a prime minister's
 * visit gets no option after the prime minister's death or term), widened a year at a time until
 * three are free; a month or a day may take the answer's own year, in another month. Null when
 * the span, widened by three years, still has too few.
 */
function spanYears(
  span: YearSpan,
  year: number,
  low: number,
  high: number,
  taken: ReadonlySet<number>,
  finer: boolean,
  floor: number,
): number[] | null {
  for (let slack = 0; slack <= 3; slack++) {
    const from = Math.max(low, floor, span.from - slack, span.notBefore ?? Number.NEGATIVE_INFINITY);
    const to = Math.min(high, span.to + slack);
    const free: number[] = [];
    for (let y = from; y <= to; y++) if (!taken.has(y)) free.push(y);
    // The answer's own year, for options in other months.
    const same = finer ? [year, year, year] : [];
    if (free.length >= 3) return free;
    if (free.length + same.length >= 3) return [...free, ...same].slice(0, 3);
  }
  return null;
}

/** The three wrong dates for three option years, at the fact's precision. */
function optionsFor(draft: FactDraft, years: readonly number[]): string[] {
  const { date } = draft.fact;
  const year = yearOf(date);
  const bounds = dateBounds(date);
  const month = Math.floor(bounds.from / 100) % 100;
  const day = bounds.from % 100;
  // Three different day shifts, so the wrong days differ from each other as well as from the answer's.
  const dayShifts = [-5, -4, -3, -2, -1, 1, 2, 3, 4, 5]
    .map((k) => ({ k, r: seededUnit(`${draft.fact.id}|d|${k}`) }))
    .sort((a, b) => a.r - b.r)
    .slice(0, 3)
    .map((x) => x.k);
  // Options in the answer's own year move one to three months away, each a different way.
  const sameYearShifts = [-3, -2, -1, 1, 2, 3]
    .map((k) => ({ k, r: seededUnit(`${draft.fact.id}|s|${k}`) }))
    .sort((a, b) => a.r - b.r)
    .map((x) => x.k);
  let sameYear = 0;
  return years.map((y, i) => {
    const seed = seededUnit(`${draft.fact.id}|m|${i}`);
    if (date.precision === 'year') return formatDateValue({ value: String(y), precision: 'year' });
    // Shift the month a little so options differ in more than the year, without looking random.
    const shift = y === year ? (sameYearShifts[sameYear++] ?? 1) : Math.floor(seed * 5) - 2;
    const m = ((month - 1 + shift + 12) % 12) + 1;
    if (date.precision === 'month') return formatDateValue({ value: `${y}-${pad(m)}`, precision: 'month' });
    const last = daysIn(y, m);
    const shifted = day + (dayShifts[i] ?? 0);
    // Past the month's end or before its start, the shift turns back inside the month.
    const d = Math.min(
      last,
      Math.max(1, shifted > last ? 2 * last - shifted : shifted < 1 ? 2 - shifted : shifted),
    );
    return formatDateValue({ value: `${y}-${pad(m)}-${pad(d)}`, precision: 'day' });
  });
}

/** A multiple-choice date card, skipped when the sources disagree on the date. */
export function mcqDateCard(
  draft: FactDraft,
  era: Era,
  lastYear: number,
  firstYear?: number,
  span: YearSpan | null = null,
): DeckCard | null {
  if (draft.fact.conflict?.field === 'date') return null;
  const prompt = whenPrompt(draft);
  // Months asked within a given year: options in other years would give the answer away.
  if (prompt?.startsWith('In which month')) return null;
  const wrong = distractors(draft, era, lastYear, firstYear, span);
  if (!prompt || !wrong) return null;
  const answer = formatDateValue(draft.fact.date);
  const options = [answer, ...wrong];
  if (new Set(options).size !== 4) return null;
  // In date order: options may share a year and differ in the month.
  const order = (text: string): number => {
    const y = yearsIn(text)[0] ?? 0;
    const m = MONTHS.findIndex((name) => text.includes(name)) + 1;
    const d = Number(/^(\d{1,2})\s/.exec(text)?.[1] ?? 0);
    return y * 10000 + m * 100 + d;
  };
  const choices = [...options].sort((a, b) => order(a) - order(b));
  return card(draft, 'mcq-date', { prompt, answer, explanation: explanation(draft), choices });
}
