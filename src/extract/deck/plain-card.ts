// The card every fact gets when no question can be built from its clause's parts: the event told as
// the article tells it (dates taken out, links to the sentence before dropped, "the two countries"
// named), then its date asked at the precision the sources agree on.

import { formatDateValue } from '../../domain/date-format.ts';
import type { DateValue, DeckCard } from '../../domain/deck-schema.ts';
import { isState } from '../actors.ts';
import { dateSpans } from '../dates/index.ts';
import { namesCountry, verbsOf } from '../nlp.ts';
import { inQuestion, withoutDates } from '../retell.ts';
import type { ExtractedFact } from '../types.ts';
import { isPerson, nameOf } from './actors.ts';
import type { FactDraft } from './draft.ts';
import { shortId } from './hash.ts';
import { capitalise, whenWord } from './phrasing.ts';
import { words } from './words.ts';

/** Words that tie a clause to the sentence before it, not to its own event. */
const LINK =
  /^(?:(?:[A-Z][a-z]+ly|Moreover|Furthermore|However|Meanwhile|Then|Later|Also|Thus|Hence|Still|Indeed|Subsequently|Again|Yet|Conversely|Likewise|Besides|Notably|Similarly|Accordingly|Nevertheless|Nonetheless|Further|Afterwards|Thereafter|Onwards|Now|Earlier|Recently|Finally|Eventually|Soon)\b,?\s*|(?:In|On|At|By|During)\s+(?:the\s+)?(?:same|that|this)\s+(?:year|day|month|time|period|week)\b,?\s*|(?:The|That)\s+same\s+(?:year|day|month)\b,?\s*|On\s+the\s+[\w\s]{3,30}?\s+front,\s*|In\s+(?:this|that|the\s+same)\s+(?:respect|regard|context|light|vein|spirit),?\s*|And\s+|But\s+|So\s+)/;

/** Bits a removed date leaves at the edges: "In ,", "On , ", a lone "of" at the end. */
const LEFT_EDGE =
  /^(?:(?:in|on|at|from|by|since|during|of|the|between|and|to)\b[\s,]*)+(?=[A-Z,])|^[\s,;:–—-]+/i;
const LEFT_END = /[\s,;:–—-]+$|\s+(?:in|on|at|of|from|by|since|during|and|to|the|between|after|before)$/i;

/** "the two countries", "both sides": pairs a question cannot name out of its article. */
const PAIR =
  /\b(?:the two (?:countries|sides|governments|states|nations|neighbours|neighbors)|both (?:the )?(?:countries|sides|governments|nations|states)|the two\b(?!\s+[a-z]+s\b))/i;

/** A clause that starts with a pronoun standing for somebody named earlier. */
const LEADING_PRONOUN = /^(?:He|She|They|His|Her|Their)\b/;

/** Of a clause that runs over two sentences, the one that writes the fact's year (else the last). */
function ownSentence(clause: string, date: string | undefined): string {
  // Not after a title or an initial: "Mr. Varga", "A. Z. Bhutto".
  const parts = clause.split(/(?<!\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Capt|No|Sr|Jr))[.!?]\s+(?=[A-Z])/);
  if (parts.length < 2) return clause;
  const year = date?.slice(0, 4) ?? '';
  return parts.find((p) => year && p.includes(year)) ?? parts[parts.length - 1] ?? clause;
}

/** A preposition (and article) that goes with the date it stands before. */
const BEFORE_DATE =
  /(?:\b(?:in|on|from|during|since|by|of|between|until|at)\s+(?:the\s+)?(?:(?:early|late|mid)-?\s*)?)?$/i;

/** The text without the date mentions the date stage finds in it, each with its preposition. */
function withoutMentions(text: string): string {
  let out = text;
  for (const [start, end] of [...dateSpans(text)].sort((a, b) => b[0] - a[0])) {
    const before = out.slice(0, start);
    const cut = before.length - (BEFORE_DATE.exec(before)?.[0].length ?? 0);
    out = `${out.slice(0, cut).trimEnd()} ${out.slice(end).trimStart()}`;
  }
  return out
    .replace(/\s+([,.;:])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** Openings that point at another sentence or state no event: "What many forget", "There were". */
const POINTING =
  /^(?:What|Which|Who|Whom|Whose|How|Why|Where|There|It|This|That|These|Those|Such|Rest|One|Some|Many|Most|Relationship|Relations|Ties)\b/i;

const BARE_OFFICE_START =
  /^(?:The\s+)?(?:PM|Prime Minister|President|Premier|Foreign Minister|Defen[cs]e Minister|Army Chief|Ambassador|Chancellor|King|Queen)\s+(?!of\b|for\b|to\b)[a-z]/;

/** A start that continues a sentence: a verb with no subject, a conjunction, a relative word. */
const MID_SENTENCE =
  /^(?:[a-z]+(?:ed|ing)|and|but|or|nor|which|who|whom|that|when|where|while|as|to|so|then|because|if|went|made|took|gave|held|met|led|became|began|spent)\b/;

/** Nouns that name a happening by themselves: "Indira Gandhi’s death", "the Soviet invasion". */
const HAPPENING_NOUN =
  /\b(?:death|invasion|disintegration|dissolution|war|wars|trip|visit|attack|independence|elections?|earthquake|coup|summit|agreement|treaty|accord|pact|revolution|break-up|collapse|annexation|partition|assassination|exercises?|talks|conference|crisis|tests?)\b/i;

/** Phrases that by themselves do not tell what happened. */
const TOO_LITTLE = 3;

/**
 * The event the fact tells, as one phrase: its clause without dates and without the words that tie it
 * to the sentence before, "the two countries" told by the article's two states, a leading pronoun by
 * the one person the fact names. Null when fewer than three words are left, or a pronoun stands
 * for nobody the fact names.
 */
export function eventText(
  fact: Pick<ExtractedFact, 'clause' | 'actors'> & { date?: string },
  parties: readonly string[],
): string | null {
  let text = withoutDates(withoutMentions(ownSentence(fact.clause.replace(/\s+/g, ' ').trim(), fact.date)))
    // "the then President Mr. X": the office and the name say it; "then" and the courtesy title add nothing.
    .replace(/\b(?:the\s+)?(?:then|late)\s+(?=[A-Z])/g, '')
    .replace(/\b(?:Mr|Mrs|Ms|Dr)\.?\s+(?=[A-Z])/g, '');
  // The article's two states, or else the two the fact names.
  const states = fact.actors.filter((x) => !isPerson(x, new Set()) && (isState(x) || namesCountry(x)));
  const [a, b] = parties.length === 2 ? parties : states.length === 2 ? states : [];
  if (PAIR.test(text)) {
    if (!a || !b) return null;
    // The second mention is "the two": the names once are enough.
    text = text.replace(PAIR, `${a} and ${b}`).replace(new RegExp(PAIR.source, 'gi'), 'the two');
  }
  for (let i = 0; i < 3; i++) {
    const before = text;
    const link = LINK.exec(capitalise(text));
    if (link) text = text.slice(link[0].length);
    text = text.replace(LEFT_EDGE, '').trim();
    if (text === before) break;
  }
  // "when Pakistan conducted its first nuclear tests": a time clause cut from its sentence tells its own event.
  text = text.replace(/^(?:when|once|as|after)\s+(?=(?:the\s+)?[A-Z])/, '');
  // "After the disintegration of the USSR": all that is left is the happening the date was for.
  const only = /^(?:After|Following|Since|Before|During|Amid)\s+((?:the\s+)?[^,]+)$/i.exec(text);
  if (only?.[1] && verbsOf(only[1]).every((v) => v.tense !== 'PastTense')) text = only[1];
  // A sentence that points elsewhere, or asks, tells no event of its own; nor does a phrase that
  // starts mid-sentence ("spent several days"), names no deed or happening, or lost a listed date.
  text = text.replace(/\s*\(\s*\)/g, '');
  // "PM visited …": an office alone names nobody out of its article.
  if (BARE_OFFICE_START.test(text)) return null;
  if (/^(?:Aside|According|As)\b/.test(text)) return null;
  if (POINTING.test(text) || /[“”"‘]/.test(text) || MID_SENTENCE.test(text)) return null;
  if (/\b(?:the|a|an|of|and)\s+(?:and|or)\b/i.test(text)) return null;
  if (!HAPPENING_NOUN.test(text) && verbsOf(text).length === 0) return null;
  text = text.replace(/[.!?]+$/, '');
  for (let i = 0; i < 3; i++) text = text.replace(LEFT_END, '');
  if (LEADING_PRONOUN.test(text)) {
    const people = fact.actors.filter((x) => isPerson(x, new Set()));
    const [only] = people;
    if (!only || people.length > 1) return null;
    const name = nameOf(only);
    text = text.replace(/^(?:He|She|They)\b/, name).replace(/^(?:His|Her|Their)\b/, `${name}’s`);
  }
  // A pronoun with no name before it in the phrase stands for somebody the card does not show.
  const pronoun = /\b(?:he|she|him|his|her|they|them|their|this|these|those|it|its)\b/i.exec(text);
  if (
    pronoun &&
    (!/^(?:his|her|their|its)$/i.test(pronoun[0]) || !/[A-Z]/.test(text.slice(0, pronoun.index)))
  )
    return null;
  if (words(text).length < TOO_LITTLE) return null;
  return capitalise(text);
}

/** The question for a date at its precision, put before the event it asks about. */
export function askFor(date: DateValue): string {
  switch (date.precision) {
    case 'day':
      return 'On which day did this happen?';
    case 'month':
      return 'In which month and year did this happen?';
    case 'year':
      return 'In which year did this happen?';
    case 'decade':
      return 'In which decade did this happen?';
    default:
      return /^\d{4}\/\d{4}$/.test(date.value)
        ? 'Over which years did this happen?'
        : 'When did this happen?';
  }
}

/** Subjects longer than this read as more than one phrase: the event is shown, not turned. */
const MAX_SUBJECT = 14;

/**
 * The event turned into a question on its first main verb, a simple past active or passive one:
 * "Pakistan and Egypt signed a friendship agreement" → "In which year did Pakistan and Egypt sign a
 * friendship agreement?". Null when it has no such verb, or nothing stands before it.
 */
export function eventQuestion(event: string, date: DateValue): string | null {
  const verb = verbsOf(event).find((v) => v.tense === 'PastTense' && !v.copula);
  if (!verb || verb.start === undefined || verb.negative || !verb.root || !verb.infinitive) return null;
  const subject = event.slice(0, verb.start).trim().replace(/,$/, '');
  const at = event.indexOf(verb.text, verb.start);
  if (!subject || at < 0 || /,/.test(subject) || words(subject).length > MAX_SUBJECT) return null;
  // "people who entered", "Pakistan was accepted": not a subject before its verb.
  if (/\b(?:who|which|that|was|were|is|are|had|has|have|been)$/i.test(subject) || /^[a-z]/.test(subject))
    return null;
  // What follows a second verb or a relative clause is another event: the question stops before it.
  const rest =
    event
      .slice(at + verb.text.length)
      .split(
        /,?\s+(?:which|who|where|when|while)\s|\s+and\s+(?=[a-z]+ed\b|laid\b|made\b|held\b|took\b|gave\b|met\b)|,\s+(?=[a-z]+ing\b)/,
      )[0]
      ?.replace(/[,;:\s]+$/, '') ?? '';
  const ask = whenWord(date);
  if (verb.form === 'simple-past') return `${ask} did ${inQuestion(subject)} ${verb.infinitive}${rest}?`;
  const aux = /^(was|were)$/i.exec(verb.auxiliary ?? '')?.[1]?.toLowerCase();
  if (verb.form === 'passive-past' && aux) return `${ask} ${aux} ${inQuestion(subject)} ${verb.root}${rest}?`;
  return null;
}

/**
 * The plain card of a fact: "In which year did Pakistan leave the Commonwealth?", or where the event
 * cannot be turned, "In which year did this happen? Pakistan left the Commonwealth.". `told` is the
 * line shown with the answer (default: the event).
 */
export function plainWhenCard(draft: FactDraft, event: string, told = `${event}.`): DeckCard {
  const { fact } = draft;
  const question = eventQuestion(event, fact.date);
  return {
    id: shortId('c-', `${fact.id}|when`),
    kind: 'when',
    facts: [fact.id],
    era: fact.era,
    prompt: question ?? `${askFor(fact.date)} ${event}.`,
    answer: formatDateValue(fact.date),
    explanation: told,
    sources: fact.sources,
    conflict: fact.conflict,
  };
}
