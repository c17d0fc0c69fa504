// Rewordings of a clause, so a fact's text is ours and not a stretch of the article: another verb
// for the event, and a person named before their office. The deck writer tries them in order
// until one passes the copy guard.

import { isState } from '../actors.ts';
import { STATE_NAMES } from '../lexicon/index.ts';
import type { Clause } from '../retell.ts';
import { isRoleWord } from './actors.ts';
import { demonym, oneStateName } from './states.ts';

interface Verb {
  base: string;
  past: string;
  participle: string;
}

function verb(base: string, past: string, participle = past): Verb {
  return { base, past, participle };
}

/** Event verbs with a plain equivalent, by base form. Only senses that hold in news about states. */
const SYNONYMS: Record<string, Verb> = {
  visit: verb('travel to', 'travelled to', 'visited'),
  sign: verb('conclude', 'concluded'),
  conclude: verb('sign', 'signed'),
  establish: verb('set up', 'set up'),
  found: verb('set up', 'set up'),
  launch: verb('start', 'started'),
  start: verb('begin', 'began', 'begun'),
  begin: verb('start', 'started'),
  supply: verb('provide', 'provided'),
  provide: verb('supply', 'supplied'),
  deliver: verb('supply', 'supplied'),
  endorse: verb('back', 'backed'),
  support: verb('back', 'backed'),
  back: verb('support', 'supported'),
  impose: verb('place', 'placed'),
  lift: verb('end', 'ended'),
  announce: verb('declare', 'declared'),
  declare: verb('announce', 'announced'),
  facilitate: verb('arrange', 'arranged'),
  arrange: verb('organise', 'organised'),
  annul: verb('cancel', 'cancelled'),
  cancel: verb('call off', 'called off'),
  permit: verb('allow', 'allowed'),
  allow: verb('permit', 'permitted'),
  accept: verb('take up', 'took up', 'taken up'),
  employ: verb('hire', 'hired'),
  hire: verb('engage', 'engaged'),
  participate: verb('take part', 'took part', 'taken part'),
  join: verb('enter', 'entered'),
  attend: verb('take part in', 'took part in', 'taken part in'),
  send: verb('dispatch', 'dispatched'),
  dispatch: verb('send', 'sent'),
  open: verb('inaugurate', 'inaugurated'),
  inaugurate: verb('open', 'opened'),
  offer: verb('propose', 'proposed'),
  propose: verb('suggest', 'suggested'),
  invite: verb('ask', 'asked'),
  condemn: verb('denounce', 'denounced'),
  criticise: verb('fault', 'faulted'),
  criticize: verb('fault', 'faulted'),
  refuse: verb('decline', 'declined'),
  reject: verb('turn down', 'turned down', 'turned down'),
  hold: verb('stage', 'staged'),
  conduct: verb('stage', 'staged'),
  host: verb('receive', 'received'),
  receive: verb('get', 'got'),
  pass: verb('adopt', 'adopted'),
  adopt: verb('pass', 'passed'),
  approve: verb('clear', 'cleared'),
  ratify: verb('confirm', 'confirmed'),
  bring: verb('draw', 'drew', 'drawn'),
  lay: verb('set', 'set'),
  build: verb('construct', 'constructed'),
  construct: verb('build', 'built'),
  agree: verb('consent', 'consented'),
  decide: verb('resolve', 'resolved'),
  grant: verb('give', 'gave', 'given'),
  give: verb('grant', 'granted'),
  award: verb('grant', 'granted'),
  buy: verb('purchase', 'purchased'),
  purchase: verb('buy', 'bought'),
  sell: verb('supply', 'supplied'),
  meet: verb('hold talks with', 'held talks with'),
  travel: verb('go', 'went', 'gone'),
  go: verb('travel', 'travelled'),
  invade: verb('enter', 'entered'),
  annex: verb('take over', 'took over', 'taken over'),
  withdraw: verb('pull out', 'pulled out'),
  expel: verb('throw out', 'threw out', 'thrown out'),
  recognise: verb('acknowledge', 'acknowledged'),
  recognize: verb('acknowledge', 'acknowledged'),
  present: verb('submit', 'submitted'),
  submit: verb('present', 'presented'),
  appoint: verb('name', 'named'),
  name: verb('appoint', 'appointed'),
  elect: verb('choose', 'chose', 'chosen'),
  win: verb('gain', 'gained'),
  gain: verb('win', 'won'),
  lose: verb('give up', 'gave up', 'given up'),
  raise: verb('increase', 'increased'),
  increase: verb('raise', 'raised'),
  reduce: verb('cut', 'cut'),
  cut: verb('reduce', 'reduced'),
  suspend: verb('halt', 'halted'),
  halt: verb('suspend', 'suspended'),
  resume: verb('restart', 'restarted'),
  restore: verb('re-establish', 're-established'),
  improve: verb('better', 'bettered'),
  strengthen: verb('reinforce', 'reinforced'),
  expand: verb('widen', 'widened'),
  discuss: verb('talk over', 'talked over'),
  request: verb('ask for', 'asked for'),
  ask: verb('request', 'requested'),
  help: verb('assist', 'assisted'),
  assist: verb('help', 'helped'),
  mediate: verb('broker', 'brokered'),
  broker: verb('mediate', 'mediated'),
  pay: verb('make', 'made'),
  make: verb('carry out', 'carried out'),
  vote: verb('cast a vote', 'cast a vote'),
  veto: verb('block', 'blocked'),
  block: verb('veto', 'vetoed'),
  protest: verb('object', 'objected'),
  lodge: verb('file', 'filed'),
  shoot: verb('bring', 'brought', 'brought'),
  test: verb('try out', 'tried out'),
  deploy: verb('station', 'stationed'),
  station: verb('deploy', 'deployed'),
  become: verb('turn into', 'turned into'),
  create: verb('set up', 'set up'),
  form: verb('set up', 'set up'),
  welcome: verb('receive', 'received'),
  address: verb('speak to', 'spoke to', 'spoken to'),
  tour: verb('travel through', 'travelled through'),
  hand: verb('give', 'gave', 'given'),
  kill: verb('take the life of', 'took the life of', 'taken the life of'),
};

/** "pay a visit" reads as "make a visit"; other uses of "pay" keep their verb. */
function fits(base: string, clause: Clause): boolean {
  const { rest } = clause;
  if (base === 'lay') return /\b(?:foundation|stone)\b/i.test(`${clause.subject} ${rest}`);
  if (base === 'pay') return /^\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}visit\b/i.test(rest);
  if (base === 'make') return /^\s+(?:a|an)\s+(?:\w+\s+)?(?:visit|trip|tour)\b/i.test(rest);
  // "met Zia" is "held talks with Zia"; "met in Istanbul" or "met with Zia" are not.
  if (base === 'meet') return /^\s+(?:the\s+)?[A-Z]/.test(rest);
  if (base === 'present') return /^\s+(?:his|her|their|its)\s+credentials\b/i.test(rest);
  if (base === 'shoot') return /^\s+down\b/i.test(rest);
  if (base === 'bring') return /\b(?:closer|together)\b/i.test(rest);
  // "control passed to X" is no law adopted; "was received warmly" is not "was got".
  if (base === 'pass') return !/^\s+to\b/i.test(rest) && !clause.passive;
  if (base === 'receive') return !clause.passive;
  return true;
}

/** The clause with another verb for the same event, or null when none is known. */
export function withOtherVerb(clause: Clause): Clause | null {
  // "first voted": the verb after "first".
  const lead = /^first\s+/i.exec(clause.infinitive)?.[0] ?? '';
  const base = clause.infinitive.slice(lead.length).toLowerCase();
  // "met in Istanbul": a meeting held somewhere.
  if (base === 'meet' && !clause.passive && /^\s+(?:in|at)\b/.test(clause.rest)) {
    return { ...clause, past: `${lead}held a meeting`, infinitive: `${lead}hold a meeting` };
  }
  // "voted for the proposal": backed it.
  if (base === 'vote' && !clause.passive && /^\s+for\s+/.test(clause.rest)) {
    return {
      ...clause,
      past: `${lead}backed`,
      infinitive: `${lead}back`,
      rest: clause.rest.replace(/^\s+for\s+/, ' '),
    };
  }
  const other = SYNONYMS[base];
  if (!other || !fits(base, clause)) return null;
  if (clause.passive)
    return { ...clause, past: `${lead}${other.participle}`, infinitive: `${lead}${other.base}` };
  return { ...clause, past: `${lead}${other.past}`, infinitive: `${lead}${other.base}` };
}

/**
 * Words before a name that make an office ("Foreign Minister", "Borduria's first envoy"), not the
 * name's own first part: "Mehmood" before "Arshad Hussain" is part of the name.
 */
function isOffice(words: string): boolean {
  return words
    .trim()
    .split(/\s+/)
    .some((w) => /^[a-z]/.test(w) || /[’']s$/.test(w) || isRoleWord(w));
}

/**
 * "Pakistan's first ambassador Shuaib Qureshi" → "Shuaib Qureshi, Pakistan's first ambassador,": the
 * person first, the office after. `names` are the people the fact names (without titles); null when
 * the subject is not an office followed by one of them.
 */
export function withNameFirst(clause: Clause, names: readonly string[]): Clause | null {
  const name = [...names]
    .sort((x, y) => y.length - x.length)
    .find((n) => n.includes(' ') && clause.subject.endsWith(` ${n}`));
  if (!name) return null;
  const office = clause.subject.slice(0, -name.length).trim();
  if (office.split(/\s+/).length < 2 || /\band\b|,/.test(office) || !isOffice(office)) return null;
  return { ...clause, subject: `${name}, ${office},` };
}

/** "Prime Minister Liaquat Ali Khan" → "Liaquat Ali Khan": the office left to the question. */
export function withNameOnly(clause: Clause, names: readonly string[]): Clause | null {
  const name = [...names]
    .sort((x, y) => y.length - x.length)
    .find((n) => n.includes(' ') && clause.subject.endsWith(` ${n}`));
  if (!name) return null;
  // Only an office goes: "President X and Secretary Y" keeps both people.
  const office = clause.subject.slice(0, -name.length);
  return /\band\b|,/.test(office) || !isOffice(office) ? null : { ...clause, subject: name };
}

/** Offices a country holds, for "the second Ambassador of Pakistan" → "Pakistan's second ambassador". */
const OFFICE_OF =
  /\bthe\s+((?:[a-z]+\s+){0,2})(Ambassador|Envoy|High Commissioner|Consul(?: General)?|President|Prime Minister|Premier|Foreign Minister|Defen[cs]e Minister|Minister|Governor-General|Chief Justice|Army Chief|Head of State|King|Queen)\s+of\s+((?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\b/i;

/** Events of one named person, told "the funeral of X". */
const PERSON_EVENT =
  /\bthe\s+(funeral|burial|inauguration|coronation|swearing-in|wedding|assassination|death|election|resignation)\s+of\s+((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*)\b/;

/** "…as the second Ambassador of Pakistan" → "…as Pakistan's second ambassador"; null when no office of a country is named. */
export function withOwnerFirst(clause: Clause): Clause | null {
  // "the funeral of Leonid Brezhnev" → "Leonid Brezhnev’s funeral": an event of a named person.
  const event = PERSON_EVENT.exec(clause.rest);
  if (event?.[1] && event[2]) {
    return { ...clause, rest: clause.rest.replace(event[0], `${event[2]}’s ${event[1].toLowerCase()}`) };
  }
  const m = OFFICE_OF.exec(clause.rest);
  if (!m) return null;
  const [whole, adjectives = '', office = '', owner = ''] = m;
  if (/^the\s/i.test(owner) || /\s(?:and|of)$/i.test(owner)) return null;
  const possessive = `${owner}’s ${adjectives}${office.toLowerCase()}`;
  return { ...clause, rest: clause.rest.replace(whole, possessive) };
}

const BARE_DEAL =
  /^\s+(?!(?:a|an|the|this|that|its|their|his|her|our|one|two|three|several|many|some|new\s+\w+s\b)\b)((?:[a-z][\w-]*\s+){1,3})(agreement|accord|treaty|pact|memorandum|deal|contract|protocol|convention)\b/;

/**
 * Mends what the article's grammar leaves out, so a question reads well: "signed defence
 * agreement" → "signed a defence agreement"; "announced to visit" → "announced plans to visit";
 * "discussed with Russia to buy" → "held talks with Russia on plans to buy".
 */
export function tidy(clause: Clause): Clause {
  // "voted for the first time for …": first voted for ….
  const firstTime = !clause.passive && /^\s+for the first time\b/.test(clause.rest);
  const once = firstTime
    ? {
        ...clause,
        past: `first ${clause.past}`,
        infinitive: `first ${clause.infinitive}`,
        rest: clause.rest.replace(/^\s+for the first time/, ''),
      }
    : clause;
  // "concluded another agreement": the one before it is not on the card.
  const mended = mendVerb({ ...once, rest: once.rest.replace(/^(\s*)another\s+(?=[a-z])/, '$1an ') });
  // "Crimea a territory of Ukraine was annexed": an apposition copied without its commas goes.
  const subject = mended.subject
    .replace(
      /^((?:[A-Z][\w’'-]*\s+)*[A-Z][\w’'-]*)\s+(?:a|an)\s+(?:[a-z]+\s+){1,2}of\s+(?:[A-Z][\w’'-]*\s*)+$/,
      '$1',
    )
    // "A delegation of the Soviet cultural troupe": a troupe that toured is the troupe itself.
    .replace(
      /^([Aa])\s+delegation\s+of\s+the\s+((?:[A-Z][\w-]*\s+)?(?:[a-z]+\s+)?(?:troupe|ensemble|band|choir|orchestra))$/,
      '$1 $2',
    )
    // "First Pakistan-USSR Trade Agreement was signed": a name led by an ordinal wants its article.
    .replace(ORDINAL_NAME, (_m, n: string) => `the ${n.toLowerCase()} `)
    // "A Standstill Agreement was signed": a named agreement is "the" one.
    .replace(
      /^(?:[Aa]|[Aa]n)\s+(?=(?:[A-Z][\w’'-]*\s+)+(?:Agreement|Treaty|Accord|Pact|Declaration|Protocol|Charter)$)/,
      'the ',
    );
  // "the first prime minister since Pakistan's independence": the first Pakistani prime minister.
  const rest = kindOfRelations(mended).replace(
    /\bthe first ([a-z]+(?:\s+[a-z]+)?)\s+since\s+([A-Z][\w-]*)[’']s\s+independence\b/,
    (all, office: string, state: string) => {
      const people = demonym(state);
      return people ? `the first ${people} ${office}` : all;
    },
  );
  return {
    ...mended,
    subject: withArticles(officeCase(subject)),
    rest: withArticles(officeCase(rest)),
  };
}

/** "established the diplomatic and bilateral relations": relations of a kind take no article. */
function kindOfRelations(clause: Clause): string {
  // "the agreement for opening of consulates": the opening wants its article too.
  const rest = clause.rest.replace(
    /\bfor\s+(opening|setting\s+up|building|establishment)\s+of\b/g,
    'for the $1 of',
  );
  if (!/^(?:establish|set up|restore|resume|sever|break off)$/i.test(clause.infinitive)) return rest;
  return rest.replace(/^\s+the\s+(?=(?:[a-z]+\s+(?:and\s+)?){1,3}(?:relations|ties)\b)/, ' ');
}

/**
 * "by the Prime minister X": an office before a name takes neither article nor lower case; "a
 * festival of the Soviet films" is of Soviet films.
 */
function officeCase(text: string): string {
  return text
    .replace(
      /\bof\s+the\s+(?=(?:Soviet|American|British|Chinese|Indian|Pakistani|Russian|Turkish|Iranian|Afghan)\s+[a-z]+s\b)/g,
      'of ',
    )
    .replace(
      /\bthe\s+(Prime|Foreign|Chief|Defence|Defense)\s+minister\s+(?=[A-Z])/g,
      (_m, w: string) => `${w} Minister `,
    );
}

/** "First … Trade Agreement", "Second … Summit": a named document or meeting led by its ordinal. */
const ORDINAL_NAME =
  /^(First|Second|Third|Fourth|Fifth)\s+(?=(?:[A-Z][\w’'-]*\s+)*(?:Agreement|Treaty|Accord|Pact|Declaration|Protocol|Charter|Summit|Conference|Meeting|Session|Round|Dialogue|Exercises?|Plan)$)/;

/** States whose names take "the": "visited the Soviet Union", "with the USSR". */
const NEEDS_THE =
  /(?<![\w’'-])(?:((?:(?!The\s)[A-Z][\w’'-]*\s+)*(?:Union|States|Kingdom|Republic|Federation|Emirates|Nations)|Kremlin|Pentagon|White House)|(USSR|UAE|USA|US|UK|UN)(?=$|[.,;:’']|\s+(?:and|or|in|on|at|for|to|with|from|by|of|was|were|had|has|is|are|[a-z]+ed)\b))(?![\w-])/g;
/** "backed Pakistan bid": a state's bid, request or application. */
const STATE_NOUN = new RegExp(
  `\\b(${STATE_NAMES})\\s+(bid|request|application|candidacy|proposal|offer|stance|position)\\b`,
  'g',
);

/**
 * Articles and possessives that news copy drops: "Soviet Union and Pakistan" → "the Soviet Union and
 * Pakistan", "backed Pakistan bid" → "backed Pakistan’s bid", "Yelstin regime" → "the Yelstin regime".
 */
export function withArticles(text: string): string {
  return (
    text
      .replace(NEEDS_THE, (name: string, _long, _short, offset: number, all: string) =>
        /\bthe\s+$/i.test(all.slice(0, offset)) || /[A-Z][\w’'-]*\s+$/.test(all.slice(0, offset))
          ? name
          : `the ${name}`,
      )
      .replace(STATE_NOUN, '$1’s $2')
      // "the authorisation of final flight": an ordinal wants its article.
      .replace(/\b(of|for|in|on|at|to|by)\s+(first|second|third|final|last)\s+(?=[A-Za-z])/g, '$1 the $2 ')
      // "the Prime minister Mr Bhutto": an office already says how to address the person.
      .replace(
        /\b(minister|president|premier|general|ambassador|governor)\s+(?:Mr|Mrs|Ms)\.?\s+(?=[A-Z])/gi,
        '$1 ',
      )
      .replace(/^([A-Z][\w’'-]+\s+(?:regime|government|administration|cabinet))\b/, 'the $1')
  );
}

function mendVerb(clause: Clause): Clause {
  const base = clause.infinitive.toLowerCase();
  // "presented himself as the second ambassador": took up the post.
  const self = /^\s+(himself|herself)\s+as\s+(?=the\b|an?\b|[A-Z])/.exec(clause.rest);
  if (!clause.passive && base === 'present' && self?.[1]) {
    const his = self[1] === 'herself' ? 'her' : 'his';
    return {
      ...clause,
      past: 'took up',
      infinitive: 'take up',
      rest: clause.rest.replace(self[0], ` ${his} post as `),
    };
  }
  // "X was invited by Russia for a visit in February 2003": the date is the visit's.
  const host =
    /^\s+by\s+((?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)\s+(?:for\s+a\s+visit|to\s+visit)\s*$/.exec(
      clause.rest,
    );
  if (
    clause.passive &&
    base === 'invite' &&
    host?.[1] &&
    isState(oneStateName(host[1].replace(/^the\s+/i, '')))
  ) {
    return {
      ...clause,
      passive: null,
      past: 'visited',
      infinitive: 'visit',
      rest: ` ${host[1]} at its invitation`,
    };
  }
  if (!clause.passive && /^(?:sign|conclude|ink|reach|finali[sz]e)$/.test(base)) {
    const m = BARE_DEAL.exec(clause.rest);
    if (m?.[1]) {
      const article = /^[aeiou]/i.test(m[1]) ? 'an' : 'a';
      return { ...clause, rest: clause.rest.replace(m[1], `${article} ${m[1]}`) };
    }
  }
  // "granted no objection certificate": a single permit or loan wants its article.
  const permit =
    /^\s+((?:no[\s-])?(?:[a-z][\w-]*\s+){0,2}(?:certificate|licen[cs]e|permit|visa|waiver|loan))\b/.exec(
      clause.rest,
    );
  if (!clause.passive && /^(?:grant|issue|give|award|approve)$/.test(base) && permit?.[1]) {
    return { ...clause, rest: clause.rest.replace(permit[1], `a ${permit[1]}`) };
  }
  if (!clause.passive && /^(?:announce|declare)$/.test(base) && /^\s+to\s+[a-z]/.test(clause.rest)) {
    return { ...clause, rest: clause.rest.replace(/^\s+to\s+/, ' plans to ') };
  }
  // "announced first ever joint exercises": an ordinal wants its article.
  if (!clause.passive && /^\s+(?:first|second|third|last|largest|biggest)\b/.test(clause.rest)) {
    return { ...clause, rest: ` the${clause.rest}` };
  }
  const talks = /^\s+with\s+((?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+to\s+(?=[a-z])/.exec(
    clause.rest,
  );
  if (!clause.passive && base === 'discuss' && talks?.[1]) {
    return {
      ...clause,
      past: 'held talks',
      infinitive: 'hold talks',
      rest: clause.rest.replace(talks[0], ` with ${talks[1]} on plans to `),
    };
  }
  return clause;
}

/**
 * "The agreement was signed by X and Y" told actively: "X and Y signed the agreement". Null unless
 * the clause is passive and its rest is "by" and a name.
 */
export function withActiveVoice(clause: Clause): Clause | null {
  if (!clause.passive) return null;
  const m = /^\s+by\s+((?:the\s+)?[A-Z][^,;]*?)(\s+(?:in|on|at|during|for|to|with)\s.*)?$/.exec(clause.rest);
  const agent = m?.[1];
  if (!agent) return null;
  const object = /^(?:The|A|An)\s/.test(clause.subject)
    ? clause.subject.charAt(0).toLowerCase() + clause.subject.slice(1)
    : clause.subject;
  return {
    subject: agent,
    past: clause.past,
    infinitive: clause.infinitive,
    passive: null,
    rest: ` ${object}${m?.[2] ?? ''}`,
  };
}

/** Rewordings to try, plainest first; each is a whole clause. `names` as for `withNameFirst`. */
/** "… sanctions on Pakistan after nuclear tests": "following" says the same as "after". */
export function withOtherLink(clause: Clause): Clause | null {
  const rest = clause.rest.replace(/\s+after\s+(?=[a-z])/, ' following ');
  return rest === clause.rest ? null : { ...clause, rest };
}

export function rewordings(clause: Clause, names: readonly string[] = []): Clause[] {
  const verbOnly = withOtherVerb(clause);
  const ownerFirst = withOwnerFirst(clause);
  const active = withActiveVoice(clause);
  const link = withOtherLink(clause);
  return [
    clause,
    active,
    verbOnly,
    link,
    link && verbOnly ? withOtherLink(verbOnly) : null,
    ownerFirst,
    ownerFirst && verbOnly ? withOwnerFirst(verbOnly) : null,
    withNameFirst(clause, names),
    verbOnly ? withNameFirst(verbOnly, names) : null,
    withNameOnly(clause, names),
    verbOnly ? withNameOnly(verbOnly, names) : null,
  ].filter((c): c is Clause => c !== null);
}
