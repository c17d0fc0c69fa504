import { describe, expect, it } from 'vitest';
import { AT_LENGTH, makeFact } from '../../testing/fixtures/deck/facts.ts';
import type { ExtractedFact } from '../types.ts';
import { buildDeck } from './build-deck.ts';
import {
  counterpart,
  fullNamesByOffice,
  inItsTimeClause,
  nationalities,
  splitOrLater,
  withCause,
  withFullNames,
} from './draft.ts';
import { demonym } from './states.ts';

describe('inItsTimeClause', () => {
  const clause = {
    subject: 'Russia',
    past: 'opened',
    infinitive: 'open',
    passive: null,
    rest: ' Russian consulates',
  };

  it('says "the Soviet Union" and "Soviet" for the Soviet years, and leaves other years alone', () => {
    expect(inItsTimeClause(clause, 1966)).toMatchObject({
      subject: 'the Soviet Union',
      rest: ' Soviet consulates',
    });
    expect(
      inItsTimeClause({ ...clause, subject: 'President Khan', rest: ' Russia’s capital' }, 1965).rest,
    ).toBe(' the Soviet Union’s capital');
    expect(inItsTimeClause(clause, 2005)).toEqual(clause);
    expect(inItsTimeClause({ ...clause, rest: ' the Russian Federation' }, 1991).rest).toBe(
      ' the Russian Federation',
    );
  });
});

describe('nationalities', () => {
  it('reads a state from a person’s role or from the words before the name, and drops a person named with two', () => {
    const found = nationalities([
      {
        actors: ['first Prime Minister Tomas Varga'],
        sentence: 'When Turkey’s first Prime Minister Tomas Varga arrived…',
      },
      { actors: ['Russian president Ivan Petrov'], sentence: 'Russian president Ivan Petrov said…' },
      { actors: ['General Ana Kis'], sentence: 'Iranian General Ana Kis met…' },
      { actors: ['General Ana Kis'], sentence: 'Afghan General Ana Kis met…' },
    ]);
    expect([...found.entries()].sort()).toEqual([
      ['ptrv', 'Russia'],
      ['vrg', 'Turkey'],
    ]);
    expect(demonym('the United States')).toBe('American');
    expect(demonym('Ruritania')).toBeNull();
  });
});

describe('who and what cards with nationality', () => {
  const ties = (i: number, over: Partial<ExtractedFact>): ExtractedFact =>
    makeFact({
      source: 'a.txt',
      type: 'agreement',
      actors: ['Pakistan', 'Turkey'],
      place: null,
      paragraph: i,
      span: [i * 100, i * 100 + 50],
      ...over,
    });
  const facts = [
    ties(1, { date: '1951-07-12', summary: 'Pakistan and Turkey signed a treaty of friendship.' }),
    ties(2, { date: '1954-04-02', summary: 'Pakistan and Turkey signed a defence pact in Karachi.' }),
    ties(3, { date: '1964-07-21', summary: 'Pakistan and Turkey set up a trade council.' }),
    ties(4, {
      date: '1988-02-10',
      type: 'visit',
      actors: ['General Omar Baig', 'Turkey'],
      summary: 'General Omar Baig visited Ankara.',
      sentence: `General Omar Baig visited Ankara. ${AT_LENGTH}`,
    }),
    ties(5, {
      date: '1999-06-01',
      type: 'economic',
      actors: ['Turkey', 'Pakistan'],
      summary: 'Turkey lifted its ban on Pakistani cotton.',
    }),
  ];
  const deck = buildDeck({
    id: 't',
    title: 'T',
    description: 'T',
    eras: null,
    results: [{ source: 'a.txt', meta: { title: 'A', author: null }, facts }],
    texts: new Map([['a.txt', 'An article in other words.']]),
  }).deck;

  it('names a visitor’s nationality when the visit went to one of the deck’s two states', () => {
    expect(deck.cards.find((c) => c.kind === 'who')?.prompt).toBe(
      'On 10 February 1988, which Pakistani general visited Ankara?',
    );
  });

  it('asks no "what did Turkey do" question: a state does many things on one day', () => {
    const lifted = deck.facts.find((f) => f.summary.includes('cotton'));
    expect(lifted).toBeDefined();
    expect(deck.cards.some((c) => c.kind === 'what' && c.facts[0] === lifted?.id)).toBe(false);
  });
});

describe('named things and happenings', () => {
  const one = (over: Partial<ExtractedFact>) =>
    buildDeck({
      id: 'n',
      title: 'N',
      description: 'N',
      eras: null,
      results: [
        {
          source: 'a.txt',
          meta: { title: 'A', author: null },
          facts: [makeFact({ source: 'a.txt', ...over })],
        },
      ],
      texts: new Map([['a.txt', 'An article in other words.']]),
    }).deck;

  it('asks nothing dated only by a year that names a happening told in passing', () => {
    const sentence = 'President Ivan Petrov was asked to condemn the 2016 Varna bombing.';
    const deck = one({
      date: '2016',
      precision: 'year',
      type: 'statement',
      actors: ['President Ivan Petrov'],
      summary: sentence,
      clause: sentence,
      sentence,
    });
    expect(deck.cards).toEqual([]);
  });

  it('asks "which Pakistani prime minister", not "who, as Pakistan’s first Prime Minister", which names its answer', () => {
    const clause = 'Pakistan’s first Prime Minister Tomas Varga visited Turkey in May 1950.';
    const deck = one({
      date: '1950-05',
      precision: 'month',
      actors: ['first Prime Minister Tomas Varga', 'Turkey'],
      summary: clause,
      clause,
      sentence: clause,
    });
    expect(deck.cards.find((c) => c.kind === 'who')?.prompt).toBe(
      'In May 1950, which Pakistani prime minister visited Turkey?',
    );
  });

  it('names "the treaty" by the treaty the fact is about', () => {
    const clause =
      'The treaty was signed in Varna by Premier Ivo Hollo and Premier Anna Lind on 19 September 1960.';
    const deck = one({
      date: '1960-09-19',
      type: 'agreement',
      actors: ['Premier Ivo Hollo'],
      object: 'Varna Waters Treaty',
      summary: clause,
      clause,
      sentence: clause,
    });
    expect(deck.cards.find((c) => c.kind === 'when')?.prompt).toBe(
      'When was the Varna Waters Treaty signed in Varna by Premier Ivo Hollo and Premier Anna Lind?',
    );
  });
});

describe('counterpart', () => {
  it('names "his Bordurian counterpart" after the office named before it', () => {
    const clause = {
      subject: 'his Soviet counterpart',
      past: 'arrived',
      infinitive: 'arrive',
      passive: null,
      rest: ' in Varna',
    };
    const sentence =
      'The first Ruritanian ambassador presented his credentials in Moscow in 1949, while his Soviet counterpart arrived in Varna on 18 March 1950.';
    expect(counterpart(clause, sentence)?.subject).toBe('the first Soviet ambassador');
    expect(counterpart(clause, 'Later his Soviet counterpart arrived in Varna.')?.subject).toBe(
      'his Soviet counterpart',
    );
    const other = { ...clause, subject: 'The envoy' };
    expect(counterpart(other, sentence)).toBe(other);
  });
});

describe('splitOrLater', () => {
  it('reads the part after ", but" when the whole clause cannot be split', () => {
    expect(
      splitOrLater(
        'Borduria was jubilant at its success, but Premier Ivo Hollo drew a red circle around Varna on the map.',
      ),
    ).toMatchObject({ subject: 'Premier Ivo Hollo', past: 'drew' });
    expect(splitOrLater('Borduria was jubilant at its success.')).toBeNull();
  });
});

describe('withCause', () => {
  it('puts back an undated cause the sentence leads with, and no dated one', () => {
    const clause = {
      subject: 'Ruritania and Borduria',
      past: 'concluded',
      infinitive: 'conclude',
      passive: null,
      rest: ' an agreement for cultural exchanges',
    };
    const sentence =
      'As the result of President Varga’s visit to Borduria, both countries concluded another agreement for cultural exchanges on 5 June 1965.';
    expect(withCause(clause, sentence, 'both countries concluded another agreement').rest).toBe(
      ' an agreement for cultural exchanges after President Varga’s visit to Borduria',
    );
    expect(
      withCause(
        clause,
        'Following the 1965 war, both countries concluded a pact.',
        'both countries concluded a pact',
      ),
    ).toBe(clause);
  });
});

describe('withFullNames', () => {
  it('gives "President Varga" the full name the articles give that president, unless two fit', () => {
    const names = fullNamesByOffice([
      { actors: ['President Tomas Varga', 'Ruritania'] },
      { actors: ['Prime Minister Ivo Hollo'] },
      { actors: ['Premier Anna Hollo'] },
    ]);
    expect(withFullNames('President Varga’s visit to Borduria', names)).toBe(
      'President Tomas Varga’s visit to Borduria',
    );
    expect(withFullNames('Premier Hollo’s visit', names)).toBe('Premier Anna Hollo’s visit');
    const two = fullNamesByOffice([
      { actors: ['President Tomas Varga'] },
      { actors: ['President Ede Varga'] },
    ]);
    expect(withFullNames('President Varga’s visit', two)).toBe('President Varga’s visit');
  });
});
