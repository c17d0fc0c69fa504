// Event nouns: the words that name a happening of one kind ("visit", "summit", "treaty"), read by the
// stages that find an event told by a noun rather than a verb, or a part of an event told before.
import { matchAny } from './pattern.ts';

/** A journey by a person or a delegation. */
export const VISIT_NOUNS: readonly string[] = ['visit', 'tour', 'trip'];

/** People meeting to talk. */
export const MEETING_NOUNS: readonly string[] = [
  'meeting',
  'talks',
  'summit',
  'conference',
  'session',
  'call',
  'conversation',
  'interview',
];

/** Written agreements, as their names end ("the Simla Agreement", "the Treaty of …" aside). */
export const AGREEMENT_NOUNS: readonly string[] = [
  'agreement',
  'declaration',
  'treaty',
  'pact',
  'accord',
  'protocol',
  'memorandum',
  'charter',
  'convention',
];

/** Each list as a regular-expression alternative, for patterns built from it. */
export const EVENT_NOUN = {
  visit: matchAny(VISIT_NOUNS),
  meeting: matchAny(MEETING_NOUNS),
  agreement: matchAny(AGREEMENT_NOUNS),
} as const;
