// Cuts a sentence into clauses, one per event it may report: "X happened in 1954 and Y in 1955",
// "After A in 1991, B did C", "... and signed ...". Offsets stay relative to the sentence.
import { PAST_IRREGULAR } from './lexicon/index.ts';

export interface Clause {
  start: number;
  end: number;
  /** The clause without the subordinate pieces joined to it: what decides its type. */
  head: string;
  text: string;
  /** Starts with a verb: a second action of the previous clause's subject. */
  sharesSubject: boolean;
  /** Starts with "then" or "later": a next step in a sequence. */
  sequence: boolean;
  /** Follows ", and": a new step even when it shares the subject. */
  afterCommaAnd: boolean;
  /** Has a finite verb of its own. */
  hasVerb: boolean;
}

const BOUNDARY = new RegExp(
  [
    ';\\s+',
    ',\\s+(?=(?:in|on|during|by)\\s+(?:early\\s+|late\\s+|mid-?)?(?:1[0-9]{3}|20[0-9]{2}|January|February|March|April|May|June|July|August|September|October|November|December)\\b)',
    ',?\\s+(?:and|but)\\s+(?=(?:in|on|during|by|the same|that same|that (?:month|year|day|week)|later)\\b)',
    ',\\s+(?:and|but|however|later)\\s+',
    '\\s+but\\s+',
    `\\s+and\\s+(?=(?:then\\s+|later\\s+|also\\s+)?(?:[a-z]+ed|${PAST_IRREGULAR})\\b)`,
    '\\s+and\\s+(?=(?:the|a|an|his|her|its|their)\\s)',
    // "… and first Pakistani ambassador presented …", ", while his Soviet counterpart arrived …".
    `\\s+and\\s+(?=(?:first|second|third|last)\\s+(?:[\\w’'-]+\\s+){0,3}(?:[a-z]+ed|${PAST_IRREGULAR})\\b)`,
    `,\\s+while\\s+(?=(?:the|a|an|his|her|its|their)\\s+(?:[\\w’'-]+\\s+){0,3}(?:[a-z]+ed|${PAST_IRREGULAR})\\b)`,
    `(?<!\\b[A-Z][\\w’'-]*)\\s+and\\s+(?=[A-Z][\\w’'-]*(?:\\s+[A-Z][\\w’'-]*){0,3}\\s+(?:also\\s+)?(?:[a-z]+ed|${PAST_IRREGULAR})\\b)`,
    `\\s+(?:after|before)\\s+(?=[A-Z][\\w’'-]*(?:\\s+[A-Z][\\w’'-]*){0,3}\\s+(?:[a-z]+ed|${PAST_IRREGULAR})\\b)`,
    ',\\s+(?=later\\b)',
  ].join('|'),
  'g',
);

/** "After the 1965 war, ...", "As a result of the visit, ...": a leading phrase that names an event of its own. */
const LEADING_EVENT =
  /^(?:(?:soon|immediately|shortly|just|long)\s+)?(?:after|following|before|during|as\s+(?:a|the)\s+result\s+of|in\s+the\s+wake\s+of|in\s+response\s+to)\s+([^,]{3,90}),\s+/i;

/** The words that open a leading phrase, "after" or "as a result of". */
const LEADING_WORD =
  /^(?:(?:soon|immediately|shortly|just|long)\s+)?(?:after|following|before|during|as\s+(?:a|the)\s+result\s+of|in\s+the\s+wake\s+of|in\s+response\s+to)\s*/i;

/**
 * "When war broke out in 1965, the US cut off supplies", "Furthermore, when she returned in 2009, …": a
 * leading clause with its own verb.
 */
const LEADING_WHEN =
  /^(?:(?:furthermore|moreover|however|but|and|then|later|finally|also|yet),?\s+)?(?:when|as|while|once|(?:soon|shortly|just|immediately)\s+after)\s+([^,;]{3,120}),\s+/i;

/** ", when a trade agreement was signed": a second event on the date just given. */
const WHEN_ALSO = new RegExp(`,\\s+(?=when\\s+[^,;]{0,80}?\\b(?:${PAST_IRREGULAR}|[a-z]{3,}ed)\\b)`, 'g');

/** Subordinate pieces stay with the clause before them. */
const SUBORDINATE =
  /^(?:which|who|whom|whose|where|when|that(?!\s+(?:same\s+)?(?:month|year|day|week)\b)|as|because|since|so that|due to|after which|during which)\b/i;

const VERB = new RegExp(
  `\\b(?:is|are|has|have|${PAST_IRREGULAR}|[a-z]{3,}ed|[a-z]{3,}s\\s+(?:to|a|an|the)\\b)\\b`,
  '',
);

const STARTS_WITH_VERB = new RegExp(
  `^(?:(?:then|later|also|finally|further|subsequently)\\s+)?(?:${PAST_IRREGULAR}|signed|said|[a-z]+ed|[a-z]+ing)\\b`,
  '',
);

/**
 * The sentence's clauses, in order; always at least one. `stripDates` removes date expressions
 * before judging whether a leading "After …," phrase names an event beyond its date.
 */
export function splitClauses(sentence: string, stripDates: (s: string) => string = (s) => s): Clause[] {
  const cuts: Array<[number, number]> = [];
  /** A cut is kept unless it overlaps one taken before it. */
  const addCut = (from: number, to: number): void => {
    if (cuts.every(([a, b]) => to <= a || from >= b)) cuts.push([from, to]);
  };
  /** A leading phrase's closing comma: "After the 1965 war, …", "When war broke out in 1965, …". */
  const cutAfter = (phrase: string): void =>
    addCut(phrase.length - (/,\s+$/.exec(phrase)?.[0].length ?? 0), phrase.length);
  const lead = LEADING_EVENT.exec(sentence);
  // The phrase's dates are read in place ("after an 11 months break" is a date with its "after").
  const leadWords = lead ? stripDates(lead[0]).replace(LEADING_WORD, '') : '';
  if (lead && leadWords.split(/\s+/).filter((w) => /[a-z]{2,}/i.test(w)).length >= 2) {
    cutAfter(lead[0]);
  }
  const when = LEADING_WHEN.exec(sentence);
  if (!lead && when && VERB.test(stripDates(when[1] ?? ''))) cutAfter(when[0]);
  // "…, and when war came that September, Beijing sent an ultimatum": the when-part and its main clause.
  for (const m of sentence.matchAll(/,\s+and\s+(?:when|as|while|once)\s+[^,;]{3,120}?(,\s+)(?=[A-Z])/g)) {
    const at = (m.index ?? 0) + m[0].length - (m[1]?.length ?? 0);
    addCut(at, at + (m[1]?.length ?? 0));
  }
  for (const m of sentence.matchAll(WHEN_ALSO)) addCut(m.index ?? 0, (m.index ?? 0) + m[0].length);
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(sentence); m; m = BOUNDARY.exec(sentence)) {
    if (m[0].length === 0) {
      BOUNDARY.lastIndex++;
      continue;
    }
    addCut(m.index, m.index + m[0].length);
  }
  cuts.sort((a, b) => a[0] - b[0]);
  const pieces: Array<[number, number, string]> = [];
  let from = 0;
  let joiner = '';
  for (const [a, b] of cuts) {
    pieces.push([from, a, joiner]);
    joiner = sentence.slice(a, b);
    from = b;
  }
  pieces.push([from, sentence.length, joiner]);
  const out: Clause[] = [];
  for (const [a, b, join] of pieces) {
    const text = sentence.slice(a, b);
    const trimmed = text.trim();
    const last = out[out.length - 1];
    // "Pakistan and Russia signed": names joined by "and" are one subject, not two clauses.
    const ownEvent =
      (/^,\s+$/.test(join) && /^when\b/i.test(trimmed)) ||
      (/^,\s+and\s+$/.test(join) && /^(?:when|as|while|once)\b/i.test(trimmed) && VERB.test(trimmed));
    if (last && !ownEvent && (SUBORDINATE.test(trimmed) || (!last.hasVerb && /^\s+and\s+$/.test(join)))) {
      if (!SUBORDINATE.test(trimmed)) {
        last.head = sentence.slice(last.start, b);
        last.hasVerb = VERB.test(last.head);
        last.sharesSubject = STARTS_WITH_VERB.test(last.head.trim());
      }
      last.end = b;
      last.text = sentence.slice(last.start, b);
      continue;
    }
    out.push({
      start: a,
      end: b,
      head: text,
      text,
      sharesSubject: STARTS_WITH_VERB.test(trimmed),
      sequence: /^(?:then|later)\b/i.test(trimmed),
      afterCommaAnd: /^,\s+and\b/.test(join),
      hasVerb: VERB.test(trimmed) || (/^,\s+and\b/.test(join) && /^[a-z]+ing\b/.test(trimmed)),
    });
  }
  return out;
}
