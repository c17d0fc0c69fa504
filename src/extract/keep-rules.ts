// Keep or drop: the rules that say a clause tells no event worth a fact (a state of things, a plan,
// commentary, a yearly figure). Each is a record with an id, a reason and examples that run as tests.

import type { FactType } from '../domain/deck-schema.ts';
import { EVENT_NOUN } from './lexicon/index.ts';

/** Where a rule applies: to a clause that gives its own date, or to one that takes a date from its context. */
export type KeepScope = 'dated' | 'undated' | 'both';

/** What a keep rule sees of a clause. */
export interface ClauseView {
  text: string;
  /** The clause's leading words, up to its verb and a little after. */
  head: string;
  /** The whole sentence the clause stands in, when it is not the clause itself. */
  sentence?: string;
  /** The event type the clause's words give, when known. */
  type?: FactType;
  /** The clause's own date: how precise, and the clause's words before it. */
  date?: { precision: 'day' | 'month' | 'year' | 'range'; before: string; hasMonth?: boolean };
}

export interface KeepRule {
  id: string;
  reason: string;
  scope: KeepScope;
  /** True when the clause is to be dropped. */
  drops: (clause: ClauseView) => boolean;
  /** `drop: true` examples must be dropped by this rule, `drop: false` ones kept by it. */
  examples: Array<{ text: string; drop: boolean; date?: ClauseView['date'] }>;
}

const YEAR = '(?:1[5-9]\\d\\d|20\\d\\d)';

/** Plans and forecasts: a fact only once they carry a date of their own ("will visit on 3 May"). */
const FUTURE =
  /\b(?:will|shall|is\s+expected\s+to|are\s+expected\s+to|plans?\s+to|aims?\s+to|is\s+set\s+to)\b/i;

const STATE_OF_THINGS = new RegExp(
  [
    '\\b(?:has|have|had)\\s+never\\b',
    '\\bnever\\s+been\\b',
    `(?:^|,\\s*|\\band\\s+)${YEAR}\\s+(?:was|is|has\\s+been|remains)\\b`,
    `\\bthe\\s+${YEAR}\\s+[a-z]+\\s+(?:has|is|are|remains)\\b`,
  ].join('|'),
  'i',
);

const COMMENTARY =
  /^(?:(?:many|some|most)\s+)?(?:analysts|critics|observers|experts|commentators|historians|scholars|pundits)\b/i;

const BACKGROUND =
  /\bit\s+was\s+(?:reported|said|believed|claimed|thought)\b|\b(?:had\s+(?:already\s+|long\s+)?(?:been|[a-z]+ed|[a-z]+en)|always|whenever|often|usually|generally|is|are|will|would)\b/i;

const FIGURE = new RegExp(
  `\\b(?:amounts?|amounted|stands?|stood|totall?ed|totals?|was\\s+worth|were\\s+worth)\\s+(?:to|at|around|about|some|nearly|over)?\\s*(?:US)?[$£€]|\\bin\\s+${YEAR}\\s+(?:amounts?|stood|stands|totall?ed)\\b`,
  'i',
);

/** A sum counted each year ("on average 600 million a year", "$2 billion annually") measures a state. */
const RECURRING_FIGURE =
  /\b(?:on\s+average|annually|per\s+(?:year|annum)|(?:million|billion|bn|mn)\s+(?:[A-Z]{3}\s+)?a\s+year)\b/i;

/** "the first contact since 2010": the year bounds a comparison; it is not when this event happened. */
const SINCE_BOUND = new RegExp(
  `\\b(?:first|last|only|highest|lowest|biggest|largest)\\b[^.;]{0,80}\\bsince\\s+${YEAR}\\b`,
  'i',
);

/** A state that lasts over a decade or more ("ties have been cordial till the 2010s", "assisting since the 1980s"). */
const LASTING =
  /\b(?:have|has)\s+(?:also\s+)?been\s+(?:[a-z]+ing|[a-z]+ly\s+[a-z]+|cordial|friendly|close|strong|good)\b[^.;]{0,120}\b(?:since|till|until|throughout)\s+(?:the\s+)?(?:early\s+|mid\s+|late\s+)?\d{3}0s\b|\b(?:since|till|until)\s+the\s+(?:early\s+|mid\s+|late\s+)?\d{3}0s\b/i;

/** "The Strategy Paper 2007-2013 focuses on …": the years name a document described now. */
const NAMED_PERIOD = new RegExp(
  `\\b[A-Z][a-z]+\\s+(?:Paper|Plan|Programme|Program|Vision|Framework|Strategy|Agenda)\\s+${YEAR}(?:\\s*[-–]\\s*\\d{2,4})?\\s+(?:focuses|aims|covers|provides|sets|outlines|includes|is|was)\\b`,
);

/** "have not decided", "did not attend", "never met": a clause that says something did not happen. */
const NEGATED =
  /\b(?:has|have|had|did|do|does|was|were)\s+(?:not|never)\b|\b(?:hasn|haven|hadn|didn|don|doesn|wasn|weren)['’]t\b/i;

/**
 * A present state told in a report: "the new order re-affirms an old one" (a verb in -s right after
 * a short subject that opens the clause). A present perfect is no sign: news tells its main event so
 * ("has been elected").
 */
const PRESENT_STATE =
  /^\s*(?:the|a|an|its|their|this|that)\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][a-z-]*[^s\W]s\s+(?:a|an|the|that|its|their|his|her)\b/i;

/** "During the meeting, …", "during that visit": a part of an event the text has told already. */
export const DURING_TOLD = new RegExp(
  `^\\W*(?:and\\s+|but\\s+)?(?:during|at|in the course of)\\s+(?:the|that|this)\\s+(?:${EVENT_NOUN.visit}|${EVENT_NOUN.meeting})\\b`,
  'i',
);

/** "the first period lasted till 1999", "relations remained strained until …": the end of a state. */
const LASTED_UNTIL =
  /\b(?:lasted|remained|continued|persisted|stayed|endured)\b[^.;]{0,80}\b(?:till|until|up to)\s+(?:the\s+)?$/i;

/** Keep rules, tried in order; the first that drops a clause names why. */
export const KEEP_RULES: KeepRule[] = [
  {
    id: 'keep.plan',
    reason:
      'A plan or forecast with no date of its own is not a fact yet; a scheduled event with its date is.',
    scope: 'undated',
    drops: ({ head }) => FUTURE.test(head.split(/\sthat\s/)[0] ?? ''),
    examples: [
      { text: 'The minister will also meet traders.', drop: true },
      { text: 'The minister met traders.', drop: false },
    ],
  },
  {
    id: 'keep.forecast',
    reason:
      'A future dated only by a year or a deadline ("will hold talks by 2030") is a forecast; a scheduled day ("will visit on 3 May") is a fact.',
    scope: 'dated',
    drops: (clause) => {
      const { date } = clause;
      // The future must lead to the date, outside any quotation.
      const before = (date?.before ?? '').replace(/[“"][^”"]*[”"]/g, ' ');
      // Outside quotations and what was said ("… gestures that they will back …").
      const text = clause.text.replace(/[“"][^”"]*[”"]/g, ' ').split(/\sthat\s/)[0] ?? '';
      const yearOnly = date?.precision === 'year' || (date?.precision === 'range' && !date.hasMonth);
      // "In 2014-20, the programme will be focusing on …": a year ahead of a future is a forecast too.
      if (
        yearOnly &&
        FUTURE.test(text) &&
        !FUTURE.test(before) &&
        /^\W*(?:in|by|from|during)?\s*$/i.test(before)
      )
        return true;
      return (
        FUTURE.test(before) &&
        (date?.precision === 'year' ||
          (date?.precision === 'range' && !date.hasMonth) ||
          /\b(?:by|before|until|within)\s*$/i.test(before))
      );
    },
    examples: [
      {
        text: 'They will hold another round by 2030.',
        drop: true,
        date: { precision: 'year', before: 'They will hold another round by ' },
      },
      {
        text: 'In 2014-20, the programme will be focusing on governance',
        drop: true,
        date: { precision: 'range', before: 'In ' },
      },
      {
        text: 'In 2010, the envoy gave assurances that they will back the bid',
        drop: false,
        date: { precision: 'year', before: 'In ' },
      },
      {
        text: 'The president will visit the capital on 4 May 2019.',
        drop: false,
        date: { precision: 'day', before: 'The president will visit the capital on ' },
      },
      {
        text: '“Talks will go on,” she said of the pact of 1994.',
        drop: false,
        date: { precision: 'year', before: '“Talks will go on,” she said of the pact of ' },
      },
    ],
  },
  {
    id: 'keep.state-of-things',
    reason: 'A state of things, a year judged, or a year that names a thing described now, is no event.',
    scope: 'both',
    drops: ({ text }) => STATE_OF_THINGS.test(text),
    examples: [
      { text: 'the canal has never been finished since work stopped in 1987', drop: true },
      { text: '2009 was the hardest year for the port', drop: true },
      { text: 'the 1972 accord has no clause on water', drop: true },
      { text: 'the accord was signed in 1972', drop: false },
    ],
  },
  {
    id: 'keep.figure',
    reason: 'A yearly figure (trade stood at $2 billion in 2019) measures a state; it tells no event.',
    scope: 'dated',
    drops: ({ text }) => FIGURE.test(text) || RECURRING_FIGURE.test(text),
    examples: [
      { text: 'The imports of the country in 2018 amount to $120 million', drop: true },
      { text: 'two-way trade stood at $1.2 billion in 2016', drop: true },
      { text: 'In 2016 the bank lent $50 million to the port', drop: false },
      { text: 'Since 2010 aid has been on average about 600 million a year', drop: true },
    ],
  },
  {
    id: 'keep.since-bound',
    reason: 'After "the first … since", the year bounds a comparison: it is not when the event happened.',
    scope: 'dated',
    drops: ({ text }) => SINCE_BOUND.test(text),
    examples: [
      { text: 'It was the first ministerial visit between the two states since 2012.', drop: true },
      { text: 'Trade has grown since 2012 when the accord was signed.', drop: false },
    ],
  },
  {
    id: 'keep.lasting-state',
    reason:
      'A state or activity that lasts over decades ("have been assisting since the 1980s") is no dated event.',
    scope: 'dated',
    drops: ({ text }) => LASTING.test(text),
    examples: [
      {
        text: 'Engineers have also been assisting the ministry since the 1990s in flood control',
        drop: true,
      },
      { text: 'ties have been cordial till the 2000s', drop: true },
      { text: 'In the 1990s the two states began joint patrols', drop: false },
    ],
  },
  {
    id: 'keep.lasted-until',
    reason:
      'A state that "lasted till 1999" or "remained strained until" a date ends then: the date bounds it, no event happened on it.',
    scope: 'dated',
    drops: ({ date }) => LASTED_UNTIL.test(date?.before ?? ''),
    examples: [
      {
        text: 'the first period lasted till 1999',
        drop: true,
        date: { precision: 'year', before: 'the first period lasted till ' },
      },
      {
        text: 'Relations remained strained until the Sept. 11 attacks',
        drop: true,
        date: { precision: 'day', before: 'Relations remained strained until the ' },
      },
      {
        text: 'The talks went on until 1999, when a pact was signed',
        drop: false,
        date: { precision: 'year', before: 'The talks went on until ' },
      },
    ],
  },
  {
    id: 'keep.named-period',
    reason:
      'Years in the name of a plan or paper described now ("the Plan 2010-2015 covers …") date no event.',
    scope: 'dated',
    drops: ({ text }) => NAMED_PERIOD.test(text),
    examples: [
      { text: 'The Country Action Plan 2010-2015 covers rural roads and schools', drop: true },
      { text: 'The plan was adopted in 2010', drop: false },
    ],
  },
  {
    id: 'keep.commentary',
    reason: 'What analysts or observers think of an event is commentary, not an event.',
    scope: 'undated',
    drops: ({ text }) => COMMENTARY.test(text.trim()),
    examples: [
      { text: 'Analysts believe the talks will stall', drop: true },
      { text: 'The ministers believed the talks would stall', drop: false },
    ],
  },
  {
    id: 'keep.negated',
    reason:
      'A clause that says something did not happen ("we have not decided") takes no date from its neighbour.',
    scope: 'undated',
    drops: ({ head }) => NEGATED.test(head),
    examples: [
      { text: 'We have not decided the final date', drop: true },
      { text: 'the delegation did not attend the dinner', drop: true },
      { text: 'the delegation decided not to attend', drop: false },
    ],
  },
  {
    id: 'keep.present-state',
    reason: 'A state of the present ("the order re-affirms an old one") takes no date from its neighbour.',
    scope: 'undated',
    drops: ({ head }) => PRESENT_STATE.test(head),
    examples: [
      { text: 'The country has been elected to the council', drop: false },
      { text: 'The new order re-affirms an old one', drop: true },
      { text: 'The two countries signed a pact', drop: false },
      { text: 'The minister discussed the plan', drop: false },
    ],
  },
  {
    id: 'keep.part-of-told',
    reason:
      'What was talked about "during the meeting" is part of the meeting already told; a deed of its own kind there (an agreement signed) is a fact.',
    scope: 'undated',
    drops: ({ text, sentence, type }) =>
      (DURING_TOLD.test(text) || DURING_TOLD.test(sentence ?? '')) &&
      (type === 'other' || type === 'visit' || type === 'relations'),
    examples: [
      { text: 'During the meeting, matters of mutual interest were discussed.', drop: true },
      { text: 'during the visit, both sides discussed trade', drop: true },
      { text: 'During that visit, many agreements were signed', drop: false },
    ],
  },
  {
    id: 'keep.background',
    reason:
      'A clause without a date that tells background (had been, always, usually, present tense) takes no date from its neighbour.',
    scope: 'undated',
    drops: ({ head }) => BACKGROUND.test(head),
    examples: [
      { text: 'the two navies had already trained together', drop: true },
      { text: 'the port is the largest in the region', drop: true },
      { text: 'the two navies trained together', drop: false },
    ],
  },
];

/** The first keep rule of `scope` that drops the clause, or null when the clause is kept. */
export function dropRule(clause: ClauseView, scope: 'dated' | 'undated'): KeepRule | null {
  return KEEP_RULES.find((r) => (r.scope === scope || r.scope === 'both') && r.drops(clause)) ?? null;
}
