// Splits a clause into subject, verb and the rest, so it can be retold in our words or turned into a question.
import { COUNTRY } from './actors.ts';
import { PAST_IRREGULAR } from './lexicon/index.ts';
import { hasVerbNotName, pastTense, type VerbReading, verbsOf, wordTags } from './nlp.ts';

export interface Clause {
  /** Words before the verb: "Soviet Premier Kosygin". */
  subject: string;
  /** The verb as written in the past: "visited", "signed". */
  past: string;
  /** Its base form: "visit", "sign". */
  infinitive: string;
  /** "was" or "were" for a passive verb, else null. */
  passive: string | null;
  /** What follows the verb, up to the first clause break, without dates: " Pakistan". */
  rest: string;
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const DATE_PHRASES = [
  // "In March–April 1954", "from May to June 1950"
  new RegExp(
    `\\s*\\b(?:in|from|during|between)\\s+${MONTH}\\s*(?:[–—-]|to|and)\\s*${MONTH},?\\s+\\d{4}`,
    'gi',
  ),
  // "early in 1972", "late in 1971"
  /\s*\b(?:early|late)\s+in\s+\d{4}\b/gi,
  // "on the 2nd of March, 1963"
  new RegExp(`\\s*\\b(?:on|in)\\s+the\\s+\\d{1,2}(?:st|nd|rd|th)?\\s+of\\s+${MONTH},?\\s+\\d{4}`, 'gi'),
  new RegExp(
    `\\s*\\(?\\b(?:in|on|from|by|during|since|until|of)\\s+(?:early |late |mid-)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:${MONTH},?\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?\\d{4}(?:s)?\\)?`,
    'gi',
  ),
  // A timeline line opening on its date with no preposition: "June 15, 2015 General Sharif visited …".
  new RegExp(
    `^(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|${MONTH},?\\s+\\d{4})[,:]?\\s+`,
    'i',
  ),
  new RegExp(`\\s*\\(?\\b(?:in|on)\\s+(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?${MONTH}(?:\\s+\\d{1,2})?\\)?`, 'gi'),
  /\s*\b(?:in|during) the (?:early |late |mid-)?\d{4}s\b/gi,
  // Time told relative to the sentence before ("later that year", "two months later"): the
  // extractor has already resolved it to a date, so it goes like any other date phrase.
  /\s*,?\s*\b(?:(?:later|earlier|early|late)\s+(?:in\s+)?)?(?:that same|that|the same|the following|the next|the previous)\s+(?:year|month|week|day|spring|summer|autumn|winter)\b,?/gi,
  /\s*,?\s*\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:years?|months?|weeks?|days?)\s+(?:later|earlier|afterwards)\b,?/gi,
  // A date naming the event itself: "the 1 May 1960 incident" is "the incident" once the date is asked.
  new RegExp(
    `(?<=\\bthe\\s)(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:${MONTH}\\s+)?(?:\\d{1,2},?\\s+)?\\d{4}\\s+(?=[A-Z])`,
    'gi',
  ),
];

/** "…and enabled Pakistan to …": the second verb only says what the first was for. */
const ENABLED = /\s+and\s+(?:enabled|allowed|helped|permitted)\s+([A-Z][\w-]*)\s+to\s+(?=[a-z])/;

/** A name, then ", a/an …," and a preposition that carries the clause on. */
const APPOSITIVE_BEFORE_PURPOSE =
  /([A-Z][\w./-]*[”"’]?|[”"])\s*,\s+(?:a|an)\s+[^,;]{1,60},\s+(?=(?:for|to|in|at|on|with|from)\s)/;

/** A dated phrase followed by a comma and a purpose ("…, 1972, to provide"). */
const DATE_THEN_PURPOSE = new RegExp(
  `\\s+(?:in|on)\\s+(?:the\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?(?:${MONTH},?\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?\\d{4},(?=\\s+(?:to|by)\\s)`,
  'gi',
);

/** "since 1958", "since March 1958": the start of something that went on. */
const SINCE_DATE = /\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:(?:\d{1,2}\s+)?[A-Z][a-z]+\s+)?\d{4}\b/;
const LEADING_PHRASE =
  /^(?:after|during|at|in|from|following|around|before|since|under|with|instead|despite|on|by|as|when|while|though|although|once|within|soon|shortly|early|late|throughout)\b/i;
/** Phrases that lean on a neighbouring sentence ("the same year"): a question built on them is vague. */
const RELATIVE_TIME =
  /\b(?:the same (?:year|time|period|month|day)|that year|the next|the following|the month|the year|late in|early in)\b/i;
const BARE_ADVERBS =
  /\s+\b(?:later|also|then|again|finally|eventually|soon|subsequently|there)\b(?!\s+(?:was|were|is|are)\b)/gi;

/** The text with date phrases ("in 1966", "on 6 January 1966") removed. */
export function withoutDates(text: string): string {
  let out = text;
  // "signed an agreement on 6 May 1972, to build …": the comma closing the date goes with it.
  out = out.replace(DATE_THEN_PURPOSE, (m: string, offset: number, all: string) =>
    all.slice(0, offset).trimEnd().endsWith(',') ? m : m.replace(/,$/, ''),
  );
  for (const re of DATE_PHRASES) out = out.replace(re, '');
  return out
    .replace(/,\s*,/g, ',')
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+([,.;])/g, '$1')
    .replace(/^[\s,;]+/, '');
}

/** Whether compromise's verb can carry a question: a past or simple present main verb, not "is" or "will". */
function usable(v: VerbReading): boolean {
  const root = v.root ?? '';
  if (v.copula) return false;
  if (v.tense === 'PastTense' || SAME_IN_PAST.test(root)) return true;
  return (
    v.tense === 'PresentTense' &&
    (v.form === 'simple-present' || v.form === 'passive-present') &&
    !/ing$/.test(root) &&
    !/\b(?:will|would|may|might|can|could|should|must)\b/i.test(v.text)
  );
}

/** Base forms of the irregular pasts the clause splitter knows, for pasts compromise misreads. */
const IRREGULAR_BASE: Record<string, string> = {
  became: 'become',
  began: 'begin',
  met: 'meet',
  went: 'go',
  paid: 'pay',
  held: 'hold',
  made: 'make',
  took: 'take',
  gave: 'give',
  sent: 'send',
  led: 'lead',
  won: 'win',
  lost: 'lose',
  came: 'come',
  sang: 'sing',
  laid: 'lay',
  built: 'build',
  sold: 'sell',
  bought: 'buy',
  told: 'tell',
  broke: 'break',
  fought: 'fight',
  ran: 'run',
  spent: 'spend',
  flew: 'fly',
  stood: 'stand',
  drew: 'draw',
  struck: 'strike',
  wrote: 'write',
  chose: 'choose',
  brought: 'bring',
  sought: 'seek',
  caught: 'catch',
  shook: 'shake',
  threw: 'throw',
  withdrew: 'withdraw',
  undertook: 'undertake',
  upheld: 'uphold',
};

/** Verbs of saying: without what was said, a question on them is empty. */
export const REPORTING =
  /^(?:say|state|observe|note|announce|declare|claim|report|warn|tell|insist|argue|add|write|suggest|indicate|believe|think|feel|realise|realize)$/;

const GENERIC_OBJECT = new Set(
  'its their his her the a an at each other one another relations relationship relationships ties cooperation support hand friendship role influence position efforts'.split(
    ' ',
  ),
);

/** Subject and rest stay this short, so a question never carries a long stretch of the article. */
const MAX_PART_WORDS = 8;
/** …or up to this many when the words past the usual end name something. */
const MAX_NAMED_PART_WORDS = 14;
/** Two named people with their offices ("President X and Premier Y") need a little more. */
const MAX_SUBJECT_WORDS = 10;
/** "one day before", "three weeks after": where a rest stops telling its own event. */
const RELATIVE_SPAN =
  /\s+(?=(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:before|after|later|earlier)\b|(?:in|during)\s+the\s+same\s+(?:days|years|months)\s+(?!as\b)[A-Z])/i;

/** "…at India and USSR relations, these were established": the pronoun and the names it stands for. */
const PRONOUN_AFTER_NAMES =
  /^.*?\b((?:the\s+)?[A-Z][\w’'-]*)\s+and\s+((?:the\s+)?[A-Z][\w’'-]*)\s+(relations|ties)\s*,\s+(?:these|they)\s+(?=(?:were|had\s+been)\s+[a-z]+ed\b)/;

/**
 * "If we look at India and USSR relations, these were established in the early 1950s": the clause
 * told with the names for its pronoun ("India–USSR relations were established …"); other clauses as
 * they are.
 */
export function withAntecedent(text: string): string {
  const m = PRONOUN_AFTER_NAMES.exec(text);
  if (m) {
    const bare = (n: string): string => n.replace(/^the\s+/i, '');
    return `${bare(m[1] ?? '')}–${bare(m[2] ?? '')} ${m[3]} ${text.slice(m[0].length)}`;
  }
  // "A shift by Russia was seen when in November 1991 she voted …": a state spoken of as "she".
  const she = STATE_PRONOUN.exec(text);
  const states = she ? [...new Set((she[1] ?? '').match(COUNTRY) ?? [])] : [];
  if (!she || states.length !== 1) return text;
  const told = text.slice(she[0].length).replace(/^([a-z]+ed),\s+(for the first time),\s+/, '$1 $2 ');
  return `${states[0]} ${she[2] ?? ''}${told}`;
}

/** "…when in November 1991 she voted": what comes before, the time, and the pronoun for a state. */
const STATE_PRONOUN = /^(.*?)\s+when\s+((?:(?:in|on)\s+[^,]*?\s+)?)(?:she|it)\s+(?=[a-z]+ed\b)/;
/** "Name, X’s sister", "Name, the new envoy": a name, then an aside the writer forgot to close. */
const OPEN_ASIDE =
  /^([A-Z][^,]{0,80}\s[A-Z][\w'’.-]*),\s+(?:(?:[A-Z][\w-]*[’']s)|the)\s+(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w-]*$/;
const BREAK_WORDS = new Set([
  'to',
  'for',
  'with',
  'on',
  'in',
  'at',
  'by',
  'from',
  'after',
  'which',
  'who',
  'that',
  'as',
  'and',
  'but',
  'while',
  'when',
  'where',
]);

/**
 * Cuts a long rest before the last linking word that leaves at most `MAX_PART_WORDS` words; null when
 * there is none, or when a reporting verb's "that" would be cut (what was said is the point).
 */
/**
 * The clause with its rest cut back to the usual length, for when a longer rest would copy the
 * article word for word; null when it is already that short.
 */
export function withShortRest(clause: Clause): Clause | null {
  const short = shorten(clause.rest, false, MAX_PART_WORDS);
  return short === null || short === clause.rest || DANGLING_END.test(short)
    ? null
    : { ...clause, rest: short };
}

/** "to spy on the Soviet assets" before "from Pakistan's air base": a purpose on a target, then a named place. */
const PURPOSE_BEFORE_PLACE =
  /\s+to\s+[a-z]+\s+(?:on|over|against|into)(?:\s+(?!from\b|at\b)[A-Za-z’'-]+){1,5}?(?=\s+(?:from|at)\s+(?:[\w’'-]+\s+){0,3}?[A-Z])/;

function shorten(rest: string, reporting: boolean, most = MAX_NAMED_PART_WORDS): string | null {
  const w = rest
    .trim()
    .split(/\s+/)
    .filter((x) => x.length > 0);
  if (w.length <= MAX_PART_WORDS) return rest;
  // "…U-2 flights to spy on the Soviet assets from Pakistan's air base at Peshawar": the purpose goes,
  // the place stays.
  const placed = rest.replace(PURPOSE_BEFORE_PLACE, '');
  if (placed !== rest && placed.trim().split(/\s+/).length <= most) return placed;
  // "…sanctions on Pakistan after nuclear tests": a short "after …" tail says which time it was.
  const cause = w.findIndex((x, i) => i >= 4 && /^(?:after|following)$/i.test(x));
  if (cause >= 0 && w.length - cause <= 4 && w.length <= MAX_PART_WORDS + 3) return rest;
  // A tail that names something ("…to set up Pakistan Steel Mills", "RD-93 engines") is worth a
  // longer question; a tail of common words is not.
  const tail = w.slice(MAX_PART_WORDS, MAX_NAMED_PART_WORDS);
  const named = tail.some((x) => /^[A-Z“"]/.test(x));
  const limit = named ? Math.min(most, w.length) : MAX_PART_WORDS;
  if (w.length <= limit) return rest;
  for (let cut = limit; cut >= 2; cut--) {
    const at = (w[cut] ?? '').toLowerCase();
    if (!BREAK_WORDS.has(at)) continue;
    if (at === 'that' && reporting) return null;
    // "…flights to spy | on the assets": a cut inside a purpose leaves its verb hanging.
    if (/^to$/i.test(w[cut - 2] ?? '')) continue;
    // "the first prime minister | to visit …": what made them first is the point.
    if (at === 'to' && w.slice(0, cut).some((x) => /^(?:first|last|only)$/i.test(x))) continue;
    // A cut can leave a dangling participle or adverb ("…Oil Fields later renamed"): drop it.
    const kept = w.slice(0, cut);
    while (kept.length > 2 && /(?:ed|ly)$|^later$/i.test(kept[kept.length - 1] ?? '')) kept.pop();
    return ` ${kept.join(' ')}`;
  }
  return null;
}

/** Words a phrase cannot end on. */
const DANGLING_END =
  /\s(?:a|an|the|as|of|to|for|with|by|in|on|at|and|or|but|its|their|his|her|from|into|than|that|which|who|not|were|was|is|are|both|seeking|asking|urging|demanding|calling|saying|claiming|allowing|requiring|aiming|hoping|promising|threatening|warning|offering|accusing|giving|making|taking)$/i;

/** Verbs that describe a lasting state rather than an event. */
const STATE_VERBS =
  /^(remain|stay|continue|keep|mark|seem|appear|exist|lie|belong|treat|regard|consider|view)\b/;

/** Verbs whose past is spelled like their present ("set up", "put"), which compromise reads as present. */
const SAME_IN_PAST = /^(set|put|cut|let|hit|spread|shut|cast|quit)\b/;

/**
 * Drops what a question does not need: asides in brackets, a leading phrase closed by a comma
 * ("Following the visit, ..."), and an appositive after the subject ("Qureshi, the first envoy, ...").
 */
function tidy(text: string): string {
  return (
    text
      .replace(/\s*\([^)]*\)/g, '')
      .replace(/^(?:after|during|following|instead of|despite|at|in|on|with|under)\b[^,]{0,80},\s+/i, '')
      // "Gwadar port, built with Chinese help, was opened": the aside goes; "A, B, and C" is a list.
      .replace(/^([A-Z][\w'’.-]*(?:\s[\w'’.-]+){0,4}),\s[^,]{1,90},\s(?=(?!and\b|or\b)[a-z])/, '$1 ')
      // "X was among the first countries to recognise Y": X recognised Y.
      .replace(FIRST_TO, (m, who: string, kind: string, verb: string) =>
        // "the first Russian prime minister to visit" says who he was: that is kept as it stands.
        OFFICE_WORD.test(kind) ? m : `${who} ${pastTense(verb) ?? verb} `,
      )
      // "helped arrange a trip": compromise reads one verb there only with its "to".
      .replace(/\bhelped\s+(?!to\b)(?=[a-z]+\s)/g, 'helped to ')
  );
}

/** "X was among the first countries to V", "X was the first Muslim state to V". */
const FIRST_TO =
  /^([A-Z][^,]{0,60}?)\s+(?:was|were)\s+(?:among\s+|one\s+of\s+)?the\s+(?:very\s+)?first\s+((?:[\w-]+\s+){0,3}?)to\s+([a-z]+)\s+/;
const OFFICE_WORD =
  /\b(?:minister|president|premier|leader|ambassador|envoy|chief|general|head|king|queen|secretary|governor|commander)\b/i;

/**
 * The first past-tense clause of a summary (or, with `allowPresent`, a present one), or null when the
 * summary has none we can use.
 */
export function splitClause(summary: string, allowPresent = true): Clause | null {
  // The extractor and the deck writer split the same clauses again and again; parsing is the cost.
  const key = `${allowPresent ? 1 : 0}${summary}`;
  const known = splitCache.get(key);
  if (known !== undefined) return known === null ? null : { ...known };
  const parts = parseClause(summary, allowPresent);
  if (splitCache.size >= SPLIT_CACHE_MAX) splitCache.clear();
  splitCache.set(key, parts);
  return parts === null ? null : { ...parts };
}

const SPLIT_CACHE_MAX = 5000;
const splitCache = new Map<string, Clause | null>();

function parseClause(summary: string, allowPresent: boolean): Clause | null {
  const text = tidy(withoutDates(withAntecedent(summary.trim().replace(/\s+/g, ' '))))
    .replace(/^(?:Then|Later|Also),?\s+/i, '')
    // "Same in view, …", "In this light, …": a link to the sentence before, not part of the event.
    .replace(
      /^(?:(?:the\s+)?same\s+in\s+view|in\s+(?:this|that)\s+(?:light|respect|regard|context)|to\s+this\s+end|as\s+such|in\s+view\s+of\s+this),\s+/i,
      '',
    )
    // "When US forces killed X in Abbottabad": a leading clause cut from its sentence tells its own event.
    .replace(/^(?:When|Once|While)\s+(?=\S+\s+\S)/, '')
    .replace(BARE_ADVERBS, '');
  // compromise reads "US" as the pronoun "us" ("US forces killed" then has "forces" as its verb); an
  // acronym of the same length keeps every offset.
  const verbs = verbsOf(text.replace(/\bUS\b/g, 'UN'));
  // A past verb wins over an earlier present one, which is often a noun misread ("ground forces chief").
  // An irregular past compromise reads as a present or a name ("Khrushchev drew a circle") is a past.
  const misread = (v: VerbReading): string | undefined =>
    v.tense === 'PresentTense' ? IRREGULAR_BASE[v.text.toLowerCase().replace(/[^a-z]/g, '')] : undefined;
  const pastAt = verbs.findIndex((v) => (usable(v) && v.tense === 'PastTense') || misread(v) !== undefined);
  const index = pastAt >= 0 || !allowPresent ? pastAt : verbs.findIndex(usable);
  const found = verbs[index];
  const start = found?.start;
  const misreadBase = found ? misread(found) : undefined;
  const root = misreadBase ? found?.text.replace(/[^A-Za-z]/g, '') : found?.root;
  const infinitive = misreadBase ?? found?.infinitive;
  if (!found || start === undefined || !root || !infinitive) return null;
  // "never visited", "did not sign": a question about a non-event would mislead.
  if (found.negative || /\b(?:never|not|no longer)\b/i.test(found.text)) return null;
  const form = found.form ?? '';
  const aux = found.auxiliary ?? '';
  const present = !misreadBase && found.tense === 'PresentTense' && !SAME_IN_PAST.test(root);
  const passive = form === 'passive-past' || form === 'passive-present';
  const pastAux = passive
    ? ({ was: 'was', were: 'were', is: 'was', are: 'were' } as const)[aux as 'was']
    : null;
  if (passive && !pastAux) return null;
  // "had been operating flights since 1958": the flights began in 1958.
  const began = form === 'past-perfect-progressive' && SINCE_DATE.test(summary) && /ing$/.test(root);
  if (!passive && !began && !['simple-past', 'gerund-phrase', 'simple-present'].includes(form)) return null;
  const fullBase = infinitive === root ? infinitive.replace(/([^aeiou])\1ed$/, '$1') : infinitive;
  const fullPast = present && !passive ? pastTense(fullBase) : root;
  // "was signed leading to closer ties": the participle after the verb starts what followed.
  const trailing = /^(\S+)\s+\w+ing$/.exec(fullPast ?? '');
  const base = began ? `begin ${root}` : trailing ? (fullBase.split(/\s+/)[0] ?? fullBase) : fullBase;
  const pastForm = began ? `began ${root}` : trailing ? trailing[1] : fullPast;
  if (!pastForm) return null;
  if (/^(be|have)$/.test(base) || (base === root && /ed$/.test(root))) return null;
  // A sentence adverb before the subject ("Ironically Khan …", "Onwards Russia …") is not part of it;
  // nor is an aside left open after a name ("Ambassador Vera Lind, the premier’s sister presented …").
  const subject = text
    .slice(0, start)
    .trim()
    .replace(
      /^(?:[A-Z][a-z]+ly|[Oo]nwards|Thus|Hence|However|Meanwhile|Later|Then|Also|Still|Indeed)\s+(?=[A-Z])/,
      '',
    )
    .replace(OPEN_ASIDE, '$1');
  // A list of parties ("the leaders of Pakistan, Iran and Turkey") may hold commas; an aside may not.
  const listed =
    /^[^,;:()]*[A-Z][\w-]*(?:,\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)+,?\s+and\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?$/.test(
      subject,
    );
  if (
    !subject ||
    (!listed && /[,;:()]/.test(subject)) ||
    /[;:()]/.test(subject) ||
    LEADING_PHRASE.test(subject)
  )
    return null;
  if (/\b(?:was|were|is|are|had|has|to)\b/i.test(subject)) return null;
  if (/\b(that|which|who|when|after|before|while|it)$/i.test(subject) || /^It$/.test(subject)) return null;
  // "That channel produced …": a subject that points back at the sentence before.
  if (/^(?:That|This|These|Those|Such)\s/.test(subject)) return null;
  // "Relations stayed low", "ties worsened": states, not events a date can pin down.
  const stateSubject = /^(?:the\s+)?(?:[\w-]+\s+)?(?:relations|ties|relationship|contacts)\b/i;
  // Ties that were set up or broken off are events all the same.
  const tiesEvent = /^(?:establish|set up|restore|resume|sever|break off|normali[sz]e|upgrade)$/.test(
    infinitive,
  );
  if (
    !tiesEvent &&
    (/\b(relations|ties|relationship|contacts)$/i.test(subject) || stateSubject.test(subject))
  )
    return null;
  if (STATE_VERBS.test(infinitive)) return null;
  const rootAt = text.indexOf(root, start);
  if (rootAt < 0) return null;
  // "employed “V/o X”, a Soviet consortium, for the steel mills": the aside goes, the purpose stays.
  let rest = text.slice(rootAt + root.length).replace(APPOSITIVE_BEFORE_PURPOSE, '$1 ');
  // "granted a certificate to Pakistan and enabled Pakistan to buy engines": the grant was for buying.
  const enabled = ENABLED.exec(rest);
  const enabledName = enabled?.[1];
  const enabledEarlier = enabled && enabledName ? rest.slice(0, enabled.index).includes(enabledName) : false;
  if (enabled && enabledEarlier) {
    rest = `${rest.slice(0, enabled.index)} to ${rest.slice(enabled.index + enabled[0].length)}`;
  }
  // "assistance to enable Pakistan to set up the mills": assistance to set up the mills.
  rest = rest.replace(/\s+to\s+(?:enable|allow|help)\s+[A-Z][\w-]*\s+to\s+(?=[a-z])/, ' to ');
  const next = enabledEarlier ? undefined : verbs[index + 1]?.start;
  if (next !== undefined) {
    const cut = text.slice(0, next).search(/\s+and\s*$/);
    if (cut > rootAt) rest = text.slice(rootAt + root.length, cut);
  }
  rest =
    rest.split(
      /[,;(—–]|\s-\s|\s+but\s+|\s+and\s+(?:the\s+|its\s+|their\s+)?[\w-]+\s+(?=(?:was|were|had|has)\b)|\s+and\s+(?=did\b|was\b|were\b|had\b|then\b|\w+ed\b|said\b|began\b|made\b|held\b|took\b|gave\b|went\b|met\b|sent\b)/,
    )[0] ?? '';
  // "…signed, leading to closer ties": what followed is another event, not part of this one.
  rest =
    rest.split(
      /(?<!\b(?:for|of|to|in|on|by|with|about|from)\s*)\s+(?=(?:leading|paving|making|resulting|bringing|marking)\b)/,
    )[0] ?? '';
  // "…in Moscow one day before independence": a time told against another event is not part of this one.
  rest = rest.split(RELATIVE_SPAN)[0] ?? '';
  // "…visited Pakistan where he was received by …": a relative clause adds a second event.
  rest =
    rest.split(
      /\s+(?=(?:where|whereas|while|which|who|when)\s|that\s+(?:paved|led|resulted|ushered|prompted|triggered|sparked|opened the way|was|were|had)\b)/,
    )[0] ?? '';
  const short = shorten(rest.replace(/[.\s]+$/, ''), REPORTING.test(base));
  if (short === null || subject.split(/\s+/).length > MAX_SUBJECT_WORDS) return null;
  rest = trailing ? '' : short;
  if (RELATIVE_TIME.test(rest) || RELATIVE_TIME.test(subject)) return null;
  // "…extended its relationships": nothing in the rest says which event this was.
  const said = rest.toLowerCase().match(/[a-z][a-z-]*/g) ?? [];
  if (said.length > 0 && said.every((x) => GENERIC_OBJECT.has(x))) return null;
  // "An accord signed in Ankara promised help": the verb found was a participle, the real one follows.
  if (
    !passive &&
    new RegExp(`^\\s+(?:(?:(?:in|at|on|by)\\s+)?[A-Z][\\w'’-]*\\s+)?(?:[a-z]+ed|${PAST_IRREGULAR})\\b`).test(
      rest,
    )
  ) {
    return null;
  }
  // "paused both the expert": "both" without its "and" is half a pair.
  if (/\bboth\b/i.test(rest) && !/\bboth\b.*\band\b/i.test(rest)) return null;
  // "…treated India as an": a cut that leaves a function word at the end leaves half a phrase.
  if (DANGLING_END.test(rest)) return null;
  // "USSR broker peace between both countries and": a subject holding a verb is two clauses run together.
  // "Work on the highway started": a head noun that compromise may read as a verb is not one.
  // "US forces killed …": a plural noun ending the subject is its head, not a verb.
  const headless = subject
    .replace(/^[A-Z][a-z]+\s+(?=(?:on|of|for|at|between|with)\s)/, '')
    .replace(/\s+[a-z]+s$/, '');
  if (hasVerbNotName(headless) || /\b(?:and|or|but)$/i.test(subject)) return null;
  // "…seen when she voted": a pronoun points at a sentence the card does not show.
  if (/\b(?:she|he|it|they|them|this|these|those)\b/i.test(`${subject} ${rest}`)) return null;
  return { subject, past: pastForm, infinitive: base, passive: pastAux ?? null, rest };
}

/**
 * Lowercases the subject's first word unless it is a name, an acronym or starts a title
 * ("Prime Minister Bhutto"), so the subject reads well inside a question.
 */
export function inQuestion(subject: string): string {
  const [first = '', second = ''] = subject.split(/\s+/);
  const lower = first.toLowerCase() + subject.slice(first.length);
  if (/^(The|A|An|This|These|Its|Their|Both|Some|Two|Three)$/.test(first)) return lower;
  if (/^[A-Z]{2,}/.test(first) || /^[A-Z]/.test(second)) return subject;
  if (/^(Army|Defence|Defense|Foreign)$/.test(first)) return lower;
  const tag = wordTags(first);
  // "Work on the highway", "Construction of the dam": a common noun heading a phrase.
  if (/^(?:on|of|for|at|between|with)$/.test(second) && !OFFICE_WORD.test(first) && !tag.properNoun) {
    return lower;
  }
  return tag.plural && !tag.properNoun ? lower : subject;
}

/** A clause told back as one plain sentence: "Soviet Premier Kosygin visited Pakistan." */
export function retell(clause: Clause): string {
  const text =
    `${clause.subject} ${clause.passive ? `${clause.passive} ` : ''}${clause.past}${clause.rest}`.trim();
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
