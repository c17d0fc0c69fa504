// Ties the dates of one sentence to the events its clauses report: one draft fact per dated event,
// undated events taking the date of the clause before them.
import type { FactType } from '../domain/deck-schema.ts';
import { type Clause, splitClauses } from './clauses.ts';
import { type DatePoint, dateSpans, type ResolvedDate, sentenceDates } from './dates/index.ts';
import { eventType, REACTION, typeCue } from './event-type.ts';
import { DURING_TOLD, dropRule } from './keep-rules.ts';
import { EVENT_NOUN, PAST_IRREGULAR } from './lexicon/index.ts';

export type { ResolvedDate } from './dates/index.ts';

/** An event a leading phrase may name: a visit, or a summit, a conference or talks. */
const LEAD_EVENT_NOUN = new RegExp(`\\b(?:${EVENT_NOUN.visit}|summit|conference|talks)\\b`, 'i');

export interface Draft {
  date: ResolvedDate;
  type: FactType;
  /** The words of the event: what actors and objects are read from. */
  clause: string;
  /** Where those words stand: [start, end) offsets into the sentence. */
  at: [number, number];
  /** Ids of the rules that made the draft: how it was dated and why it was kept. */
  rules: string[];
}

export interface SentenceDrafts {
  drafts: Draft[];
  /** Every date the sentence gave, in order (the narrative's anchors for what follows). */
  dates: ResolvedDate[];
}

interface EventPiece {
  head: string;
  /** Starts with a verb: its subject is the one the sentence began with. */
  sharesSubject: boolean;
  sequence: boolean;
  text: string;
  start: number;
  end: number;
  hasVerb: boolean;
  strong: boolean;
  type: FactType;
  /** The id of the type cue that gave `type`. */
  typeRule: string;
}

/** A year used as a modifier ("the 1965 war") takes its type from the words after it. */
function modifierType(sentence: string, date: ResolvedDate): FactType | null {
  if (date.precision !== 'year' || date.relative) return null;
  if (!/(?:\bthe|\ba|\ban|\bits|[’']s)\s*$/i.test(sentence.slice(0, date.start))) return null;
  const rest = sentence.slice(date.end).replace(/^(?:,?\s+(?:and|or)\s+\d{4})+/, '');
  const after = /^(?:\s+[\w-]+){1,4}/.exec(rest)?.[0] ?? '';
  const type = eventType(after);
  return type === 'other' ? null : type;
}

/** Nouns of happenings that a text names rather than tells: "the 1973 war", "the 2005 earthquake". */
const HAPPENING =
  '(?:wars?|earthquakes?|floods?|attacks|coup|crisis|revolution|uprising|invasion|nuclear tests|riots|cyclone|tsunami|massacre|famine|partition|elections|overthrow)';
const YEAR_RE = '(1[5-9]\\d\\d|20\\d\\d)';
/** "the 1973 Egyptian-Israeli war", "the 1965 and 1971 wars". */
const YEAR_NAMED = new RegExp(
  `\\bthe\\s+${YEAR_RE}((?:\\s*,\\s*|\\s+and\\s+)${YEAR_RE})*\\s+(?:[\\w’'-]+\\s+){0,3}?${HAPPENING}\\b`,
  'gi',
);
/** "the democratic elections of 1989", "the overthrow of the elected government in October 1999". */
const OF_DATE = new RegExp(
  `\\bthe\\s+(?:[\\w’'-]+\\s+){0,3}?${HAPPENING}(?:\\s+of\\s+(?:the\\s+)?[\\w’'-]+(?:\\s+[\\w’'-]+){0,3}?)?\\s+(?:of|in|on)\\s+(?=\\S)`,
  'gi',
);
/** "Following the overthrow of the government in May 2000, …": a leading phrase that names a happening. */
const LEADING = new RegExp(
  `^\\W*(?:(?:however|then|but|and)\\b,?\\s*)?(?:following|after|during|amid)\\s+(?:the\\s+)?(?:[\\w’'-]+\\s+){0,3}?${HAPPENING}\\b[^,;]*,`,
  'i',
);
/** "the Indo-Pakistani War of 1971", "the Indian-Pakistani war" (no year: the clause's date dates it). */
const NAME_NAMED = new RegExp(
  `\\bthe\\s+((?:[A-Z][\\w’'-]*\\s+){0,2}[A-Z][\\w’'-]*-[A-Z][\\w’'-]*|(?:[A-Z][\\w’'-]*\\s+){1,3})${HAPPENING}\\b(?:\\s+of\\s+${YEAR_RE})?`,
  'g',
);

interface Happening {
  at: [number, number];
  date: ResolvedDate;
  words: string;
  /**
   * Named after the deed that leads to it ("visited … to attend the summit"): told after the deed,
   * whose words end where this offset (into the sentence) begins the attending.
   */
  after?: number;
  /** Dated only by its clause ("had taken sides in the Indo-Pakistani war"): told after the clause. */
  last?: boolean;
}

/**
 * Happenings a clause names in passing, each a fact of its own: "played host to warships during the
 * 1973 war" tells the hosting and the war. A happening with its year counts apart only after a deed
 * and a word of time ("during", "following"): "a key role in the 1971 war" tells one event, and so
 * does a clause that only names it ("After the 1965 war,"). One named without a year ("the
 * Indo-Pakistani war") takes the date the clause gave before it, and none when its date follows it.
 */
function namedHappenings(
  text: string,
  event: { start: number; end: number },
  dates: ResolvedDate[],
): Happening[] {
  const piece = text.slice(event.start, event.end);
  const out: Happening[] = [];
  const hasDeedBefore = (i: number): boolean => VERB_BEFORE.test(piece.slice(0, i));
  for (const m of piece.matchAll(YEAR_NAMED)) {
    if (!TIME_WORD_BEFORE.test(piece.slice(0, m.index)) || !hasDeedBefore(m.index)) continue;
    const at: [number, number] = [event.start + m.index, event.start + m.index + m[0].length];
    for (const d of dates.filter((d) => d.start >= at[0] && d.end <= at[1]))
      out.push({ at, date: d, words: m[0] });
  }
  // "returned after the democratic elections of 1989": the date that follows the happening is its own.
  for (const m of piece.matchAll(OF_DATE)) {
    const own = dates.find((d) => d.start === event.start + m.index + m[0].length);
    if (!own || !TIME_WORD_BEFORE.test(piece.slice(0, m.index)) || !hasDeedBefore(m.index)) continue;
    const at: [number, number] = [event.start + m.index, own.end];
    if (!out.some((o) => o.at[0] < at[1] && at[0] < o.at[1]))
      out.push({ at, date: own, words: text.slice(...at) });
  }
  // A leading phrase that names a happening with its date: the happening, and the main clause after it.
  const lead = LEADING.exec(piece);
  if (lead) {
    const own = dates.find((d) => d.start >= event.start && d.end <= event.start + lead[0].length);
    const at: [number, number] = [event.start, event.start + lead[0].length - 1];
    if (
      own &&
      piece.slice(lead[0].length).trim().length > 20 &&
      !out.some((o) => o.at[0] < at[1] && at[0] < o.at[1])
    )
      out.push({ at, date: own, words: text.slice(...at).trim() });
  }
  // "visited Nepal to attend the 18th SAARC Summit held in Kathmandu on 26-27 November 2014": the
  // summit is a body's event of its own, on its own date or the clause's.
  for (const m of piece.matchAll(ATTENDED)) {
    const from = event.start + m.index + m[0].length - (m[1]?.length ?? 0);
    let to = event.start + m.index + m[0].length;
    const own = dates.find((d) => d.start >= to && d.start - to < 60);
    if (own) to = own.end;
    const at: [number, number] = [from, to];
    const date = own ?? dates.find((d) => d.start < from) ?? dates[0];
    if (date && !out.some((o) => o.at[0] < at[1] && at[0] < o.at[1]))
      out.push({ at, date, words: text.slice(...at), after: event.start + m.index });
  }
  for (const m of piece.matchAll(NAME_NAMED)) {
    const at: [number, number] = [event.start + m.index, event.start + m.index + m[0].length];
    if (out.some((o) => o.at[0] < at[1] && at[0] < o.at[1]) || !hasDeedBefore(m.index)) continue;
    const own = dates.find((d) => d.start >= at[0] && d.end <= at[1]);
    const before = [...dates].reverse().find((d) => d.end <= at[0]);
    // A date right after it ("the invasion of X in December 1979") is the happening's own: the clause tells it.
    const after = dates.some((d) => d.start >= at[1] && d.start - at[1] < 25);
    // "came to power after the revolution": what came after it is dated, not the happening itself.
    const earlier = /\b(?:after|following|since)\s+$/i.test(piece.slice(0, m.index));
    const date = own ?? (after || earlier ? null : before);
    // Dated by the clause, it is told after the clause's own fact.
    if (date) out.push({ at, date, words: m[0], ...(own ? {} : { last: true }) });
  }
  return out;
}

/**
 * "to attend the D-8 Summit", "participated in the Extraordinary Summit of the OIC", "to take part in the
 * groundbreaking ceremony of the pipeline"; not a bare "the Summit".
 */
const ATTENDED =
  /\b(?:attend(?:ed|ing)?|participat(?:e|ed|ing)\s+in|t(?:ake|ook|aking)\s+part\s+in)\s+((?:the\s+)?(?:(?!the\s)[\w’'-]+\s+){1,6}?(?:Summit|Conference|ceremony|Ceremony|inauguration|opening)(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*)?)/g;

const TIME_WORD_BEFORE =
  /\b(?:during|following|after|before|since|amid|in the wake of|in the aftermath of)\s+$/i;
const VERB_BEFORE = new RegExp(`\\b(?:[a-z]{3,}ed|${PAST_IRREGULAR})\\b`);

/** "the invasion of Afghanistan in December 1979": an event noun just before the date names it. */
function nearType(sentence: string, clauseStart: number, date: ResolvedDate): FactType | 'other' {
  const before = sentence.slice(clauseStart, date.start);
  const m = /((?:\S+\s+){1,5})(?:in|on|of|since)\s+(?:early\s+|late\s+)?$/i.exec(before);
  if (!m || before.length - (m[0]?.length ?? 0) < 2) return 'other';
  return eventType(m[1] ?? '');
}

function eventsOf(clauses: Clause[], sentence: string): EventPiece[] {
  const events: EventPiece[] = [];
  for (const clause of clauses) {
    const cue = typeCue(clause.head);
    const prev = events[events.length - 1];
    const secondAction = clause.sharesSubject && !clause.sequence && !clause.afterCommaAnd;
    if (prev && secondAction && !(prev.strong && cue.strong && prev.type !== cue.type)) {
      prev.head = `${prev.head} ${clause.head}`;
      // The sentence's own words between them ("and", "and then") stay, so the text still reads.
      prev.text = sentence.slice(prev.start, clause.end).trim();
      prev.end = clause.end;
      const merged = typeCue(prev.head);
      prev.type = merged.type;
      prev.strong = merged.strong;
      prev.typeRule = merged.rule;
      continue;
    }
    events.push({ ...clause, strong: cue.strong, type: cue.type, typeRule: cue.rule });
  }
  return events;
}

const SUBJECT_VERB = new RegExp(
  `^(.*?)\\s+(?:(?:also|then|later|first|finally)\\s+)?(?:${PAST_IRREGULAR}|[a-z]{3,}ed)\\b`,
);

/**
 * The named subject a sentence opens with ("Later, Zulfikar Ali Bhutto succeeded …" → "Zulfikar
 * Ali Bhutto"), lent to a later clause of the sentence that starts with its verb ("…, and laid the
 * foundations in 1972"). Null when the opening is not a short run of names.
 */
export function openingSubject(text: string): string | null {
  const m = SUBJECT_VERB.exec(text.trim());
  const subject = (m?.[1] ?? '')
    .replace(
      /^(?:(?:later|then|thus|however|meanwhile|subsequently|finally|also|moreover|onwards),?\s+)+/i,
      '',
    )
    .trim();
  if (!subject || subject.split(/\s+/).length > 6 || /[,;:()]/.test(subject)) return null;
  // Names only: "Zulfikar Ali Bhutto", "The Soviet Union", "Pakistan and Russia".
  if (!/^(?:The\s+)?[A-Z][\w’'.-]*(?:\s+(?:and\s+|of\s+)?[A-Z][\w’'.-]*)*$/.test(subject)) return null;
  return subject;
}

/** What "then ..." after a dated span happened in: the span's last year. */
function after(date: ResolvedDate): ResolvedDate {
  if (date.precision !== 'range') return date;
  const end = date.value.split('/')[1]?.slice(0, 4) ?? date.value.slice(0, 4);
  return { ...date, value: end, precision: 'year' };
}

/**
 * True for a relative mention that points back at a day already given ("on this fateful day"); "the
 * same day" brings a new event on that day instead.
 */
function isBackReference(d: ResolvedDate, text: string): boolean {
  return d.relative && /\b(?:this|that)\s+(?:fateful\s+|very\s+)?day\b/i.test(text.slice(d.start, d.end));
}

/** "the events of ", "the “excesses” of ": a noun phrase that a year after it closes. */
const NOUN_PHRASE_OF = String.raw`the\s+(?:[“"‘']?[\p{L}’'-]+[”"’']?\s+){1,3}of\s+$`;
const OF_PHRASE = new RegExp(String.raw`\b` + NOUN_PHRASE_OF, 'iu');
/** The same phrase after "regret for", "apologised over": the deed's object. */
const OBJECT_OF = new RegExp(String.raw`\b(?:for|over|about|against)\s+` + NOUN_PHRASE_OF, 'iu');

/**
 * True for a year that closes a noun phrase ("regret for the events of 1971"): it says which thing
 * is meant, not when the clause's deed was done.
 */
export function closesNounPhrase(text: string, d: ResolvedDate): boolean {
  return (
    d.precision === 'year' && !d.relative && OF_PHRASE.test(text.slice(Math.max(0, d.start - 60), d.start))
  );
}

/**
 * True for a year that closes the object of a deed ("expressed regret for the excesses of 1971"):
 * the deed is undated by it, and may take the date the narrative has reached.
 */
export function datesTheObject(text: string, d: ResolvedDate): boolean {
  return (
    d.precision === 'year' && !d.relative && OBJECT_OF.test(text.slice(Math.max(0, d.start - 80), d.start))
  );
}

export interface DraftContext {
  /** The report's own date ("today", "on Friday" and year-less days resolve from it); none by default. */
  documentDate?: DatePoint | null;
}

/**
 * The draft facts of one sentence. `anchor` is the narrative's last date, `lastDay` its last
 * day-precise date; relative dates resolve from them, deictic ones from the context's document date.
 */
export function draftSentence(
  text: string,
  anchor: ResolvedDate | null,
  lastDay: ResolvedDate | null,
  inherited: ResolvedDate | null = null,
  context: DraftContext = {},
): SentenceDrafts {
  const dates = sentenceDates(text, { anchor, lastDay, documentDate: context.documentDate ?? null });
  const strip = (s: string): string =>
    dateSpans(s)
      .reverse()
      .reduce((acc, [a, b]) => acc.slice(0, a) + acc.slice(b), s);
  // A sentence that returns to a day already given ("on this fateful day") retells that event.
  if (dates.some((d) => isBackReference(d, text))) return { drafts: [], dates };
  const events = eventsOf(splitClauses(text, strip), text);
  // "When X arrived on 20 April 2015, the two sides signed …": the main clause's subject leads.
  const leadIsSubordinate = /^(?:when|as|while|once|after|before|during|following)\b/i.test(
    events[0]?.text.trim() ?? '',
  );
  const openerEvent = leadIsSubordinate ? events[1] : events[0];
  const opener = openerEvent ? openingSubject(openerEvent.text) : null;
  // A clause that starts with its verb tells the opening subject's next deed: the subject goes with it.
  const wordsOf = (event: EventPiece): string =>
    event !== events[0] && event !== openerEvent && event.sharesSubject && opener
      ? `${opener} ${event.text.trim().replace(/^(?:and|but)\s+/i, '')}`
      : event.text;
  const drafts: Draft[] = [];
  // A sentence under a chronology's date, or in a dated report's lead, is dated by it until it
  // gives a date of its own.
  let current: ResolvedDate | null = inherited;
  let previousType: FactType | null = null;
  for (const [index, event] of events.entries()) {
    const all = dates.filter((d) => d.start >= event.start && d.start < event.end);
    // A clause that gives its own date needs no relative one beside it.
    const inside = all.filter(
      (d) =>
        !(d.relative && all.some((o) => !o.relative && o.value.startsWith(d.value))) &&
        // "That same year, he expressed regret for the events of 1971": the clause's date is the other.
        !(closesNounPhrase(text, d) && all.some((o) => o !== d && !closesNounPhrase(text, o))) &&
        !datesTheObject(text, d),
    );
    // "1985 The summit was held on 7-8 December": a leading year that a finer date of the clause
    // refines is that date, not a second one.
    const refined = inside.filter(
      (d) =>
        !(
          d.precision === 'year' &&
          inside.some(
            (o) => o !== d && o.start > d.start && o.value !== d.value && o.value.startsWith(d.value),
          )
        ),
    );
    inside.splice(0, inside.length, ...refined);
    // "it has never been finished", "2011 was the worst year", "the 1960 treaty has no clause":
    // a state of things, a year judged, or a year naming a thing now described, not an event.
    const first = inside[0];
    if (
      first &&
      dropRule(
        {
          text: event.text,
          head: event.head,
          date: {
            precision: first.precision,
            before: text.slice(event.start, first.start),
            hasMonth: /\d{4}-\d\d/.test(first.value),
          },
        },
        'dated',
      )
    )
      continue;
    // "A key moment came in July 2002, when the president visited Dhaka": a clause that only sets
    // the time hands its date to the event of the "when" clause after it.
    const next = events[index + 1];
    if (
      inside.length === 1 &&
      event.typeRule === 'type.none' &&
      TIME_SETTER.test(event.text) &&
      next &&
      /^when\b/i.test(next.text.trim()) &&
      next.type !== 'other' &&
      !dates.some((d) => d.start >= next.start && d.start < next.end)
    ) {
      current = inside[0] ?? current;
      previousType = null;
      continue;
    }
    if (inside.length > 0) {
      const firstOfClause = drafts.length;
      inside.forEach((date, i) => {
        // With several dates in one clause, each is typed by the words around it.
        const from = i === 0 ? event.start : (inside[i - 1]?.end ?? event.start);
        const to = inside[i + 1]?.start ?? event.end;
        const own =
          inside.length > 1
            ? eventType(text.slice(from, to))
            : event.strong
              ? 'other'
              : nearType(text, event.start, date);
        const fallback = event.type === 'other' && previousType ? previousType : event.type;
        const named = modifierType(text, date);
        const type = named ?? (own === 'other' ? fallback : own);
        const typeRule = named
          ? 'type.named-by-year'
          : own !== 'other'
            ? inside.length > 1
              ? 'type.around-date'
              : 'type.near-date'
            : event.type === 'other' && previousType
              ? 'type.previous-clause'
              : event.typeRule;
        const at: [number, number] = inside.length > 1 ? [from, to] : [event.start, event.end];
        // "X was asked to condemn the 2016 attack": what was said, and the named event itself.
        if (named && named !== 'statement' && event.type === 'statement' && event.strong) {
          drafts.push({
            date,
            type: 'statement',
            clause: wordsOf(event),
            at,
            rules: ['candidate.named-event'],
          });
        }
        drafts.push({ date, type, clause: wordsOf(event), at, rules: ['candidate.dated-clause', typeRule] });
      });
      // The happenings the clause names in passing, dated by their own year or else by the clause's.
      // They come before the clause's own facts: the tighter telling first.
      const happenings = namedHappenings(text, event, all).filter(
        // With several dates the clause already tells each on its own.
        (h) =>
          !(inside.length > 1 && inside.includes(h.date) && h.date.start >= h.at[0] && h.date.end <= h.at[1]),
      );
      let before = 0;
      for (const h of happenings) {
        const draft: Draft = {
          date: h.date,
          type: eventType(h.words),
          clause: h.words.replace(/^the\s+/i, ''),
          at: h.at,
          rules: [
            h.after ? 'candidate.attended-happening' : 'candidate.named-happening',
            typeCue(h.words).rule,
          ],
        };
        if (h.last) {
          drafts.push(draft);
          continue;
        }
        if (h.after === undefined) {
          drafts.splice(firstOfClause + before++, 0, draft);
          continue;
        }
        // The deed's words stop where the attending begins: "visited the capital in 2015".
        const cut = h.after - (/\s+(?:to|and)\s+$/i.exec(text.slice(0, h.after))?.[0].length ?? 0);
        for (const d of drafts.slice(firstOfClause))
          if (d.at[0] < cut && d.at[1] > cut) d.at = [d.at[0], cut];
        drafts.push(draft);
      }
      current = inside[inside.length - 1] ?? current;
    } else if (
      current &&
      event.hasVerb &&
      !dropRule({ text: event.text, head: event.head, type: event.type, sentence: text }, 'undated') &&
      // ", when Y": a second event on that date only when it is of another kind ("came to Islamabad,
      // when a trade agreement was signed"); "work began, when X laid the stone" is one event.
      !(/^when\b/i.test(event.text.trim()) && event.type === previousType) &&
      // "visited Dhaka, and held talks with her counterpart": the same subject's next deed of the same
      // kind, with no date of its own, goes on with the event just told.
      !(
        event.sharesSubject &&
        !/^\W*(?:and\s+)?[a-z]+ing\b/i.test(event.text) &&
        current !== inherited &&
        event.type === previousType &&
        event.type !== 'other'
      ) &&
      // In a report's lead, "an officer was also killed", "he also appreciated": a detail of the day's
      // event; "Ethiopia also submitted its credentials" is another actor's deed of its own.
      !(current === inherited && ALSO_DETAIL.test(event.head))
    ) {
      drafts.push({
        date: event.sequence ? after(current) : current,
        type: event.type,
        clause: wordsOf(event),
        at: [event.start, event.end],
        rules: [
          current === inherited ? 'candidate.inherited' : 'candidate.after-dated-clause',
          event.typeRule,
        ],
      });
    }
    previousType = event.type;
  }
  // "During Premier Wen's visit, the two countries signed a treaty on 5 April 2005": the visit the
  // leading phrase names happened on the main clause's date.
  const lead = events[0];
  const main = drafts.find((d) => events[1] && d.at[0] === events[1].start);
  if (
    lead &&
    main &&
    /^(?:during|at)\s/i.test(lead.text.trim()) &&
    !drafts.some((d) => d.at[0] === lead.start) &&
    LEAD_EVENT_NOUN.test(lead.text)
  ) {
    drafts.unshift({
      date: main.date,
      type: eventType(lead.text),
      clause: lead.text,
      at: [lead.start, lead.end],
      rules: ['candidate.leading-visit', typeCue(lead.text).rule],
    });
  }
  return { drafts, dates };
}

/** "Speaking after a cabinet meeting, …", "Talking to reporters, …": a speaker's circumstance before the speaker. */
const SPEAKING_OPENER =
  /^(?:Speaking|Talking|Addressing|Responding|Commenting|Reacting|Writing)\b[^,;]{0,120},\s+/;

/** "A key moment came", "The turning point arrived", "It was": a clause that tells only a time. */
const TIME_SETTER =
  /^\W*(?:(?:a|an|the|this|that|it)\s+(?:[\w’'-]+\s+){0,3}?(?:came|was|arrived|occurred|happened|followed))\b/i;

/** "He also …", "was also killed": more of what the lead told, not a new deed. */
const ALSO_DETAIL = /^\W*(?:he|she|it|they)\s+also\b|\b(?:was|were)\s+also\b/i;

/** Sentences that open with a phrase or a back-reference rather than a new actor. */
/** "At the Martyrs' Monument, he …": a place of the event just told, then the person who was there. */
const PLACE_OPENER = /^(?:At|Inside|Outside)\s+the\s+[^,;]{2,60},\s+(?:he|she|they)\s/;
const NOT_A_NEW_ACTOR =
  /^(?:the|this|that|these|those|it|its|their|there|he|she|they|his|her|mr|mrs|ms|in|on|at|as|however|but|also|both|after|before|during|despite|considering|with|under|for|from|since|following|although|though|while|when|if|unlike|like|contrary|due|because|ultimately|meanwhile|thus|then|later|so|yet)\b/i;
const PAST =
  /\b(?:[a-z]{3,}ed|met|went|paid|held|made|took|gave|sent|led|said|told|drew|began|became|signed)\b/;

/**
 * A sentence without a date of its own, right after a dated one, that names a new actor stating
 * or visiting carries on the same date ("X protested." after "In 2016, ...").
 */
export function carriedDraft(text: string, anchor: ResolvedDate): Draft | null {
  // "During that visit, many agreements were signed": a deed of its own kind within the event just told.
  if (DURING_TOLD.test(text)) {
    const type = eventType(text);
    if (type === 'other' || type === 'visit' || type === 'relations') return null;
    return {
      date: { ...anchor, start: 0, end: 0, relative: true },
      type,
      clause: text,
      at: [0, text.length],
      rules: ['candidate.within-told-event', typeCue(text).rule],
    };
  }
  // "Speaking after a cabinet meeting, the prime minister said …": the speaker follows the opener.
  const opener = SPEAKING_OPENER.exec(text)?.[0].length ?? 0;
  const main = text.slice(opener);
  const named = /^The\s+[A-Z]/.test(main) || (opener > 0 && /^the\s+[A-Z]/.test(main));
  // "At the monument, he expressed regret …": the person just told goes on, at a place of that event.
  const goesOn = PLACE_OPENER.test(text);
  if (!/^[A-Z]/i.test(main) || (!named && !goesOn && (NOT_A_NEW_ACTOR.test(main) || /^[a-z]/.test(main))))
    return null;
  if (/\b(?:later|then|afterwards|subsequently|thereafter|first|considered|regarded|termed)\b/i.test(text))
    return null;
  if (!PAST.test(text) || /\b(?:is|are|will|can|should|must|may|might)\b/.test(text)) return null;
  const type = eventType(text);
  if (type !== 'statement' && type !== 'visit') return null;
  // A body named with "the" carries the date to react ("The Malaysian government rejected …") or
  // to arrive ("The Korean president was received …"), not to do something new of its own.
  if (named && !opener && type === 'statement' && !REACTION.test(main)) return null;
  return {
    date: { ...anchor, start: 0, end: 0, relative: true },
    type,
    clause: text,
    at: [0, text.length],
    rules: ['candidate.carried-sentence', typeCue(text).rule],
  };
}
