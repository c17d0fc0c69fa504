// Says what kind of event a clause reports (visit, agreement, military...) from its key words. The
// cues are a table of records (id, reason, words, examples), tried as the guideline defines the kinds:
// first the cues that decide a clause whatever else it names, then strong cues, then the earliest weak one.
import type { FactType } from '../domain/deck-schema.ts';
import { wordPattern } from './word-pattern.ts';

export interface TypeCue {
  id: string;
  type: FactType;
  /**
   * 'decisive': decides the clause wherever it stands; 'strong': decides it unless a decisive cue
   * does; 'weak': the earliest weak cue decides a clause with no other.
   */
  strength: 'decisive' | 'strong' | 'weak';
  reason: string;
  pattern: RegExp;
  examples: Array<{ text: string; type: FactType }>;
}

/** Verbs of reacting to what was just told: "The government rejected …", "The party welcomed this". */
export const REACTION = wordPattern([
  'welcomed',
  'rejected',
  'condemned',
  'denied',
  'protested',
  'criticised',
  'criticized',
  'dismissed',
  'regretted',
  'accused',
  'said',
  'stated',
  'responded',
  'replied',
  'hailed',
  'praised',
  'objected',
  'denounced',
]);

/** Statement verbs: they decide the type when nothing but talk of relations comes before them. */
const STATEMENT = wordPattern([
  'announced',
  'announces',
  'said',
  'says',
  'accepted the (?:proposal|offer|plan)',
  'waved away',
  'rejected the offer',
  'quick to defend',
  'stated',
  'informed',
  'warned',
  'declared that',
  'described',
  'voted',
  'indicated',
  'lodged? (?:a |strong )?(?:formal )?(?:protests?|complaints?)',
  'protested',
  'condemn(?:ed)?',
  'criticis(?:ed|ized)',
  'denounced',
  'observed in',
  'aide-m[ée]moire',
  'passed (?:a|the) resolution',
  '(?:presented|sponsored|tabled|moved|adopted) (?:and \\w+ )?(?:an? |the )?(?:[\\w-]+ ){0,5}[Rr]esolution',
  'threatening statements',
  'threatened',
  'requested',
  'cancell?ed',
  'called (?:for|it)',
  'called on (?:the )?[a-z]+ (?:to|for)',
  '(?<!(?:was|were|been|being) )invited',
  'offered to',
  'offered (?:its|his|her|their|the)',
  'proposed',
  'tabled',
  'assured',
  'urged',
  'demanded',
  'accused',
  'rejected',
  'objected',
  'apologi[sz]ed',
  'served (?:a )?notice',
  'asked (?:the|for|[A-Z])',
  'told',
  'expressed (?:regret|concern|hope|optimism|support|gratitude|sorrow)',
  'welcomed (?:this|the decision|the move|the step)',
  'lauded',
  'praised',
  'vowed',
  'reiterated',
  'pointed out',
  'dismissed concerns',
  'justified',
  'pledged',
]);

const CALLED_OFF = wordPattern(['cancell?ed', 'postponed', 'called off', 'put off']);
const VIOLENCE = wordPattern([
  'killed',
  'killing',
  'bombed',
  'bombing',
  'car-bombing',
  'blast',
  'shot dead',
  'massacre',
  'militants attacked',
  'gunmen',
  'clashed',
  'clashes',
  'fighting erupted',
  'firing',
  'gunfights?',
]);
const LEGAL = wordPattern(['verdict', 'award', 'arbitration', 'court of', 'ruling', 'ruled', 'tribunal']);
const ENVOY = wordPattern(['ambassadors?(?:-designate)?', 'envoys?', 'counterpart', 'high commissioner']);

/** The cue table, in the order it is tried within each strength. */
export const TYPE_CUES: TypeCue[] = [
  {
    id: 'type.violence',
    type: 'military',
    strength: 'decisive',
    reason: 'Violence decides a clause whatever else it names: a bomb near a dam is a military event.',
    pattern: VIOLENCE,
    examples: [{ text: 'a bus carrying workers to the dam site was bombed', type: 'military' }],
  },
  {
    id: 'type.legal',
    type: 'other',
    strength: 'decisive',
    reason: 'Courts and rulings are their own kind of event, whatever project they rule on.',
    pattern: LEGAL,
    examples: [{ text: 'the court of arbitration gave its final award', type: 'other' }],
  },
  {
    id: 'type.called-off',
    type: 'statement',
    strength: 'decisive',
    reason: 'Calling an event off is a statement about it, wherever the cue stands.',
    pattern: CALLED_OFF,
    examples: [{ text: 'the minister postponed his visit to the capital', type: 'statement' }],
  },
  {
    id: 'type.reported-speech',
    type: 'statement',
    strength: 'decisive',
    reason:
      'Words closed by who said them (“…,” the military said in a statement; …, a spokesman told AFP Sunday) are a statement, whatever they speak of.',
    pattern:
      /[,”"]\s+(?:a|an|the|he|she|they|it)?\s*(?:[\w’'-]+\s+){0,4}(?:said|told\s+[\w.]+|stated|added|announced)(?:\s+(?:in\s+a\s+statement|on\s+\w+|\w+day))*\W*$/i,
    examples: [
      {
        text: '“The army is building a gate to check the terrorists,” the military said in a statement on Monday.',
        type: 'statement',
      },
      {
        text: 'The second submarine is ready for sea trials, a navy spokesman told AFP Sunday.',
        type: 'statement',
      },
    ],
  },
  {
    id: 'type.money-given',
    type: 'economic',
    strength: 'decisive',
    reason:
      'Money signed or announced ("signed a credit line for $200 million", "announced a $3 billion support") is an economic event.',
    pattern:
      /\b(?:signed|announced|pledged|granted|extended|approved)\s+(?:an?\s+|the\s+)?(?:(?:US)?[$£€]\s?[\d.,]+\s*(?:million|billion|bn|mn)?|[\w-]+\s+){0,3}?(?:credit lines?|loans?|grants?|support|package|deposits|aid|assistance)\b(?=[^.;]{0,40}(?:[$£€]|\b(?:million|billion|rupees|dollars)\b))|\b(?:signed|announced|pledged|granted)\s+(?:an?\s+)?(?:US)?[$£€]\s?[\d.,]+/i,
    examples: [
      { text: 'Pakistan and Sri Lanka signed a credit line for US$200 million.', type: 'economic' },
      { text: 'The emir announced a $3 billion support to Pakistan.', type: 'economic' },
    ],
  },
  {
    id: 'type.commemoration',
    type: 'other',
    strength: 'strong',
    reason: 'Marking an anniversary commemorates an event; it is not the event again.',
    pattern: wordPattern(['anniversary', 'commemorat\\w+', 'celebrated']),
    examples: [
      { text: 'Both countries celebrated the 60th anniversary of diplomatic relations.', type: 'other' },
    ],
  },
  {
    id: 'type.bilateral-summit',
    type: 'relations',
    strength: 'strong',
    reason:
      'A summit of two parties ("the EU–Ruritania summit", "a bilateral summit") is their relations, not a body’s meeting.',
    pattern: wordPattern([
      '[A-Z][\\w.]*[-–][A-Z][\\w.]*(?: [\\w-]+){0,2} summits?',
      'bilateral summits?',
      'two-nation summits?',
    ]),
    examples: [
      { text: 'EU–Ruritania summits were held in 2001 and 2003.', type: 'relations' },
      { text: 'The two leaders met for a bilateral summit in the capital.', type: 'relations' },
    ],
  },
  {
    id: 'type.organization',
    type: 'organization',
    strength: 'strong',
    reason: 'Joining, leaving, founding, summits and seats of a body are organisation events.',
    pattern: wordPattern([
      // "member countries recognised …": a member state named, not membership told.
      'member(?:ship)?(?! (?:countries|states|nations|governments))',
      '(?:[\\w-]+-year|[\\w-]+ year) terms?',
      'terms? (?:are |is )?(?:ending|ends?|expir\\w+)',
      'joined(?! hands)',
      'join(?! hands)',
      'admitted',
      're-?admitted',
      'accession',
      'observers? status',
      'became (?:an? )?observers?',
      'becomes? (?:an? )?observers?',
      'bid to join',
      'entry into',
      'renamed the [A-Z][\\w ]*Organi[sz]ation',
      'seat (?:at|in|on) the [A-Z][\\w ]*',
      'terms? on the [A-Z][\\w ]*',
      'summits?',
      'suspended from',
      'suspension',
      'welcomed back',
      'withdrew from the [A-Z][\\w ]*',
      'left the [A-Z][\\w ]*',
      'expelled from',
      'was (?:established|founded|formed) by',
      // "SAARC, which had been founded in 1985": a body founded.
      '(?:was|were|had been|has been) founded',
    ]),
    examples: [
      { text: 'Ruritania joined the regional organisation as a full member.', type: 'organization' },
      { text: 'the first summit of the seven states was held in the capital', type: 'organization' },
      { text: 'the state was suspended from the councils of the group', type: 'organization' },
      { text: 'Ruritania’s entry into the pact', type: 'organization' },
    ],
  },
  {
    id: 'type.agreement',
    type: 'agreement',
    strength: 'strong',
    reason: 'Signing, agreeing and the names of agreements make an agreement.',
    pattern: wordPattern([
      'agreed (?:on|upon)',
      'it was agreed',
      // "showing signs of cooperation" is no signing.
      'signs?(?! of)',
      'signed',
      'signing',
      'agreements?',
      'accords?',
      'treaty',
      'treaties',
      'pacts?',
      'declaration',
      'memorandum',
      'MoUs?',
      'brokere?d? peace',
      'ceasefire',
      'understanding was reached',
      // "a five-year plan was endorsed by both sides": adopted together.
      'endorsed by both (?:sides|countries|governments|states)',
      'jointly endorsed',
    ]),
    examples: [
      { text: 'Both sides signed a friendship treaty.', type: 'agreement' },
      { text: 'A new five-year framework for trade was endorsed by both sides.', type: 'agreement' },
    ],
  },
  {
    id: 'type.visit',
    type: 'visit',
    strength: 'strong',
    reason: 'Travel to a place or to a person is a visit.',
    pattern: wordPattern([
      'sent\\s+(?:his|her|their|its|a|an|the)\\s+(?:[\\w-]+\\s+){0,3}to',
      // "the visiting dignitary lauded …": the adjective names who, the clause tells something else.
      'visit(?:s|ed)?',
      '(?<!\\b(?:the|a|an) )visiting',
      'toured',
      'tours?',
      'trip',
      'travell?ed',
      'state visit',
      'went to',
      'came to (?!power|an end|terms)',
      'met (?:with|in|at)',
      'called on (?:the )?(?:[A-Z]\\w*|president|prime|chief|king|queen|general|army|navy)',
      'paid a (?:courtesy )?call',
      'held talks',
      'talks were held',
      'arrived in',
      'arrived',
      'flew (?:to|into)',
      'stopped (?:in|at|over)',
      'landed in',
      'state dinner',
      'received (?:warmly )?in',
      'was received',
    ]),
    examples: [
      { text: 'The foreign minister visited Beijing for three days.', type: 'visit' },
      { text: 'The navy commander called on the army chief at the headquarters.', type: 'visit' },
    ],
  },
  {
    id: 'type.talks',
    type: 'relations',
    strength: 'strong',
    reason:
      'Talks named by their subject ("defence and security talks") are relations, not the subject\'s kind; talks held on a trip are a visit (type.visit comes first).',
    pattern: wordPattern([
      '(?:[\\w-]+ and )?(?:defen[cs]e|security|strategic|political|peace|border|bilateral) talks',
    ]),
    examples: [
      {
        text: 'The two countries have been holding bilateral defence and security talks.',
        type: 'relations',
      },
    ],
  },
  {
    id: 'type.military',
    type: 'military',
    strength: 'weak',
    reason: 'Wars, exercises, tests, attacks and arms are military events.',
    pattern: wordPattern([
      'wars?',
      'invasion',
      'invaded',
      'attack(?:s|ed)?',
      'military',
      'exercises?',
      'arms',
      'weapons?',
      'embargo',
      'missiles?',
      'helicopters?',
      'tanks',
      'aircraft',
      'warships?',
      'submarines?',
      'fighter',
      'jets',
      'F-\\d+s?',
      'spy',
      'reconnaissance',
      'surveillance',
      'flights',
      'shot down',
      'annex(?:ed|ation)',
      'troops',
      'soldiers?',
      'forces',
      'army',
      'defen[cs]e',
      'nuclear tests?',
      'tests? (?:of|in)',
      'incident',
      'conflict',
      'battle',
      'engines',
      'fought',
      'bomb(?:ed|ing|s)?',
      'militants?',
      'terrorists?',
      'raid',
      'air ?strikes?',
      'surrender(?:ed)?',
      'fell',
      'besieged',
      'occupied',
      'infantry',
      'regiment',
    ]),
    examples: [{ text: 'The two armies held a joint exercise near the border.', type: 'military' }],
  },
  {
    id: 'type.economic',
    type: 'economic',
    strength: 'weak',
    reason: 'Trade, money, energy and building are economic events.',
    pattern: wordPattern([
      'economic',
      'trade',
      'oil',
      'steel',
      'gas',
      'pipeline',
      'investment',
      'consortium',
      'sanctions',
      'loan',
      'aid',
      'power plant',
      'plant',
      'foundation stone',
      'factory',
      'mills?',
      'exports?',
      'imports?',
      'dams?',
      'barrage',
      'canals?',
      'hydropower',
      'hydro-?electric',
      'project',
      'port',
      'highway',
      'corridor',
      'railway',
      'motorway',
      'funding',
      'funds?',
      'grants?',
      'debt',
      'budget',
      'tariffs?',
      'amendment',
      'Act\\b',
      'completed',
      'inaugurated',
      'construction',
      'built',
      'credit line',
      'airlines?',
      'groundbreaking',
    ]),
    examples: [
      { text: 'A new trade and investment package was launched for the steel sector.', type: 'economic' },
    ],
  },
  {
    id: 'type.relations',
    type: 'relations',
    strength: 'weak',
    reason: 'Ties, embassies, envoys, recognition and talks are relations.',
    pattern: wordPattern([
      'relations?',
      'relationship',
      'ties',
      'diplomatic',
      'credentials',
      'ambassadors?',
      'embass(?:y|ies)',
      'consulates?',
      'recogni[sz]ed',
      'recogni[sz]e',
      'recognition',
      'alliance',
      'allies',
      'ally',
      'friendship',
      'accepted (?:the|an|his|her|their) invitation',
      'talks',
      'negotiat\\w+',
      'mediat\\w+',
      'tilted',
      'channel',
      'rapprochement',
      'sat down',
      'argued',
      'reopen(?:ed)?',
      'dialogue',
      'consultations?',
      'meeting',
      'cooperation',
      'common ground',
      'contacts?',
    ]),
    examples: [
      { text: 'Diplomatic relations were set up between the two states.', type: 'relations' },
      { text: 'The third round of the security dialogue was held in the capital.', type: 'relations' },
    ],
  },
  {
    id: 'type.other',
    type: 'other',
    strength: 'weak',
    reason: 'Deaths, independence, elections, disasters and coups are events of their own kind.',
    pattern: wordPattern([
      'death',
      'died',
      'assassinat\\w+',
      'independence',
      'disintegration',
      'dissolution',
      'collapse',
      'elected',
      'elections?',
      'launch\\w*',
      'satellite',
      'born',
      'revolution',
      'earthquake',
      'floods?',
      'coup',
      'overthrow',
      'relics',
    ]),
    examples: [{ text: 'The leader died after a long illness.', type: 'other' }],
  },
];

const ofStrength = (s: TypeCue['strength']): TypeCue[] => TYPE_CUES.filter((c) => c.strength === s);
const DECISIVE = ofStrength('decisive');
const STRONG = ofStrength('strong');
const WEAK = ofStrength('weak');

const LEADING_PHRASE = /^\W*(?:during|at|after|following|before|on|in|amid)\b[^,;]{0,80},\s*/i;

function earliestWeak(clause: string): { cue: TypeCue | null; at: number } {
  return earliest(WEAK, clause);
}

/** The cue of `cues` that matches first in the clause (on a tie, the earlier in the table). */
function earliest(cues: TypeCue[], clause: string): { cue: TypeCue | null; at: number } {
  let best: TypeCue | null = null;
  let at = Number.POSITIVE_INFINITY;
  for (const cue of cues) {
    const m = cue.pattern.exec(clause);
    if (m && m.index < at) {
      best = cue;
      at = m.index;
    }
  }
  return { cue: best, at };
}

export interface TypeReading {
  type: FactType;
  /** Whether a decisive or strong cue decided it. */
  strong: boolean;
  /** The id of the cue that decided it ('type.none' when none did). */
  rule: string;
}

/** The event type of a clause, whether a strong cue decided it, and which cue. */
export function typeCue(clause: string): TypeReading {
  for (const cue of DECISIVE)
    if (cue.pattern.test(clause)) return { type: cue.type, strong: true, rule: cue.id };
  const said = STATEMENT.exec(clause);
  if (said) {
    const before = clause.slice(0, said.index);
    const earlierStrong = STRONG.some((c) => c.pattern.test(before));
    const weak = earliestWeak(before).cue;
    if (!earlierStrong && (weak === null || weak.type === 'other' || weak.type === 'relations'))
      return { type: 'statement', strong: true, rule: 'type.statement' };
  }
  // An envoy arriving at a post or presenting credentials opens a mission: relations, not a visit.
  if (ENVOY.test(clause) && /\barrived\b|\bcredentials\b/i.test(clause)) {
    return { type: 'relations', strong: true, rule: 'type.envoy' };
  }
  // The first strong cue decides: "visited the capital to attend the summit" is a visit.
  // A leading phrase ("During that visit, many agreements were signed") gives way to the main clause.
  const main = clause.replace(LEADING_PHRASE, '');
  const strong = earliest(STRONG, main).cue ?? earliest(STRONG, clause).cue;
  if (strong) return { type: strong.type, strong: true, rule: strong.id };
  const weak = earliestWeak(clause).cue;
  return weak
    ? { type: weak.type, strong: false, rule: weak.id }
    : { type: 'other', strong: false, rule: 'type.none' };
}

/** The event type of a clause; 'other' when no cue is found. */
export function eventType(clause: string): FactType {
  return typeCue(clause).type;
}

/** Examples of the rules outside the table, for the table-driven test. */
export const TYPE_EXAMPLES: Array<{ id: string; text: string; type: FactType }> = [
  { id: 'type.statement', text: 'The president announced that talks would resume.', type: 'statement' },
  { id: 'type.statement', text: 'At the monument he expressed regret for the war.', type: 'statement' },
  { id: 'type.envoy', text: 'the new ambassador presented credentials in Varna', type: 'relations' },
  { id: 'type.visit', text: 'The prime minister visited the capital to attend the summit.', type: 'visit' },
  { id: 'type.statement', text: 'The visiting dignitary said the forces were able.', type: 'statement' },
  {
    id: 'type.organization',
    text: 'on 1 January 2025, to begin a two-year term, its eighth',
    type: 'organization',
  },
  { id: 'type.relations', text: 'when other member countries recognised the new state', type: 'relations' },
  { id: 'type.agreement', text: 'During that visit, many agreements were signed.', type: 'agreement' },
  {
    id: 'type.military',
    text: 'The state gave its neighbour four fighter jets, showing signs of military ties.',
    type: 'military',
  },
  {
    id: 'type.statement',
    text: 'The two states presented and sponsored a UN Council Resolution on faith.',
    type: 'statement',
  },
  {
    id: 'type.agreement',
    text: 'In the same year, it was agreed that more workers would be hired.',
    type: 'agreement',
  },
  { id: 'type.envoy', text: 'his counterpart arrived in the port city', type: 'relations' },
];
