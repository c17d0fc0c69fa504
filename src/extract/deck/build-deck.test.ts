import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../domain/deck-schema.ts';
import {
  ARTICLE_A,
  ARTICLE_B,
  AT_LENGTH,
  makeFact,
  resultA,
  resultB,
} from '../../testing/fixtures/deck/facts.ts';
import type { ExtractedFact, ExtractionResult } from '../types.ts';
import {
  buildDeck,
  carriedToYear,
  type DeckInput,
  distributeLists,
  headlineStates,
  mainStates,
  noteWithDeeds,
  oneDatePerClause,
  personSpan,
  splitParticipleDeeds,
} from './build-deck.ts';
import { copiedRun, copyIndex } from './copy-guard.ts';
import { specific } from './fact-cards.ts';
import { mergeFacts, namedThings } from './merge.ts';

const ERAS = [
  { id: 'early', name: 'The early years', from: null, to: 1969, blurb: 'First contacts.' },
  { id: 'late', name: 'The later years', from: 1970, to: null, blurb: 'Trade grows.' },
];

function input(results: ExtractionResult[] = [resultA(), resultB()]): DeckInput {
  return {
    id: 'ruritania',
    title: 'Ruritania and Borduria',
    description: 'Test deck.',
    eras: ERAS,
    results,
    texts: new Map([
      ['a.txt', ARTICLE_A],
      ['b.txt', ARTICLE_B],
    ]),
  };
}

describe('buildDeck', () => {
  it('is deterministic, whatever the order of its input', () => {
    const one = JSON.stringify(buildDeck(input()).deck);
    const two = JSON.stringify(buildDeck(input([resultB(), resultA()])).deck);
    expect(two).toBe(one);
  });

  it('writes a deck the schema accepts, with a conflict on the merged visit', () => {
    const { deck } = buildDeck(input());
    expect(parseDeck(deck).ok).toBe(true);
    const varga = deck.facts.find((f) => f.summary.includes('Varga'));
    expect(varga?.sources.map((s) => s.source)).toEqual(['a', 'b']);
    expect(varga?.conflict?.field).toBe('date');
    const when = deck.cards.find((c) => c.kind === 'when' && c.facts[0] === varga?.id);
    expect(when?.prompt).toBe(
      'When did Foreign Minister Tomas Varga visit Ruritania for talks on river trade?',
    );
    expect(when?.answer).toBe('12 March 1961');
    expect(when?.conflict).toEqual(varga?.conflict);
  });

  it('keeps the ids of untouched facts and cards when another fact changes or is added', () => {
    const before = buildDeck(input()).deck;
    const a = resultA();
    const edited: ExtractionResult = {
      ...a,
      facts: [
        ...a.facts.map((f) =>
          f.date === '1972' ? { ...f, summary: 'A railway joining the capitals opened for freight.' } : f,
        ),
        makeFact({
          source: 'a.txt',
          date: '1990',
          precision: 'year',
          type: 'organization',
          actors: ['Ruritania', 'League of Rivers'],
          place: null,
          summary: 'Ruritania joined the League of Rivers.',
          paragraph: 6,
          span: [500, 540],
        }),
      ],
    };
    const after = buildDeck(input([edited, resultB()])).deck;
    const untouched = before.facts.filter((f) => !f.summary.includes('rail'));
    for (const f of untouched) expect(after.facts.map((x) => x.id)).toContain(f.id);
    const cardIds = new Set(after.cards.map((c) => c.id));
    for (const c of before.cards.filter(
      (c) => c.kind !== 'order' && untouched.some((f) => f.id === c.facts[0]),
    )) {
      expect(cardIds.has(c.id)).toBe(true);
    }
  });

  it('gives multiple-choice dates three wrong options that no source claims', () => {
    const { deck } = buildDeck(input());
    for (const c of deck.cards.filter((x) => x.kind === 'mcq-date')) {
      expect(c.choices).toHaveLength(4);
      expect(c.choices).toContain(c.answer);
      expect(c.conflict?.field).not.toBe('date');
    }
  });

  it('rewords a fact that copies ten words of an article, drops one it cannot reword, and copies nothing', () => {
    const a = resultA();
    const b = resultB();
    const copy = (f: ExtractedFact, text: string): ExtractedFact => ({ ...f, summary: text, clause: text });
    const copyingA: ExtractionResult = {
      ...a,
      facts: a.facts.map((f) =>
        f.date === '1975'
          ? copy(
              f,
              'Prime Minister Elena Kossuth opened a steel works at Varna in 1975 with Bordurian money.',
            )
          : f,
      ),
    };
    const copyingB: ExtractionResult = {
      ...b,
      facts: b.facts.map((f) =>
        f.date === '1980'
          ? copy(f, 'Merchants from both countries crowded a trade fair held in the port city in 1980.')
          : f,
      ),
    };
    const { deck, dropped } = buildDeck(input([copyingA, copyingB]));
    // "opened" has a plain equivalent: the fact stays, in other words.
    const kossuth = deck.facts.find((f) => f.summary.includes('Kossuth'));
    expect(kossuth?.summary).toContain('inaugurated');
    // "crowded" has none: the fact is left out, and the review sheet says why.
    expect(deck.facts.some((f) => f.summary.includes('Merchants'))).toBe(false);
    expect(dropped.some((d) => d.includes('Merchants') && d.includes('copies'))).toBe(true);
    const guard = copyIndex([ARTICLE_A, ARTICLE_B]);
    expect(copiedRun(JSON.stringify(deck), guard)).toBeNull();
  });

  it('names the holder of a bare office from the roles the articles give, or leaves the fact out', () => {
    const a = resultA();
    const bare = makeFact({
      source: 'a.txt',
      date: '1966',
      precision: 'year',
      actors: ['Elena Kossuth', 'President Ivo Hollo', 'Borduria'],
      place: 'Borduria',
      summary: 'PM visited Borduria for nine days.',
      sentence: `PM visited Borduria for nine days in 1966. ${AT_LENGTH}`,
      paragraph: 5,
      span: [600, 640],
    });
    const { deck } = buildDeck(input([{ ...a, facts: [...a.facts, bare] }, resultB()]));
    const visit = deck.facts.find((f) => f.summary.includes('nine days'));
    // Article A names "Prime Minister Elena Kossuth" elsewhere; President Hollo holds another office.
    expect(visit?.summary).toBe('Prime Minister Elena Kossuth visited Borduria for nine days.');
    const who = deck.cards.find((c) => c.kind === 'who' && c.facts[0] === visit?.id);
    expect(who?.answer).toBe('Elena Kossuth');

    const nobody = { ...bare, actors: ['President Ivo Hollo', 'Borduria'] };
    const without = buildDeck(input([{ ...a, facts: [...a.facts, nobody] }, resultB()]));
    expect(without.deck.facts.some((f) => f.summary.includes('nine days'))).toBe(false);
    expect(without.deck.cards.some((c) => c.prompt.includes('PM '))).toBe(false);
  });

  it('asks about a merged event in the words of a source that tells it plainly, without a disputed length', () => {
    const a = resultA();
    const b = resultB();
    const bare = makeFact({
      source: 'a.txt',
      date: '1955-05',
      precision: 'month',
      actors: ['Premier Ivo Hollo', 'Ruritania'],
      summary: 'Premier Ivo Hollo and Ruritania made a visit (1955-05).',
      clause: 'with the premier Ivo Hollo in Ruritania during May 1955 for a long tour',
      paragraph: 7,
      span: [700, 760],
    });
    const told = makeFact({
      source: 'b.txt',
      date: '1955',
      precision: 'year',
      actors: ['Premier Ivo Hollo', 'Ruritania'],
      summary: 'Premier Ivo Hollo visited Ruritania for 12 days.',
      paragraph: 7,
      span: [700, 760],
    });
    const ranged = makeFact({
      source: 'b.txt',
      date: '1955-05-02/1955-05-20',
      precision: 'range',
      actors: ['Premier Ivo Hollo', 'Ruritania'],
      summary: 'Premier Ivo Hollo toured Ruritania (1955-05-02/1955-05-20).',
      clause: 'a tour of Ruritania by the premier from 2 to 20 May 1955',
      paragraph: 9,
      span: [900, 960],
    });
    const { deck } = buildDeck(
      input([
        { ...a, facts: [...a.facts, bare] },
        { ...b, facts: [...b.facts, told, ranged] },
      ]),
    );
    const visit = deck.facts.find((f) => f.summary.includes('Hollo'));
    expect(visit?.sources).toHaveLength(3);
    expect(visit?.conflict?.field).toBe('length');
    const when = deck.cards.find((c) => c.kind === 'when' && c.facts[0] === visit?.id);
    expect(when?.prompt).toBe('When did Premier Ivo Hollo visit Ruritania?');
    expect(when?.answer).toBe('May 1955');
  });

  it('names "the two countries" after the states the article is about, in the name of their time', () => {
    const a = resultA();
    const states = (date: string, n: number) =>
      makeFact({
        source: 'a.txt',
        date,
        precision: 'year',
        actors: n % 2 ? ['Iran', 'Russia'] : ['Russia', 'Iran', 'Turkey'],
        summary: `Iran and Russia opened talks on item ${n}.`,
        paragraph: 20 + n,
        span: [2000 + n * 10, 2005 + n * 10],
      });
    const pair = (date: string, n: number) =>
      makeFact({
        source: 'a.txt',
        date,
        precision: 'year',
        actors: [],
        summary: 'The two countries held their first joint naval drill.',
        paragraph: 40 + n,
        span: [4000 + n * 10, 4005 + n * 10],
      });
    const facts = [states('1960', 1), states('1961', 2), states('1962', 3), pair('1975', 1), pair('2005', 2)];
    expect(mainStates(facts)).toEqual(['Iran', 'Russia']);
    const { deck } = buildDeck(input([{ ...a, facts: [...a.facts, ...facts] }, resultB()]));
    const drills = deck.facts.filter((f) => f.summary.includes('naval drill')).map((f) => f.summary);
    expect(drills).toEqual([
      'Iran and the Soviet Union held their first joint naval drill.',
      'Iran and Russia held their first joint naval drill.',
    ]);
  });

  it('gives each name of a listed pair its own date, in order', () => {
    const clause = 'In 1954, Ruritania joined RTO and BDO in 1955.';
    const one = makeFact({ date: '1954', precision: 'year', clause, sentence: clause, span: [0, 30] });
    const two = makeFact({ date: '1955', precision: 'year', clause, sentence: clause, span: [31, 50] });
    const [x, y] = distributeLists([two, one]);
    expect(x?.clause).toBe('In 1954, Ruritania joined BDO in 1955.');
    expect(y?.clause).toBe('In 1954, Ruritania joined RTO in 1955.');
    const withThe = 'Ruritania joined the RTO and the BDO in 1954 and 1955.';
    const [p, q] = distributeLists(
      ['1954', '1955'].map((date, i) =>
        makeFact({ date, precision: 'year', clause: withThe, sentence: withThe, span: [i * 30, 60] }),
      ),
    );
    expect([p?.clause, q?.clause]).toEqual([
      'Ruritania joined the RTO in 1954 and 1955.',
      'Ruritania joined the BDO in 1954 and 1955.',
    ]);
    // A list in the subject, or as many names as dates nowhere, is left alone.
    const subject = 'In 1962 and 1965, Ruritania and Borduria fought wars.';
    const facts = ['1962', '1965'].map((date, i) =>
      makeFact({ date, precision: 'year', clause: subject, sentence: subject, span: [i, 40] }),
    );
    expect(distributeLists(facts)).toEqual(facts);
  });

  it('asks no date of a visit an article says was made more than once', () => {
    const before = buildDeck(input()).deck;
    const varga = before.facts.find((f) => f.summary.includes('Varga'));
    expect(before.cards.some((c) => c.kind === 'when' && c.facts[0] === varga?.id)).toBe(true);
    const texts = new Map([
      ['a.txt', ARTICLE_A],
      ['b.txt', `${ARTICLE_B}\n\nTomas Varga went to Ruritania twice in those years.`],
    ]);
    const { deck, dropped } = buildDeck({ ...input(), texts });
    expect(
      deck.cards.some((c) => (c.kind === 'when' || c.kind === 'mcq-date') && c.facts[0] === varga?.id),
    ).toBe(false);
    expect(dropped.some((d) => d.includes('more than once'))).toBe(true);
  });

  it('asks no date of an event its article dates only loosely', () => {
    const a = resultA();
    const loose = makeFact({
      source: 'a.txt',
      date: '1972',
      precision: 'year',
      actors: ['Ruritania', 'Borduria'],
      summary: 'Ruritania closed its consulate in Borduria.',
      sentence: 'In the same period, Ruritania closed its consulate in Borduria.',
      paragraph: 9,
      span: [900, 960],
    });
    const { deck, dropped } = buildDeck(input([{ ...a, facts: [...a.facts, loose] }, resultB()]));
    const fact = deck.facts.find((f) => f.summary.includes('consulate'));
    expect(
      deck.cards.some((c) => (c.kind === 'when' || c.kind === 'mcq-date') && c.facts[0] === fact?.id),
    ).toBe(false);
    expect(dropped.some((d) => d.includes('loosely'))).toBe(true);
  });

  it('falls back to decade eras when none are given', () => {
    const { deck } = buildDeck({ ...input(), eras: null });
    expect(deck.eras.map((e) => e.id)).toEqual(['1960s', '1970s', '1980s']);
  });
});

describe('specific', () => {
  it('asks only about clauses that name two things, or one treaty, body or incident', () => {
    const base = { past: 'signed', infinitive: 'sign', passive: null } as const;
    expect(specific({ ...base, subject: 'Tomas Varga', rest: ' a pact with Ruritania' })).toBe(true);
    expect(specific({ ...base, subject: 'the Harbour Accord', passive: 'was', rest: '' })).toBe(true);
    expect(specific({ ...base, subject: 'Ruritania', past: 'lodged', rest: ' a protest' })).toBe(false);
    expect(specific({ ...base, subject: 'Varga', past: 'accepted', rest: ' the invitation' })).toBe(false);
    expect(specific({ ...base, subject: 'Ruritania and Borduria', rest: ' an oil consortium' })).toBe(false);
    expect(specific({ ...base, subject: 'Ruritania and Borduria', rest: ' a pact on river trade' })).toBe(
      true,
    );
    expect(
      specific({
        ...base,
        subject: 'Ruritania',
        past: 'extended',
        rest: ' its hand of friendship to Borduria',
      }),
    ).toBe(false);
    expect(
      specific({ ...base, subject: 'Ruritania', past: 'paid', rest: ' back its revenge on the Varna War' }),
    ).toBe(false);
    expect(
      specific({
        ...base,
        subject: 'Tomas Varga',
        past: 'tried',
        infinitive: 'try',
        rest: ' to extend ties with Ruritania',
      }),
    ).toBe(false);
  });
});

describe('oneDatePerClause', () => {
  it('keeps the fact whose date its clause writes out when one clause gave two dates', () => {
    const clause =
      'Envoy Vera Lind presented her letters in Varna on 2 June 1950, one day before the charter was proclaimed.';
    const told = makeFact({
      date: '1950-06-02',
      clause,
      sentence: clause,
      summary: 'Envoy Vera Lind presented her letters.',
    });
    const derived = makeFact({
      date: '1950-06-03',
      clause,
      sentence: clause,
      summary: 'Envoy Vera Lind presented her letters.',
    });
    const other = makeFact({ source: 'b.txt', date: '1950-06-03', clause, sentence: clause });
    expect(oneDatePerClause([told, derived, other])).toEqual([told, other]);
    // A clause that writes neither date out keeps both.
    const vague = 'Envoy Vera Lind presented her letters that summer, a day before the charter.';
    const x = makeFact({ date: '1950-06-02', clause: vague });
    const y = makeFact({ date: '1950-06-03', clause: vague });
    expect(oneDatePerClause([x, y])).toEqual([x, y]);
  });

  it('gives a clause the date of its main part, not of a leading phrase or a relative clause', () => {
    const trip = 'In July 1971 Ruritania arranged the envoy’s trip, which led to a summit in February 1972.';
    const a = makeFact({ date: '1971-07', precision: 'month', clause: trip });
    const b = makeFact({ date: '1972-02', precision: 'month', clause: trip });
    expect(oneDatePerClause([a, b])).toEqual([a]);
    const talks = 'After the 1965 war, Borduria hosted peace talks in Varna in 1966.';
    const war = makeFact({ date: '1965', precision: 'year', clause: talks });
    const host = makeFact({ date: '1966', precision: 'year', clause: talks });
    expect(oneDatePerClause([war, host])).toEqual([host]);
    // A main part dated only by "the same day": the date written in its second part is not its date.
    const shut = 'Ruritania shut the roads the same day and did not reopen them until July 2012.';
    const sameDay = makeFact({ date: '2011-11-26', clause: shut });
    const reopened = makeFact({ date: '2012-07', precision: 'month', clause: shut });
    expect(oneDatePerClause([sameDay, reopened])).toEqual([sameDay]);
  });
});

describe('headlineStates', () => {
  it('reads the two states a headline names, in full or in a combining form', () => {
    expect(headlineStates('Russo-Pakistan ties strengthening')).toEqual(['Russia', 'Pakistan']);
    expect(headlineStates('PAK-RUSSIA Relations')).toEqual(['Pakistan', 'Russia']);
    expect(headlineStates('Sino-Indian border talks resume')).toEqual(['China', 'India']);
    expect(headlineStates('Turkey & Pakistan – old friends')).toEqual(['Turkey', 'Pakistan']);
    // One state, or three, says nothing of a pair.
    expect(headlineStates('Pakistan’s foreign policy')).toEqual([]);
    expect(headlineStates('Iran, Turkey and Pakistan')).toEqual([]);
  });

  it('wins over the count of facts when it names two states', () => {
    const f = makeFact({ actors: ['Pakistan', 'India'] });
    expect(mainStates([f, f, f], 'Russia & Pakistan – a new alliance')).toEqual(['Russia', 'Pakistan']);
  });
});

describe('noteWithDeeds', () => {
  const conflict = {
    field: 'date' as const,
    claims: [
      { source: 'a', value: '1959' },
      { source: 'b', value: '1 May 1960' },
    ],
    note: 'One source gives 1959, another 1 May 1960.',
  };
  const permit = makeFact({
    source: 'a.txt',
    date: '1959',
    precision: 'year',
    clause: 'In 1959, Marshal Brand allowed the Heron flights from Varna.',
  });
  const incident = makeFact({
    source: 'b.txt',
    date: '1960-05-01',
    clause: 'The Kowal incident of 1 May 1960 put Ruritania in danger.',
  });

  it('says what each source tells when they tell different deeds', () => {
    expect(noteWithDeeds([permit, incident], conflict, () => false)).toBe(
      'One source gives 1959, another 1 May 1960. What each tells: 1959, Marshal Brand allowed the Heron flights from Varna; 1 May 1960, the Kowal incident put Ruritania in danger.',
    );
  });

  it('adds nothing when the deeds are one, or when the note would copy an article', () => {
    const again = { ...incident, clause: 'Marshal Brand allowed the Heron flights on 1 May 1960.' };
    expect(noteWithDeeds([permit, again], conflict, () => false)).toBeNull();
    expect(noteWithDeeds([permit, incident], conflict, () => true)).toBeNull();
  });
});

describe('two deeds in one clause, each merged on its own', () => {
  const permit = makeFact({
    source: 'a.txt',
    date: '1959',
    precision: 'year',
    type: 'military',
    actors: ['Premier Ivo Hollo', 'Captain Jan Brodsky'],
    paragraph: 4,
    summary: 'Premier Ivo Hollo permitted the flights of Kestrel reconnaissance planes (1959).',
    clause:
      'In 1959, Premier Ivo Hollo permitted the flights of Kestrel reconnaissance planes, giving the authorisation of the final Kestrel flight, flown by Captain Jan Brodsky.',
    sentence:
      'In 1959, Premier Ivo Hollo permitted the flights of Kestrel reconnaissance planes, giving the authorisation of the final Kestrel flight, flown by Captain Jan Brodsky.',
  });

  it('tells a participle ("…, giving the authorisation of …") as a second deed of the subject', () => {
    expect(splitParticipleDeeds([permit]).map((f) => f.clause)).toEqual([
      'In 1959, Premier Ivo Hollo permitted the flights of Kestrel reconnaissance planes',
      'Premier Ivo Hollo gave the authorisation of the final Kestrel flight, flown by Captain Jan Brodsky.',
    ]);
    const first = makeFact({
      clause:
        'In 1974, Varga paid a state visit to Borduria, becoming the first premier since Ruritania’s independence to visit the country.',
    });
    expect(splitParticipleDeeds([first]).map((f) => f.clause)[1]).toBe(
      'Varga became the first premier since Ruritania’s independence to visit Borduria.',
    );
    const invited = makeFact({
      clause:
        'In 1950, Borduria extended its hand of friendship to Ruritania and invited Prime Minister Ivo Hollo for a visit.',
    });
    expect(splitParticipleDeeds([invited]).map((f) => f.clause)).toEqual([
      'In 1950, Borduria extended its hand of friendship to Ruritania',
      'Borduria invited Prime Minister Ivo Hollo for a visit.',
    ]);
    const toState = makeFact({
      clause: 'Borduria granted a permit to Syldavia and enabled Turkey to buy engines.',
    });
    expect(splitParticipleDeeds([toState])).toEqual([toState]);
    const plain = makeFact({ clause: 'Varga signed the pact, ending the war.' });
    expect(splitParticipleDeeds([plain])).toEqual([plain]);
  });

  it('reads "Kestrel flights" and "flights of Kestrel" as one named thing, not a person and a verb', () => {
    expect([...namedThings('the agency began the Kestrel flights over Varna')]).toEqual(['kstrl flight']);
    expect([...namedThings('In 1959, Premier Ivo Hollo permitted the flights of Kestrel')]).toEqual([
      'kstrl flight',
    ]);
  });

  it('joins the flights to the source that dates their start, and the final flight to the incident', () => {
    const began = makeFact({
      source: 'b.txt',
      date: '1958',
      precision: 'year',
      type: 'military',
      actors: ['Borduria'],
      paragraph: 2,
      summary: 'The Bordurian air arm began operating its Kestrel reconnaissance flights.',
      clause:
        'The Bordurian air arm had been operating its Kestrel reconnaissance flights since 1958 from Varna.',
    });
    const incident = makeFact({
      source: 'b.txt',
      date: '1960-05-01',
      type: 'military',
      actors: ['Jan Brodsky'],
      paragraph: 3,
      summary: 'The 1 May 1960 Jan Brodsky incident shook Ruritania.',
      sentence: 'The 1 May 1960 Jan Brodsky incident shook Ruritania.',
    });
    const background = [...resultA().facts, ...resultB().facts];
    const groups = mergeFacts(splitParticipleDeeds([...background, began, incident, permit]));
    const withBegan = groups.find((g) => g.includes(began)) ?? [];
    const withIncident = groups.find((g) => g.includes(incident)) ?? [];
    expect(withBegan.map((f) => f.clause)).toContain(
      'In 1959, Premier Ivo Hollo permitted the flights of Kestrel reconnaissance planes',
    );
    expect(withIncident.map((f) => f.clause)).toContain(
      'Premier Ivo Hollo gave the authorisation of the final Kestrel flight, flown by Captain Jan Brodsky.',
    );
  });
});

describe('personSpan', () => {
  it('spans the years of the facts that name the person by two names or more, not a namesake', () => {
    const at = (date: string, actors: string[]) => makeFact({ date: `${date}-01-01`, actors });
    const facts = [
      at('1947', ['Prime Minister Nawabzada Tomas Lind Varga']),
      at('1951', ['Tomas Lind Varga', 'Ruritania']),
      at('1960', ['General Ivo Varga']),
      at('1970', ['Varga']),
    ];
    expect(personSpan('Prime Minister Nawabzada Tomas Lind Varga', facts)).toEqual({ from: 1947, to: 1951 });
    expect(personSpan(undefined, facts)).toBeNull();
    // One name, spelled two ways, is met by the surname.
    const spelled = [at('2007', ['President General Pervaiz Musharaf']), at('2003', ['Ruritania'])];
    expect(personSpan('President General Musharraf', spelled)).toEqual({ from: 2007, to: 2007 });
    // The office's first year comes from the facts the deck tells, when those are given.
    const offices = [at('2010', ['President Tomas Lind Varga']), at('2012', ['President Tomas Lind Varga'])];
    expect(personSpan('President Tomas Lind Varga', offices, 'president')).toMatchObject({ notBefore: 2010 });
    expect(
      personSpan('President Tomas Lind Varga', offices, 'president', [
        { actors: ['President Tomas Lind Varga'], year: 2012 },
      ]),
    ).toMatchObject({ from: 2010, notBefore: 2012 });
  });

  it('bounds a bare surname subject’s options by the years the articles name that person', () => {
    const visit = (date: string, clause: string, actors: string[]) =>
      makeFact({
        source: 'a.txt',
        date,
        precision: 'year',
        type: 'visit',
        actors,
        clause,
        summary: clause,
        sentence: `In ${date}, ${clause} ${AT_LENGTH}`,
      });
    const deck = buildDeck(
      input([
        {
          ...resultA(),
          facts: [
            visit('1971', 'Premier Ivo Hollo visited Borduria for talks on river trade.', [
              'Premier Ivo Hollo',
              'Borduria',
            ]),
            visit('1973', 'Premier Ivo Hollo opened a dam on the Varna river.', ['Premier Ivo Hollo']),
            visit('1974', 'Hollo paid a state visit to Syldavia.', ['Syldavia']),
          ],
        },
        resultB(),
      ]),
    ).deck;
    const mcq = deck.cards.find((c) => c.kind === 'mcq-date' && c.prompt.includes('Syldavia'));
    for (const choice of mcq?.choices ?? ['none']) expect(Number(choice)).toBeGreaterThanOrEqual(1970);
    for (const choice of mcq?.choices ?? []) expect(Number(choice)).toBeLessThanOrEqual(1974);
  });
});

describe('carriedToYear', () => {
  it('keeps only the year of a fact whose sentence writes no date', () => {
    const told = makeFact({ sentence: 'On 1 May 1960 the plane fell.', date: '1960-05-01' });
    const carried = makeFact({ sentence: 'The premier then drew a circle on the map.', date: '1960-05-01' });
    expect(carriedToYear([told, carried]).map((f) => `${f.date} ${f.precision}`)).toEqual([
      '1960-05-01 day',
      '1960 year',
    ]);
  });
});

describe('eras of a deck', () => {
  it('offers only the eras that hold a card, also from an era file', () => {
    const eras = [
      { id: 'before', name: 'Before 1900', from: null, to: 1899, blurb: 'Nothing told.' },
      ...ERAS.map((e) => ({ ...e, from: e.from ?? 1900 })),
    ];
    const { deck } = buildDeck({ ...input(), eras });
    expect(deck.eras.map((e) => e.id)).toEqual(['early', 'late']);
    expect(deck.cards.every((c) => deck.eras.some((e) => e.id === c.era))).toBe(true);
  });
});

describe('cards of one fact', () => {
  it('gives a minor fact one card, and never a what card beside the when card it gives away', () => {
    const { deck } = buildDeck(input());
    for (const fact of deck.facts) {
      const kinds = deck.cards.filter((c) => c.kind !== 'order' && c.facts[0] === fact.id).map((c) => c.kind);
      if (kinds.includes('when')) expect(kinds).not.toContain('what');
    }
    // The rail line: one article, no weighty word, a short sentence.
    const rail = deck.facts.find((f) => f.summary.includes('rail'));
    expect(deck.cards.filter((c) => c.facts[0] === rail?.id && c.kind !== 'order')).toHaveLength(1);
  });
});
