// How much a fact matters to an examiner, from general signals only: how many sources tell it, what
// kind of event it is (a war, a treaty or agreement, a first visit, a membership), and how much its
// article says about it. New cards come in this order, and a minor event gets one card.
import type { FactDraft } from './draft.ts';
import { words } from './words.ts';

/** Events of these types are what exam questions are made of. */
const WEIGHTY_TYPES = new Set(['agreement', 'military', 'organization']);

/** Words that mark an event as one of a kind: a war, a treaty, a first, a membership. */
const WEIGHTY_WORDS =
  /\b(?:wars?|treaty|agreements?|accords?|pacts?|declaration|charter|protocol|first|maiden|member(?:ship)?|joined|founded|established|annex\w*|invasion|independence|recogni[sz]\w*|summit|alliance|sanctions|nuclear)\b/i;

/** An article that tells an event in this many words or more says much about it. */
const LONG_TELLING = 25;

/** A fact below this importance is minor: one card asks about it. */
export const MINOR_BELOW = 2;

/**
 * The fact's importance: one point per source telling it, one for a weighty type, one for a weighty
 * word in what is told, one for a long telling. Higher comes first.
 */
export function importance(draft: FactDraft): number {
  const told = `${draft.fact.summary} ${draft.clauseText}`;
  return (
    draft.fact.sources.length +
    (WEIGHTY_TYPES.has(draft.fact.type) ? 1 : 0) +
    (WEIGHTY_WORDS.test(told) ? 1 : 0) +
    (words(draft.sentence).length >= LONG_TELLING ? 1 : 0)
  );
}
