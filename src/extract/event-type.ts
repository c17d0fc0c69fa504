// Says what kind of event a clause reports (visit, agreement, military...) from its key words.
import type { FactType } from '../domain/deck-schema.ts';

/** A statement verb decides the type when nothing but talk of relations comes before it. */
const STATEMENT =
  /\b(announced|announces|said|says|accepted the (?:proposal|offer|plan)|waved away|rejected the offer|quick to defend|stated|informed|warned|declared that|described|voted|indicated|lodged a protest|protested|condemn(?:ed)?|criticis(?:ed|ized)|observed in|aide-m[ée]moire|passed (?:a|the) resolution|threatening statements|requested|cancell?ed|called (?:for|on|it)|(?<!(?:was|were|been|being) )invited|offered to|offered (?:its|his|her|their|the)|proposed|tabled|assured|urged|demanded|accused|rejected|objected|apologi[sz]ed|served (?:a )?notice|asked (?:the|for|[A-Z])|told)\b/i;

/** Calling an event off is a statement about it, wherever the cue stands. */
const CALLED_OFF = /\b(cancell?ed|postponed|called off|put off)\b/i;

/** Strong cues decide the type wherever they stand; weak cues only when no strong one is present. */
const STRONG: Array<[FactType, RegExp]> = [
  [
    'organization',
    /\b(member(?:ship)?|joined(?! hands)|join(?! hands)|admitted|accession|observer status|bid to join|entry into|renamed the [A-Z][\w ]*Organi[sz]ation|seat at the United Nations|seat in the United Nations)\b/i,
  ],
  [
    'agreement',
    /\b(agreed (?:on|upon)|signs?|signed|signing|agreements?|accords?|treaty|treaties|pacts?|declaration|memorandum|MoUs?|brokere?d? peace|ceasefire)\b/i,
  ],
  [
    'visit',
    /\b(sent\s+(?:his|her|their|its|a|an|the)\s+(?:[\w-]+\s+){0,3}to|visit(?:s|ed|ing)?|toured|tours?|trip|travell?ed|state visit|went to|came to (?!power|an end|terms)|met (?:with|in|at)|held talks|talks were held|arrived in|arrived|flew (?:to|into)|stopped (?:in|at|over)|landed in|state dinner|received (?:warmly )?in)\b/i,
  ],
];

const WEAK: Array<[FactType, RegExp]> = [
  [
    'military',
    /\b(wars?|invasion|invaded|attack(?:s|ed)?|military|exercises?|arms|weapons?|embargo|missiles?|helicopters?|tanks|aircraft|warships?|submarines?|fighter|jets|F-\d+s?|spy|reconnaissance|surveillance|flights|shot down|annex(?:ed|ation)|troops|soldiers?|forces|army|defen[cs]e|nuclear tests?|tests? (?:of|in)|incident|conflict|battle|engines|fought|killed|killing|bomb(?:ed|ing|s)?|blast|militants?|terrorists?|raid|air ?strikes?|surrender(?:ed)?|fell|besieged|occupied|ceasefire)\b/i,
  ],
  [
    'economic',
    /\b(economic|trade|oil|steel|gas|pipeline|investment|consortium|sanctions|loan|aid|power plant|plant|foundation stone|factory|mills?|exports?|imports?|dams?|barrage|canals?|hydropower|hydro-?electric|project|port|highway|corridor|railway|motorway|funding|funds?|grants?|debt|budget|tariffs?|amendment|Act\b|completed|inaugurated|construction|built)\b/i,
  ],
  [
    'relations',
    /\b(relations?|relationship|ties|diplomatic|credentials|ambassador|embassy|recogni[sz]ed|recogni[sz]e|recognition|alliance|allies|ally|friendship|accepted (?:the|an|his|her|their) invitation|talks|negotiat\w+|mediat\w+|tilted|channel|rapprochement|sat down|argued|reopen(?:ed)?)\b/i,
  ],
  [
    'other',
    /\b(death|died|assassinat\w+|independence|disintegration|dissolution|collapse|elected|election|launch\w*|satellite|born|revolution)\b/i,
  ],
];

function earliestWeak(clause: string): { type: FactType; at: number } {
  let best: FactType = 'other';
  let at = Number.POSITIVE_INFINITY;
  for (const [type, re] of WEAK) {
    const m = re.exec(clause);
    if (m && m.index < at) {
      best = type;
      at = m.index;
    }
  }
  return { type: best, at };
}

/** Violence decides a clause's type whatever else it names ("a bus to the dam site was bombed"). */
const VIOLENCE = /\b(?:killed|killing|bombed|bombing|blast|shot dead|massacre|militants attacked|gunmen)\b/i;
/** Courts and rulings are their own kind of event, whatever project they rule on. */
const LEGAL = /\b(?:verdict|award|arbitration|court of|ruling|ruled|tribunal)\b/i;

/** The event type of a clause and whether a strong cue decided it; 'other' when no cue is found. */
export function typeCue(clause: string): { type: FactType; strong: boolean } {
  if (VIOLENCE.test(clause)) return { type: 'military', strong: true };
  if (LEGAL.test(clause)) return { type: 'other', strong: true };
  if (CALLED_OFF.test(clause)) return { type: 'statement', strong: true };
  const said = STATEMENT.exec(clause);
  if (said) {
    const before = clause.slice(0, said.index);
    const earlierStrong = STRONG.some(([, re]) => re.test(before));
    const weak = earliestWeak(before);
    if (!earlierStrong && (weak.type === 'other' || weak.type === 'relations'))
      return { type: 'statement', strong: true };
  }
  // An envoy arriving at a post or presenting credentials opens a mission: relations, not a visit.
  if (
    /\b(?:ambassador|envoy|counterpart|high commissioner)\b/i.test(clause) &&
    /\barrived\b|\bcredentials\b/i.test(clause)
  ) {
    return { type: 'relations', strong: true };
  }
  for (const [type, re] of STRONG) if (re.test(clause)) return { type, strong: true };
  return { type: earliestWeak(clause).type, strong: false };
}

/** The event type of a clause; 'other' when no cue is found. */
export function eventType(clause: string): FactType {
  return typeCue(clause).type;
}
