// What an event is about, when the text names it: the agreement's name, the organisation joined,
// what was supplied or bought.
import type { FactType } from '../domain/deck-schema.ts';
import { AGREEMENT_NOUNS, matchAny, ORGANISATION_NAMES, organisationNamed } from './lexicon/index.ts';

const named = (name: string | null): string | null => (name ? (organisationNamed(name) ?? name) : null);

const QUOTED = /[“"]([^”"]{3,80})[”"]/;
const NAMED_DEAL = new RegExp(
  `\\b((?:[A-Z][\\w-]*\\s+){0,5}${matchAny(AGREEMENT_NOUNS.map((n) => n[0]?.toUpperCase() + n.slice(1)))})\\b`,
);
const DEAL =
  /\b(?:signed|sign|concluded)\s+(?:an?\s+|the\s+)?((?:[\w$.-]+\s+){0,6}?(?:agreements?|accord|treaty|pact|deal|declaration))\b/i;
const ORG =
  /\b(?:join(?:ed)?|member of|admitted to|membership of|membership in)\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})/;
const ORGANISATION = new RegExp(`\\b(${ORGANISATION_NAMES})\\b`);
const SUPPLY =
  /\b(?:supplied|sold|delivered|bought|buy|purchase[ds]?|acquire[ds]?|provided)\s+(?:Pakistan\s+with\s+)?((?:[\w$.-]+\s+){0,5}?(?:helicopters?|jets?|aircraft|planes?|tanks?|missiles?|engines?|weapons?|systems?|equipment|ships?|submarines?|hardware))\b/i;

/** The object of an event of the given type found in `clause`, or null. */
export function eventObject(clause: string, type: FactType): string | null {
  const pick = (re: RegExp): string | null => re.exec(clause)?.[1]?.trim() ?? null;
  if (type === 'agreement') return pick(QUOTED) ?? pick(NAMED_DEAL) ?? pick(DEAL);
  if (type === 'organization') return pick(ORG) ?? named(pick(ORGANISATION));
  if (type === 'military' || type === 'economic') return pick(SUPPLY);
  return null;
}
