import { describe, expect, it } from 'vitest';
import { makeFact, resultA, resultB } from '../../testing/fixtures/deck/facts.ts';
import type { ExtractedFact } from '../types.ts';
import { chooseDate, findConflict } from './conflicts.ts';
import { destination, foundedNames, invitation, mediator, mergeFacts } from './merge.ts';
import { oneStateName } from './states.ts';

const facts = [...resultA().facts, ...resultB().facts];
const id = (file: string): string => file.replace('.txt', '');

describe('mergeFacts', () => {
  it('joins one event told by two sources, even when their dates differ by a year', () => {
    const groups = mergeFacts(facts);
    const varga = groups.find((g) => g.some((f) => f.summary.includes('Varga')));
    expect(varga?.map((f) => f.source)).toEqual(['a.txt', 'b.txt']);
    const accord = groups.find((g) => g.some((f) => f.object === 'Harbour Accord'));
    expect(accord).toHaveLength(2);
    expect(groups).toHaveLength(5);
  });

  it('keeps events apart when their lead people differ or years are far apart', () => {
    const a = makeFact({ source: 'a.txt' });
    const b = makeFact({
      source: 'b.txt',
      actors: ['Foreign Minister Anna Lind', 'Ruritania'],
      summary: 'Foreign Minister Anna Lind visited Ruritania for talks on river trade.',
    });
    const c = makeFact({ source: 'c.txt', date: '1969', precision: 'year' });
    expect(mergeFacts([a, b])).toHaveLength(2);
    expect(mergeFacts([a, c])).toHaveLength(2);
  });
});

describe('mergeFacts across spellings', () => {
  it('joins one event told with American and British spellings, and one person spelled two ways', () => {
    const uk = makeFact({
      source: 'a.txt',
      date: '1977',
      precision: 'year',
      type: 'agreement',
      actors: ['Ruritania', 'Borduria'],
      summary: 'Ruritania and Borduria signed a defence cooperation pact.',
    });
    const us = makeFact({
      source: 'b.txt',
      date: '1977-11',
      precision: 'month',
      type: 'agreement',
      actors: ['Ruritania', 'Borduria'],
      summary: 'Ruritania and Borduria signed the defense cooperation pact.',
    });
    const together = (x: ExtractedFact, y: ExtractedFact): boolean =>
      mergeFacts([...facts, x, y]).some((g) => g.includes(x) && g.includes(y));
    expect(together(uk, us)).toBe(true);
    const one = makeFact({
      source: 'a.txt',
      date: '1983',
      precision: 'year',
      actors: ['General Milos Petar Kovacs', 'Borduria'],
      summary: 'General Milos Petar Kovacs made a trip to Borduria.',
    });
    const two = makeFact({
      source: 'b.txt',
      date: '1983-04',
      precision: 'month',
      actors: ['Gen Anton Petar Kavacs'],
      summary: 'Gen Anton Petar Kavacs visited Varna.',
    });
    expect(together(one, two)).toBe(true);
    const group = mergeFacts([...facts, one, two]).find((g) => g.includes(one));
    const conflict = findConflict(group ?? [], chooseDate(group ?? []), new Set(), id);
    expect(conflict?.field).toBe('name');
  });
});

describe('mergeFacts across names of one state', () => {
  it('joins one visit told as to "America" and to "the United States", and sees the lengths differ', () => {
    const america = makeFact({
      source: 'a.txt',
      date: '1950',
      precision: 'year',
      actors: ['Tomas Varga', 'America'],
      place: null,
      summary: 'Premier Tomas Varga visited America for 23 days.',
    });
    const states = makeFact({
      source: 'b.txt',
      date: '1950-05-03/1950-05-30',
      precision: 'range',
      actors: ['United States'],
      place: null,
      summary: 'The premier visited the United States.',
      clause: 'The premier visited the United States',
      sentence: 'The premier visited the United States from 3 to 30 May 1950.',
    });
    const group = mergeFacts([...facts, america, states]).find((g) => g.includes(america));
    expect(group).toContain(states);
    const conflict = findConflict(group ?? [], chooseDate(group ?? []), new Set(), id);
    expect(conflict).toMatchObject({ field: 'length', note: 'One source gives 23 days, another 28 days.' });
  });
});

describe('conflicts', () => {
  it('lists each source claim when the dates disagree', () => {
    const group = mergeFacts(facts).find((g) => g.some((f) => f.summary.includes('Varga'))) ?? [];
    const shown = chooseDate(group);
    expect(shown).toEqual({ value: '1961-03-12', precision: 'day' });
    const conflict = findConflict(group, shown, new Set(), id);
    expect(conflict?.field).toBe('date');
    expect(conflict?.claims).toEqual([
      { source: 'a', value: '12 March 1961' },
      { source: 'b', value: '1962' },
    ]);
  });

  it('sees no conflict when one date only refines the other', () => {
    const a = makeFact({ source: 'a.txt' });
    const b = makeFact({ source: 'b.txt', date: '1961', precision: 'year' });
    expect(findConflict([a, b], chooseDate([a, b]), new Set(), id)).toBeNull();
  });

  it('says so when one article gives one event two dates', () => {
    const a = makeFact({ source: 'a.txt', date: '1972', precision: 'year', paragraph: 3 });
    const b = makeFact({ source: 'a.txt', date: '1973-12-30', paragraph: 5 });
    const conflict = findConflict([a, b], chooseDate([a, b]), new Set(), id);
    expect(conflict?.note).toBe('The same article gives 1972 in one place and 30 December 1973 in another.');
  });

  it('shows no more than the agreeing sources share when one of them alone gives the finer date', () => {
    const a = makeFact({ source: 'a.txt', date: '1966-01-06' });
    const b = makeFact({ source: 'b.txt', date: '1965', precision: 'year' });
    const c = makeFact({ source: 'c.txt', date: '1966', precision: 'year' });
    expect(chooseDate([a, b, c])).toEqual({ value: '1966', precision: 'year' });
    // Two sources giving the day, or no disagreement at all: the day stands.
    const d = makeFact({ source: 'd.txt', date: '1966-01-06' });
    expect(chooseDate([a, b, c, d])).toEqual({ value: '1966-01-06', precision: 'day' });
    expect(chooseDate([a, c])).toEqual({ value: '1966-01-06', precision: 'day' });
  });

  it('tells a year read off "soon after independence in 1947" as a bound, never as the answer', () => {
    const rough = makeFact({
      source: 'c.txt',
      date: '1947',
      precision: 'year',
      sentence: 'Soon after independence in 1947, leaders of Turkey invited the Ruritanian leadership.',
      clause: 'leaders of Turkey invited the Ruritanian leadership.',
    });
    const exact = makeFact({
      source: 'b.txt',
      date: '1950',
      precision: 'year',
      clause: 'In 1950, Turkey invited Varga.',
    });
    expect(chooseDate([rough, exact])).toEqual({ value: '1950', precision: 'year' });
    const conflict = findConflict([rough, exact], chooseDate([rough, exact]), new Set(), id);
    expect(conflict?.claims).toEqual([
      { source: 'c', value: 'soon after 1947' },
      { source: 'b', value: '1950' },
    ]);
  });

  it('tells claims that agree with each other as one side of the disagreement', () => {
    const a = makeFact({ source: 'a.txt', date: '1966-01-06' });
    const b = makeFact({ source: 'b.txt', date: '1965', precision: 'year' });
    const c = makeFact({ source: 'c.txt', date: '1966', precision: 'year' });
    const conflict = findConflict([a, b, c], chooseDate([a, b, c]), new Set(), id);
    expect(conflict?.note).toBe('One source gives 1965, two others 1966 (one of them 6 January 1966).');
    expect(conflict?.claims.map((x) => x.value)).toEqual(['1965', '1966', '6 January 1966']);
  });

  it('reports a name conflict when two sources give one person different given names', () => {
    const a = makeFact({ source: 'a.txt', actors: ['General Amir Pervez Kadani'] });
    const b = makeFact({ source: 'b.txt', actors: ['General Ashraf Parvez Kidani'] });
    const conflict = findConflict([a, b], chooseDate([a, b]), new Set(), id);
    expect(conflict?.field).toBe('name');
    expect(conflict?.claims.map((c) => c.value)).toEqual(['Amir Pervez Kadani', 'Ashraf Parvez Kidani']);
  });
});

describe('mergeFacts: who led, where to, what was founded', () => {
  const together = (x: ExtractedFact, y: ExtractedFact): boolean =>
    mergeFacts([...facts, x, y]).some((g) => g.includes(x) && g.includes(y));

  it('joins an incident named after one person with a fact that names both that person and another', () => {
    const incident = makeFact({
      source: 'a.txt',
      date: '1960-05-01',
      type: 'military',
      actors: ['Jan Kowal', 'Ruritania'],
      summary: 'The Jan Kowal incident put Ruritania in danger.',
      sentence: 'The 1 May 1960 Jan Kowal incident put Ruritania in danger.',
    });
    const permit = makeFact({
      source: 'b.txt',
      date: '1959',
      precision: 'year',
      type: 'military',
      actors: ['Marshal Ivo Brand', 'Captain Jan Kowal'],
      summary: 'Marshal Ivo Brand allowed the last Heron flight, flown by Captain Jan Kowal.',
      sentence: 'In 1959 Marshal Ivo Brand allowed the last Heron flight, flown by Captain Jan Kowal.',
    });
    expect(together(incident, permit)).toBe(true);
    const group = mergeFacts([...facts, incident, permit]).find((g) => g.includes(incident)) ?? [];
    expect(findConflict(group, chooseDate(group), new Set(), id)?.claims.map((c) => c.value)).toEqual([
      '1959',
      '1 May 1960',
    ]);
  });

  it('keeps apart two visits to different states, even when one fact names both visitors', () => {
    const host = makeFact({
      source: 'a.txt',
      date: '2013-08-05',
      actors: ['General Petar Novak', 'General Ivo Horvat', 'Turkey'],
      summary: 'General Petar Novak visited Turkey, where General Ivo Horvat received him.',
    });
    const trip = makeFact({
      source: 'b.txt',
      date: '2012-10',
      precision: 'month',
      actors: ['General Ivo Horvat'],
      summary: 'General Ivo Horvat visited Tehran.',
    });
    expect(destination(host.clause)).toBe('Turkey');
    expect(destination(trip.clause)).toBe('Iran');
    expect(destination('the army chief’s 2012 Russia trip')).toBe('USSR');
    expect(destination('He visited Moscow')).toBe('USSR');
    expect(together(host, trip)).toBe(false);
  });

  it('joins one article’s two foundings of one named body, years apart, as a contradiction', () => {
    const early = makeFact({
      source: 'a.txt',
      date: '1950',
      precision: 'year',
      type: 'economic',
      actors: ['Ruritania', 'Borduria'],
      paragraph: 3,
      summary:
        'Ruritania and Borduria founded the Ruritanian-Bordurian Salt Works, later renamed Varna Salt.',
    });
    const late = makeFact({
      source: 'a.txt',
      date: '1958',
      precision: 'year',
      type: 'economic',
      actors: ['Ruritania', 'Borduria'],
      paragraph: 7,
      summary:
        'Ruritania and Borduria finally established a salt company, Varna Salt, and spoke of a steel works.',
    });
    const purpose = makeFact({
      source: 'a.txt',
      date: '1957',
      precision: 'year',
      type: 'agreement',
      actors: ['Ruritania', 'Borduria'],
      paragraph: 5,
      summary: 'Ruritania and Borduria signed an agreement to set up Varna Salt.',
    });
    expect([...foundedNames(late.clause)]).toEqual(['varna salt']);
    expect(foundedNames(purpose.clause).size).toBe(0);
    expect(together(early, late)).toBe(true);
    expect(together(early, purpose)).toBe(false);
    const group = [early, late];
    expect(findConflict(group, chooseDate(group), new Set(), id)?.note).toBe(
      'The same article gives 1950 in one place and 1958 in another.',
    );
  });

  it('reads a template summary’s clause: "brokered peace" is not "concluded an agreement"', () => {
    const peace = makeFact({
      source: 'b.txt',
      date: '1965',
      precision: 'year',
      type: 'agreement',
      actors: ['Borduria', 'Ruritania'],
      place: null,
      summary: 'Borduria and Ruritania concluded an agreement (1965).',
      clause: 'In 1965, Borduria brokered peace between the warring sides at the Lake Ohrid talks.',
    });
    const talks = makeFact({
      source: 'a.txt',
      date: '1966',
      precision: 'year',
      type: 'agreement',
      actors: ['Borduria'],
      place: null,
      summary: 'Borduria hosted peace talks at Lake Ohrid.',
    });
    expect(together(peace, talks)).toBe(true);
  });
});

describe('mergeFacts: relations of two pairs of states', () => {
  it('keeps Ruritania–Borduria ties apart from Ruritania–Syldavia ties of the same years', () => {
    const a = makeFact({
      source: 'a.txt',
      date: '1948-05-01',
      type: 'relations',
      actors: ['Borduria', 'Ruritania'],
      place: null,
      summary: 'Borduria and Ruritania first established diplomatic relations.',
    });
    const b = makeFact({
      source: 'b.txt',
      date: '1947',
      precision: 'year',
      type: 'relations',
      actors: ['Ruritania', 'Syldavia'],
      place: null,
      summary: 'Ruritania and Syldavia established diplomatic relations.',
    });
    const c = makeFact({
      ...b,
      source: 'c.txt',
      actors: ['Ruritania', 'Borduria'],
      summary: 'Ruritania and Borduria established diplomatic relations.',
    });
    const groups = mergeFacts([...facts, a, b, c]);
    expect(groups.some((g) => g.includes(a) && g.includes(b))).toBe(false);
    expect(groups.some((g) => g.includes(a) && g.includes(c))).toBe(true);
  });
});

describe('mergeFacts: one invitation told with two dates', () => {
  const invite = (source: string, date: string, clause: string, actors: string[]) =>
    makeFact({
      source,
      date,
      precision: 'year',
      type: 'statement',
      actors,
      place: null,
      summary: clause,
      clause,
    });
  const general = invite(
    'c.txt',
    '1947',
    'government leaders in Turkey and the former Soviet Union invited the Pakistani leadership to visit these countries.',
    ['Turkey', 'Soviet Union'],
  );
  const named = invite('b.txt', '1950', 'Turkey invited Prime Minister Ivo Hollo for an official visit.', [
    'Prime Minister Ivo Hollo',
    'Turkey',
    'Pakistan',
  ]);
  const visit = (source: string, date: string) =>
    makeFact({
      source,
      date,
      precision: 'year',
      type: 'visit',
      actors: ['Pakistan', 'Turkey'],
      place: null,
      summary: 'Pakistan’s prime minister visited Turkey.',
    });

  it('reads who invited whose leaders', () => {
    expect(invitation(general)).toEqual({ from: new Set(['Turkey', 'USSR']), to: 'Pakistan' });
    expect(invitation(named)).toEqual({ from: new Set(['Turkey']), to: 'Pakistan' });
    expect(invitation(makeFact({ clause: 'Gromyko accepted the invitation on 24 April 1948.' }))).toBeNull();
  });

  it('joins two sources’ invitations years apart when one visit on that route lies between', () => {
    const groups = mergeFacts([...facts, general, named, visit('a.txt', '1950')]);
    expect(groups.some((g) => g.includes(general) && g.includes(named))).toBe(true);
    const twice = mergeFacts([...facts, general, named, visit('a.txt', '1948'), visit('d.txt', '1950')]);
    expect(twice.some((g) => g.includes(general) && g.includes(named))).toBe(false);
  });
});

describe('mergeFacts: peace brokered by one state', () => {
  const together = (x: ExtractedFact, y: ExtractedFact, more: ExtractedFact[] = []): boolean =>
    mergeFacts([...facts, ...more, x, y]).some((g) => g.includes(x) && g.includes(y));

  it('finds the state that brokered peace, before the deed or after "by"', () => {
    expect(mediator('In 1965, USSR successfully broker peace between both countries')).toBe('USSR');
    expect(mediator('X and Y signed the accord on 6 May 1966 after Soviet mediation')).toBe('USSR');
    expect(mediator('the Soviet Union hosted a peace conference in Tashkent in 1966')).toBe('USSR');
    expect(mediator('one recalls Moscow’s role in brokering the pact')).toBe('USSR');
    expect(mediator('talks held in 1978 under mediation by the United States')).toBe('USA');
    expect(mediator('Pakistan facilitated a secret visit to China')).toBeNull();
    expect(mediator('a broker in Karachi bought the shares')).toBeNull();
  });

  it('joins two sources naming one mediator a year apart, and not with a same-year template agreement', () => {
    const brokered = makeFact({
      source: 'b.txt',
      date: '1965',
      precision: 'year',
      type: 'agreement',
      actors: ['USSR', 'Ruritania'],
      place: null,
      summary: 'USSR and Ruritania concluded an agreement (1965).',
      clause:
        'In 1965, USSR successfully brokered peace between both countries and took Ruritania out of trouble.',
    });
    const signed = makeFact({
      source: 'a.txt',
      date: '1966-01-06',
      precision: 'day',
      type: 'agreement',
      actors: ['President Milos Varga', 'Ruritania'],
      place: null,
      summary:
        'President Milos Varga and the Ruritanian premier signed the Ohrid Declaration after Soviet mediation.',
    });
    // Another template agreement of 1965, whose template words alone once tied it to the first.
    const cultural = makeFact({
      source: 'a.txt',
      date: '1965-06-05',
      precision: 'day',
      type: 'agreement',
      actors: ['President Varga', 'USSR'],
      place: null,
      summary: 'President Varga and USSR concluded an agreement (1965-06-05).',
      clause:
        'As the result of the visit, both countries agreed on cultural exchanges signed on 5 June 1965.',
    });
    expect(together(brokered, signed, [cultural])).toBe(true);
    expect(together(brokered, cultural, [signed])).toBe(false);
  });
});

describe('mergeFacts: what ties two facts to one event', () => {
  const together = (x: ExtractedFact, y: ExtractedFact, more: ExtractedFact[] = []): boolean =>
    mergeFacts([...facts, ...more, x, y]).some((g) => g.includes(x) && g.includes(y));
  /** Three more facts naming one person, so the name is common in the deck. */
  const busy = (person: string): ExtractedFact[] =>
    [1, 2, 3].map((n) =>
      makeFact({
        source: 'c.txt',
        date: `${1970 + n}`,
        precision: 'year',
        paragraph: n,
        actors: [person],
        summary: `${person} opened dam number ${n}.`,
      }),
    );

  it('does not join two deeds of one often-named person that share nothing else', () => {
    const invited = makeFact({
      source: 'a.txt',
      date: '2015-07-09',
      type: 'statement',
      actors: ['President Ivan Petrov', 'Ruritania'],
      summary: 'President Ivan Petrov accepted an invitation to visit Ruritania.',
    });
    const asked = makeFact({
      source: 'b.txt',
      date: '2016',
      precision: 'year',
      type: 'statement',
      actors: ['President Ivan Petrov'],
      summary: 'President Ivan Petrov was asked to condemn the Varna bombing.',
    });
    // Petrov stands in many facts: his name alone is no tie.
    expect(together(invited, asked, busy('President Ivan Petrov'))).toBe(false);
  });

  it('counts a tour and a trip as one deed, and old and new names of a city as one place', () => {
    const tour = makeFact({
      source: 'a.txt',
      date: '1963-03',
      precision: 'month',
      actors: ['Premier Anna Lind', 'Borduria'],
      place: null,
      summary: 'Premier Anna Lind toured Borduria.',
    });
    const trip = makeFact({
      source: 'b.txt',
      date: '1963',
      precision: 'year',
      actors: ['Premier Anna Lind', 'Borduria'],
      place: null,
      summary: 'Premier Anna Lind made a trip to Borduria.',
    });
    expect(together(tour, trip, busy('Premier Anna Lind'))).toBe(true);
    expect(oneStateName('talks in Peking')).toBe('talks in Beijing');
  });
});

describe('conflicts: one claim per source', () => {
  it('keeps a source’s finer claim and drops its coarser one that the finer refines', () => {
    const a = makeFact({ source: 'a.txt', date: '1962', precision: 'year' });
    const b1 = makeFact({ source: 'b.txt', date: '1963-03', precision: 'month', paragraph: 4 });
    const b2 = makeFact({ source: 'b.txt', date: '1963-03-02', paragraph: 5 });
    const conflict = findConflict([a, b1, b2], chooseDate([a, b1, b2]), new Set(), id);
    expect(conflict?.claims).toEqual([
      { source: 'a', value: '1962' },
      { source: 'b', value: '2 March 1963' },
    ]);
  });
});
