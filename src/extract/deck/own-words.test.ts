import { describe, expect, it } from 'vitest';
import type { Clause } from '../retell.ts';
import {
  rewordings,
  tidy,
  withActiveVoice,
  withArticles,
  withNameFirst,
  withNameOnly,
  withOtherVerb,
  withOwnerFirst,
} from './own-words.ts';

const clause = (over: Partial<Clause>): Clause => ({
  subject: 'Borduria',
  past: 'signed',
  infinitive: 'sign',
  passive: null,
  rest: ' the Harbour Accord',
  ...over,
});

describe('own words', () => {
  it('puts another verb for the same event, in the active and the passive', () => {
    expect(withOtherVerb(clause({}))).toMatchObject({ past: 'concluded', infinitive: 'conclude' });
    expect(withOtherVerb(clause({ subject: 'The Harbour Accord', passive: 'was', rest: '' }))).toMatchObject({
      past: 'concluded',
      passive: 'was',
    });
  });

  it('changes a verb only in the sense it has in the clause', () => {
    expect(
      withOtherVerb(clause({ past: 'paid', infinitive: 'pay', rest: ' a state visit to Varna' })),
    ).toMatchObject({ past: 'made' });
    expect(withOtherVerb(clause({ past: 'paid', infinitive: 'pay', rest: ' its debts' }))).toBeNull();
    expect(withOtherVerb(clause({ past: 'crowded', infinitive: 'crowd' }))).toBeNull();
  });

  it('tells a meeting held somewhere, and meeting someone, each in its own words', () => {
    expect(withOtherVerb(clause({ past: 'met', infinitive: 'meet', rest: ' in Varna' }))?.past).toBe(
      'held a meeting',
    );
    expect(withOtherVerb(clause({ past: 'met', infinitive: 'meet', rest: ' Tomas Varga' }))?.past).toBe(
      'held talks with',
    );
    expect(withOtherVerb(clause({ past: 'met', infinitive: 'meet', rest: ' with Tomas Varga' }))).toBeNull();
  });

  it('names a person before their office, or alone, only where the fact names that person', () => {
    const names = ['Tomas Varga'];
    expect(withNameFirst(clause({ subject: "Borduria's first envoy Tomas Varga" }), names)?.subject).toBe(
      "Tomas Varga, Borduria's first envoy,",
    );
    expect(withNameOnly(clause({ subject: 'Foreign Minister Tomas Varga' }), names)?.subject).toBe(
      'Tomas Varga',
    );
    expect(withNameOnly(clause({ subject: 'Premier Ivo Hollo and envoy Tomas Varga' }), names)).toBeNull();
    expect(
      withNameFirst(clause({ subject: 'Prime Minister Liaquat Ali Khan' }), ['Liaquat Ali Khan'])?.subject,
    ).toBe('Liaquat Ali Khan, Prime Minister,');
    expect(withNameFirst(clause({ subject: 'Borduria and Ruritania' }), names)).toBeNull();
  });

  it('offers the clause as it stands first, then its rewordings', () => {
    const all = rewordings(clause({ subject: "Borduria's first envoy Tomas Varga" }), ['Tomas Varga']);
    expect(all[0]?.past).toBe('signed');
    expect(all.some((c) => c.past === 'concluded' && c.subject.startsWith('Tomas Varga'))).toBe(true);
  });

  it('never takes the first part of a name for an office', () => {
    const names = ['Arshad Varga'];
    expect(withNameOnly(clause({ subject: 'Tomas Arshad Varga' }), names)).toBeNull();
    expect(withNameFirst(clause({ subject: 'Tomas Arshad Varga' }), names)).toBeNull();
    expect(withNameOnly(clause({ subject: 'Ambassador Arshad Varga' }), names)?.subject).toBe('Arshad Varga');
  });

  it("puts the country before its office: the second Envoy of Borduria → Borduria's second envoy", () => {
    const c = clause({
      subject: 'Tomas Varga',
      past: 'served',
      infinitive: 'serve',
      rest: ' as the second Envoy of Borduria',
    });
    expect(withOwnerFirst(c)?.rest).toBe(' as Borduria’s second envoy');
    expect(withOwnerFirst(clause({ rest: ' the Treaty of Varna' }))).toBeNull();
    expect(withOwnerFirst(clause({ rest: ' to attend the funeral of Ivo Hollo' }))?.rest).toBe(
      ' to attend Ivo Hollo’s funeral',
    );
    expect(rewordings(c).some((r) => r.rest === ' as Borduria’s second envoy')).toBe(true);
  });
});

describe('tidy', () => {
  it('gives a bare agreement its article', () => {
    expect(tidy(clause({ rest: ' defence cooperation agreement' })).rest).toBe(
      ' a defence cooperation agreement',
    );
    expect(tidy(clause({ rest: ' interim trade accord' })).rest).toBe(' an interim trade accord');
    expect(tidy(clause({ rest: ' the Harbour Accord' })).rest).toBe(' the Harbour Accord');
    expect(tidy(clause({ rest: ' three trade agreements' })).rest).toBe(' three trade agreements');
  });

  it('mends an announcement of plans and an ordinal without its article', () => {
    const announced = { past: 'announced', infinitive: 'announce' };
    expect(tidy(clause({ ...announced, rest: ' to visit Varna' })).rest).toBe(' plans to visit Varna');
    expect(tidy(clause({ ...announced, rest: ' first ever joint drills' })).rest).toBe(
      ' the first ever joint drills',
    );
    expect(tidy(clause({ ...announced, rest: ' a ceasefire' })).rest).toBe(' a ceasefire');
  });

  it('tells presenting oneself as an envoy as taking up the post, and drops a Mr after an office', () => {
    const c = tidy(
      clause({
        subject: 'Tomas Varga',
        past: 'presented',
        infinitive: 'present',
        rest: ' himself as the second Envoy of Borduria',
      }),
    );
    expect(c).toMatchObject({
      past: 'took up',
      infinitive: 'take up',
      rest: ' his post as the second Envoy of Borduria',
    });
    expect(tidy(clause({ subject: 'the Prime minister Mr Ivo Hollo' })).subject).toBe(
      'Prime Minister Ivo Hollo',
    );
  });

  it('tells talks about buying as talks', () => {
    const c = tidy(
      clause({ past: 'discussed', infinitive: 'discuss', rest: ' with Ruritania to buy tanks' }),
    );
    expect(c).toMatchObject({
      past: 'held talks',
      infinitive: 'hold talks',
      rest: ' with Ruritania on plans to buy tanks',
    });
  });

  it('gives states the article news copy drops, and a state its bid', () => {
    expect(withArticles('Soviet Union and Borduria')).toBe('the Soviet Union and Borduria');
    expect(withArticles('Borduria and Russian Federation')).toBe('Borduria and the Russian Federation');
    expect(withArticles(' a state visit to USSR')).toBe(' a state visit to the USSR');
    expect(withArticles(' to the United States')).toBe(' to the United States');
    expect(withArticles(' the First Borduria-USSR Trade Agreement')).toBe(
      ' the First Borduria-USSR Trade Agreement',
    );
    expect(withArticles(' US sanctions')).toBe(' US sanctions');
    expect(withArticles(' Pakistan bid to join the League')).toBe(' Pakistan’s bid to join the League');
    expect(withArticles('Hollo regime')).toBe('the Hollo regime');
    expect(withArticles(' a state visit to Kremlin')).toBe(' a state visit to the Kremlin');
  });

  it('drops an apposition copied without its commas', () => {
    const c = tidy(
      clause({ subject: 'Varna a port of Borduria', past: 'annexed', passive: 'was', rest: ' by Ruritania' }),
    );
    expect(c.subject).toBe('Varna');
    expect(tidy(clause({ subject: 'The Republic of Borduria' })).subject).toBe('The Republic of Borduria');
  });
});

describe('tidy: a name led by an ordinal', () => {
  it('gives it its article, with the ordinal in lower case', () => {
    const c = {
      subject: 'First Ruritania-Borduria Trade Agreement',
      past: 'signed',
      infinitive: 'sign',
      passive: 'was',
      rest: '',
    };
    expect(tidy(c).subject).toBe('the first Ruritania-Borduria Trade Agreement');
    // An office is not a name led by an ordinal.
    expect(tidy({ ...c, subject: 'First Secretary Anna Lind' }).subject).toBe('First Secretary Anna Lind');
  });
});

describe('withActiveVoice', () => {
  it('tells a passive with its agent actively, and leaves other clauses alone', () => {
    const c = {
      subject: 'The border accord',
      past: 'signed',
      infinitive: 'sign',
      passive: 'was',
      rest: ' by Foreign Minister Tomas Varga and Marshal Ivo Brand in Varna',
    };
    expect(withActiveVoice(c)).toEqual({
      subject: 'Foreign Minister Tomas Varga and Marshal Ivo Brand',
      past: 'signed',
      infinitive: 'sign',
      passive: null,
      rest: ' the border accord in Varna',
    });
    expect(withActiveVoice({ ...c, rest: ' in Varna' })).toBeNull();
    expect(withActiveVoice({ ...c, passive: null })).toBeNull();
  });
});

describe('tidy and other verbs: articles, offices, verbs that do not fit', () => {
  it('gives a named agreement "the", an office its capitals, and keeps "passed to" and "was received"', () => {
    const signed = {
      subject: 'A Standstill Agreement',
      past: 'signed',
      infinitive: 'sign',
      passive: 'was',
      rest: '',
    };
    expect(tidy(signed).subject).toBe('the Standstill Agreement');
    expect(tidy({ ...signed, subject: 'A trade accord' }).subject).toBe('A trade accord');
    expect(tidy({ ...signed, subject: 'The stone', rest: ' by the Prime minister Ivo Hollo' }).rest).toBe(
      ' by Prime Minister Ivo Hollo',
    );
    const passed = {
      subject: 'Control of the port',
      past: 'passed',
      infinitive: 'pass',
      passive: null,
      rest: ' to Borduria',
    };
    expect(withOtherVerb(passed)).toBeNull();
    const received = {
      subject: 'Premier Ivo Hollo',
      past: 'received',
      infinitive: 'receive',
      passive: 'was',
      rest: ' warmly',
    };
    expect(withOtherVerb(received)).toBeNull();
  });
});

describe('tidy: relations of a kind', () => {
  it('drops "the" before relations of a kind that are set up', () => {
    const c = {
      subject: 'Ruritania and Borduria',
      past: 'established',
      infinitive: 'establish',
      passive: null,
      rest: ' the diplomatic and trade relations',
    };
    expect(tidy(c).rest).toBe(' diplomatic and trade relations');
    expect(tidy({ ...c, past: 'praised', infinitive: 'praise' }).rest).toBe(
      ' the diplomatic and trade relations',
    );
    const festival = {
      ...c,
      subject: 'A festival of the Soviet films',
      past: 'held',
      passive: 'was',
      rest: '',
    };
    expect(tidy(festival).subject).toBe('A festival of Soviet films');
  });

  it('backs for "voted for", keeping "first", and tells "invited by a state for a visit" as the visit', () => {
    const c = {
      subject: 'Turkey',
      past: 'first voted',
      infinitive: 'first vote',
      passive: null,
      rest: ' for the plan',
    };
    expect(withOtherVerb(c)).toMatchObject({
      past: 'first backed',
      infinitive: 'first back',
      rest: ' the plan',
    });
    const invited = {
      subject: 'President Varga',
      past: 'invited',
      infinitive: 'invite',
      passive: 'was',
      rest: ' by Turkey for a visit',
    };
    expect(tidy(invited)).toMatchObject({
      passive: null,
      past: 'visited',
      infinitive: 'visit',
      rest: ' Turkey at its invitation',
    });
    const byPerson = { ...invited, rest: ' by Premier Hollo for a visit' };
    expect(tidy(byPerson).past).toBe('invited');
  });

  it('offers "following" for "after" among the rewordings', () => {
    const c = {
      subject: 'The USA',
      past: 'imposed',
      infinitive: 'impose',
      passive: null,
      rest: ' sanctions on Borduria after nuclear tests',
    };
    expect(rewordings(c).map((r) => r.rest)).toContain(' sanctions on Borduria following nuclear tests');
  });

  it('makes "a delegation of the cultural troupe" the troupe', () => {
    const c = {
      subject: 'A delegation of the Soviet cultural troupe',
      past: 'toured',
      infinitive: 'tour',
      passive: null,
      rest: ' Ruritania',
    };
    expect(tidy(c).subject).toBe('A Soviet cultural troupe');
    expect(tidy({ ...c, subject: 'A delegation of the Bordurian parliament' }).subject).toBe(
      'A delegation of the Bordurian parliament',
    );
  });

  it('tells "voted for the first time for" as "first voted for"', () => {
    const c = {
      subject: 'Borduria',
      past: 'voted',
      infinitive: 'vote',
      passive: null,
      rest: ' for the first time for the plan',
    };
    expect(tidy(c)).toMatchObject({ past: 'first voted', infinitive: 'first vote', rest: ' for the plan' });
  });

  it('makes "another agreement" one agreement: the one before it is not on the card', () => {
    const c = { subject: 'Ruritania and Borduria', past: 'concluded', infinitive: 'conclude', passive: null };
    expect(tidy({ ...c, rest: ' another agreement for cultural exchanges' }).rest).toBe(
      ' an agreement for cultural exchanges',
    );
    expect(
      tidy({ ...c, past: 'gave', infinitive: 'give', rest: ' the authorisation of final flight' }).rest,
    ).toBe(' the authorisation of the final flight');
    expect(
      tidy({
        ...c,
        subject: 'Bhutto',
        past: 'became',
        infinitive: 'become',
        rest: ' the first prime minister since Pakistan’s independence to visit Soviet Union',
      }).rest,
    ).toBe(' the first Pakistani prime minister to visit the Soviet Union');
  });
});
