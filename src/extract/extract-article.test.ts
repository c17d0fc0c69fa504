import { describe, expect, it } from 'vitest';
import { CHINA_TIES } from '../testing/fixtures/extract/china-ties.ts';
import { extractArticle, namesAThing } from './extract-article.ts';

const run = (text: string) => extractArticle({ source: 'a.txt', text });
const brief = (text: string) => run(text).facts.map((f) => `${f.date} ${f.type}`);
const dates = (text: string) => run(text).facts.map((f) => f.date);

describe('extractArticle on a copied news page', () => {
  const result = extractArticle({ source: 'china-ties.txt', text: CHINA_TIES });
  const at = (date: string) => result.facts.find((f) => f.date === date);

  it('reads the title and the byline', () => {
    expect(result.meta).toEqual({ title: 'Friends Across the Karakoram', author: 'Ayesha R. Malik' });
  });

  it('dates every event once, and nothing from the page furniture', () => {
    expect(result.facts.map((f) => f.date)).toEqual([
      '1951-05-21',
      '1962',
      '1962',
      '1963-03',
      '1964',
      '1964',
      '1970',
      '1978',
      '1963-08-29',
      '2015',
      '2013/2015',
      '2001/2005',
      '1990/1993',
    ]);
  });

  it('points each span at the words of its fact', () => {
    for (const f of result.facts) expect(f.sentence).toContain(CHINA_TIES.slice(f.span[0], f.span[1]).trim());
    const opened = at('1978');
    expect(opened && CHINA_TIES.slice(...opened.span)).toBe('the highway opened in 1978.');
  });

  it('says which paragraph and list item a fact stands in', () => {
    expect(at('1951-05-21')).toMatchObject({ paragraph: 4, item: null });
    expect(at('2015')).toMatchObject({ paragraph: 8, item: 2 });
  });

  it('types events and names actors, places and objects', () => {
    expect(at('1963-03')).toMatchObject({
      type: 'agreement',
      place: 'Beijing',
      object: 'boundary agreement',
    });
    expect(at('2015')).toMatchObject({ type: 'organization', actors: ['Pakistan'] });
    expect(at('1951-05-21')?.actors).toEqual(['Pakistan', 'China']);
    expect(at('1962')?.type).toBe('military');
  });

  it('writes summaries that are not the sentence', () => {
    for (const f of result.facts) {
      expect(f.summary).not.toBe(f.sentence);
      expect(f.summary).not.toMatch(/\n/);
    }
  });
});

describe('extractArticle, one rule at a time', () => {
  it('gives one fact per dated event in a sentence', () => {
    expect(brief('In 1962, Nepal joined the bloc and Bhutan in 1971.')).toEqual([
      '1962 organization',
      '1971 organization',
    ]);
    expect(brief('In 2010 the army chief visited Ankara and signed a training pact.')).toEqual([
      '2010 visit',
      '2010 agreement',
    ]);
  });

  it('keeps a second action of the same subject in one fact', () => {
    expect(brief('On 4 May 1999 the premier visited Dhaka and was received by the president.')).toEqual([
      '1999-05-04 visit',
    ]);
  });

  it('treats a leading "After X in YEAR," as an event of its own', () => {
    expect(brief('After the coup in 1958, the new rulers signed a deal with Kabul.')).toEqual([
      '1958 other',
      '1958 agreement',
    ]);
  });

  it('takes a year used as a modifier as the date of the event it names', () => {
    expect(brief('The 1948 war changed the map.')).toEqual(['1948 military']);
  });

  it('dates both a statement and the event a year names in it', () => {
    expect(brief('The envoy was asked to condemn the 1999 border attack.')).toEqual([
      '1999 statement',
      '1999 military',
    ]);
  });

  it('carries a date to the next sentence when a new actor speaks or visits', () => {
    expect(brief('In 2016, Tehran opened a consulate. Kabul protested against the move.')).toEqual([
      '2016 relations',
      '2016 statement',
    ]);
    expect(brief('In 2016, Tehran opened a consulate. The move was small.')).toEqual(['2016 relations']);
  });

  it('lends the opening subject to a later clause that starts with its verb', () => {
    const facts = run(
      'Later, Tomas Varga won the backing of Borduria for the project, and laid the foundation stone of the dam in 1964.',
    ).facts;
    expect(facts.map((f) => f.date)).toEqual(['1964']);
    expect(facts[0]?.summary).toBe('Tomas Varga laid the foundation stone of the dam (1964).');
    expect(facts[0]?.actors).toContain('Tomas Varga');
    // No named subject to lend: the clause stays as it is.
    expect(run('Soon after that the talks failed, and resumed in 1964.').facts[0]?.actors).toEqual([]);
  });

  it('gives a leading "When …," clause and the main clause one date each, and ", when …" too', () => {
    expect(brief('When war broke out in September 1965, Varna cut off arms supplies to both sides.')).toEqual(
      ['1965-09 military', '1965-09 military'],
    );
    expect(brief('The premier came to Varna in November 2006, when a trade pact was signed.')).toEqual([
      '2006-11 visit',
      '2006-11 agreement',
    ]);
    // Commentary is not an event: "analysts opined …".
    expect(
      brief('When the premier visited Varna in May 1950, analysts opined that a chance was missed.'),
    ).toEqual(['1950-05 visit']);
  });

  it('reads "that September", "the following February", "the next day" and "the same day" from the narrative', () => {
    expect(brief('The bank stepped in in 1951. It offered its good offices that September.')).toEqual([
      '1951 other',
      '1951-09 statement',
    ]);
    expect(
      brief('In July 1971 the envoy flew to Varna. The premier followed the following February.'),
    ).toEqual(['1971-07 visit', '1972-02 other']);
    expect(brief('Gunmen attacked a camp on 22 April 2025. Varna suspended the talks the next day.')).toEqual(
      ['2025-04-22 military', '2025-04-23 relations'],
    );
    // "The same day" brings a new event on that day; "that day" points back to one already told.
    expect(
      brief('The treaty was signed on 19 September 1960. On the same day, donors signed a fund accord.'),
    ).toEqual(['1960-09-19 agreement', '1960-09-19 agreement']);
  });

  it('finds no event in a state of things, a year judged, or a thing a year names described now', () => {
    expect(brief('Work began in 1984, but it halted in 1987, and it has never been finished.')).toEqual([
      '1984 other',
      '1987 other',
    ]);
    expect(brief('Trust never grew, and 2011 was the worst year of all.')).toEqual([]);
    expect(brief('Officials note that the 1960 treaty has no exit clause.')).toEqual([]);
    expect(
      brief('The envoy came in 1956, and the premier returned the visit in December that year.'),
    ).toEqual(['1956 other', '1956-12 visit']);
  });

  it('splits "…, and when X came that September, Y …", ", and that same month …", and dates a leading "During X’s visit"', () => {
    expect(
      brief(
        'The premier toured Varna in March 1965, and when war came that September, Borduria sent an ultimatum.',
      ),
    ).toEqual(['1965-03 visit', '1965-09 military', '1965-09 other']);
    expect(
      brief('The envoy warned Varna on 18 September 2016, and that same month Borduria suspended talks.'),
    ).toEqual(['2016-09-18 statement', '2016-09 relations']);
    expect(brief('During Premier Lind’s visit, the two states signed a treaty on 5 April 2005.')).toEqual([
      '2005-04-05 visit',
      '2005-04-05 agreement',
    ]);
  });

  it('does not retell an event a sentence points back to', () => {
    expect(
      brief('The 9 July 1961 border incident shocked the region. On this fateful day, a pilot died.'),
    ).toEqual(['1961-07-09 military']);
  });

  it('drops the same event told again later', () => {
    const text =
      'The union broke apart in 1991. Trade grew. Trade grew. Trade grew. Trade grew. Trade grew.\n\nA new paragraph.\n\nIts economy failed and the union broke apart in 1991.';
    expect(brief(text)).toEqual(['1991 other']);
  });

  it('resolves "in the same year" and "one day before" from the narrative', () => {
    expect(brief('Egypt voted on 13 June 1967. In the same year, Syria voted too.')).toEqual([
      '1967-06-13 statement',
      '1967 statement',
    ]);
    expect(brief('The envoy arrived on 13 August 1960 one day before the flag was raised.')).toEqual([
      '1960-08-13 relations',
      '1960-08-14 relations',
    ]);
  });

  it('reads "As the result of …," as a leading phrase, not as the subject', () => {
    const [fact] = run(
      'As the result of the premier’s visit to Borduria, both countries signed a pact for cultural exchanges on 5 June 1965.',
    ).facts;
    expect(fact?.date).toBe('1965-06-05');
    expect(fact?.clause).toMatch(/^both countries signed/);
  });

  it('splits "… and first X presented …, while his Y counterpart arrived …" into its three events', () => {
    const facts = run(
      'Ruritania made a first move to set up ties with Borduria in April 1948 and first Ruritanian envoy presented his credentials in Varna in late December 1949, while his Bordurian counterpart arrived in Ostrava on 18 March 1950.',
    ).facts;
    expect(facts.map((f) => f.date)).toEqual(['1948-04', '1949-12', '1950-03-18']);
    expect(facts.map((f) => f.clause.split(/\s+/).slice(0, 3).join(' '))).toEqual([
      'Ruritania made a',
      'first Ruritanian envoy',
      'his Bordurian counterpart',
    ]);
  });

  it('leaves out plans and forecasts', () => {
    expect(brief('In 2015 the two sides met in Doha. They will hold another round by 2030.')).toEqual([
      '2015 visit',
    ]);
  });

  it('keeps a relative date only when the clause has no date of its own to agree with', () => {
    expect(brief('In 2001 a pact came. The next year, talks were held on 2002-06-14 in Rome.')).toEqual([
      '2001 agreement',
      '2002-06-14 visit',
    ]);
  });

  it('leaves out dates of the page itself', () => {
    expect(
      brief('Updated on June 20, 2015\n\nThe ministers met in Doha in 2012.\n\nPosted 3 years ago'),
    ).toEqual(['2012 visit']);
  });
});

describe('extractArticle: layout and dates from context', () => {
  it('dates a news lead by its dateline, and leaves the background to its own dates', () => {
    const text = [
      'Envoys meet in the capital',
      '',
      'LAHORE, 4 March 2021 (XYZ): The two foreign secretaries signed a visa accord at the ministry.',
      'The visiting envoy praised the new rail link.',
      '',
      'Ties go back a long way. The two states opened embassies in 1950. The first envoy was a poet.',
    ].join('\n');
    expect(dates(text)).toEqual(['2021-03-04', '2021-03-04', '1950']);
  });

  it('takes the dateline’s year from the publication line', () => {
    const text = 'QUETTA, May 4: The two ministers met at the border post.\n\nPublished May 5, 2019';
    expect(brief(text)).toEqual(['2019-05-04 visit']);
  });

  it('dates the lines of a chronology by the date line above them', () => {
    const text =
      '14 May 1962\nThe two sides opened border talks.\n\n2 March 1963\nThe boundary accord was signed.';
    expect(brief(text)).toEqual(['1962-05-14 relations', '1963-03-02 agreement']);
  });

  it('reads a year-led entry with a finer date as that one date', () => {
    expect(dates('1991 The sixth summit was held on 21st December in the capital.')).toEqual(['1991-12-21']);
  });

  it('keeps a scheduled event that has its date, drops a plan without one', () => {
    const text =
      'KARACHI: The president will pay a state visit to the country on January 26. He will also address the assembly.\n\nPublished January 21st 2018.';
    expect(brief(text)).toEqual(['2018-01-26 visit']);
  });
});

describe('extractArticle: second tellings', () => {
  it('counts a standfirst’s event once, and an event named again by its year', () => {
    const text = [
      'NICOSIA, 2 May 2019 (XYZ): The foreign minister visited the capital on Thursday for talks on trade and water.',
      '',
      'The foreign minister visited the capital for two days of talks on trade.',
      '',
      'Shortly after his 2019 visit, the two sides opened a consulate in the port.',
    ].join('\n');
    expect(run(text).facts.map((f) => f.type)).toEqual(['visit', 'relations']);
  });
});

describe('extractArticle: happenings named in passing', () => {
  it('counts a happening named after a deed and a word of time as a fact of its own', () => {
    expect(brief('The premier flew to the valley following the 2005 earthquake.')).toEqual([
      '2005 other',
      '2005 visit',
    ]);
  });

  it('does not count it twice when the clause is about it, or only names it', () => {
    expect(brief('Borduria played a key role in the 1971 war.')).toEqual(['1971 military']);
    expect(dates('After the 1965 war, the two sides met in Varna in 1966.')).toEqual(['1965', '1966']);
  });

  it('dates a named happening without a year by the clause’s date before it, never one after it', () => {
    // Dated only by its clause, the happening is told after the clause.
    expect(brief('In 1965 Ruritania offered to halt the Bordurian-Syldavian war.')).toEqual([
      '1965 statement',
      '1965 military',
    ]);
    expect(dates('In 1978 a general took power after the April Revolution.')).toEqual(['1978']);
  });
});

describe('extractArticle: happenings with their own dates', () => {
  it('tells a leading happening and the main clause after it', () => {
    expect(
      dates(
        'However, following the overthrow of the elected cabinet in May 2000, the state was suspended from the union.',
      ),
    ).toEqual(['2000-05', '2000-05']);
  });

  it('tells a happening dated by “of YEAR” after a deed apart from the deed', () => {
    expect(brief('Ruritania returned to membership after the general elections of 1989.')).toEqual([
      '1989 other',
      '1989 organization',
    ]);
  });
});

describe('namesAThing', () => {
  const yearIn = (text: string) => {
    const start = text.search(/\d{4}/);
    return {
      start,
      end: start + 4,
      value: text.slice(start, start + 4),
      precision: 'year' as const,
      relative: false,
    };
  };
  it.each([
    ['Workers came for the FIFA World Cup 2022, among others.', true],
    ['This came after the 1972 Simla Agreement and a release.', true],
    ['In 2022 the two sides met.', false],
    ['The talks in 1972 failed.', false],
    ['They fought the 1965 war.', false],
  ])('%s → %s', (text, names) => {
    expect(namesAThing(text, yearIn(text))).toBe(names);
  });
});

describe('a year that names a thing is no anchor for "that same year"', () => {
  it('takes the year of the last event told, not of a name', () => {
    const text =
      'In 2015 the minister visited Doha. Workers were hired for the World Cup 2022 there. It was the same year when the emir announced a loan.';
    const facts = extractArticle({ source: 't.txt', text }).facts;
    expect(facts.at(-1)?.clause).toMatch(/announced a loan/);
    expect(facts.at(-1)?.date).toBe('2015');
  });
});

describe('extractArticle: reactions carry the date of the event they answer', () => {
  const factsOf = (text: string) =>
    extractArticle({ source: 't.txt', text }).facts.map((f) => `${f.date} ${f.type} ${f.clause}`);
  it('a body named with "the" that reacts, and a speaker after "Speaking …,"', () => {
    const facts = factsOf(
      'On 5 October 1965, Pakistan cut its ties with the federation. The Federal government rejected the charge. Speaking after a cabinet meeting, the Prime Minister said the break was expected.',
    );
    expect(facts).toContainEqual(
      expect.stringMatching(/^1965-10-05 statement The Federal government rejected/),
    );
    expect(facts).toContainEqual(expect.stringMatching(/^1965-10-05 statement .*Prime Minister said/));
  });
  it('a body named with "the" that does something else takes no date from the sentence before', () => {
    const facts = factsOf(
      'The ministers met in Rome in 1951. The Union invited the state to join two pacts.',
    );
    expect(facts.filter((f) => f.includes('invited'))).toEqual([]);
  });
  it('"after an 11 months break" counts from the last day given, not only its year', () => {
    const facts = factsOf(
      'On 5 October 1965, Pakistan cut its ties with the federation, whose seat it won in 1965. After 11 months break, the relations were resumed.',
    );
    expect(facts).toContainEqual(expect.stringMatching(/^1966-09 relations .*resumed/));
  });
});

describe('extractArticle: parts of an event told already', () => {
  const factsOf = (text: string) =>
    extractArticle({ source: 't.txt', text }).facts.map((f) => `${f.date} ${f.type} ${f.clause}`);
  it('one speaker on one day is one statement; talk during the meeting is the meeting', () => {
    const facts = factsOf(
      'RAWALPINDI, May 3 (APP) – The admiral called on the army chief on Monday. During the meeting, regional security was discussed. Bajwa said that the two states would work together. Bajwa reiterated that peace needs all neighbours.\n\nPublished 3 May 2021',
    );
    expect(facts.filter((f) => f.includes('discussed'))).toEqual([]);
    expect(facts.filter((f) => / statement /.test(f))).toHaveLength(1);
  });
  it('a deed of its own kind during the visit is kept', () => {
    const facts = factsOf(
      'In 1999 the emir visited the capital. During that visit, many agreements were signed.',
    );
    expect(facts).toContainEqual(expect.stringMatching(/^1999 agreement .*agreements were signed/));
  });
});

describe('extractArticle: a summit attended, and an arrival after a dated invitation', () => {
  const factsOf = (text: string) =>
    extractArticle({ source: 't.txt', text }).facts.map((f) => `${f.date} ${f.type} ${f.clause}`);
  it('a named summit attended on a visit is a fact of its own, after the visit', () => {
    const facts = factsOf('In 2012, the president visited the capital to attend the D-8 Summit.');
    expect(facts).toEqual([
      expect.stringMatching(/^2012 visit .*visited the capital/),
      expect.stringMatching(/^2012 organization D-8 Summit/),
    ]);
  });
  it('a bare "the Summit" is no new fact', () => {
    const facts = factsOf(
      'On 3 May 2014 the minister visited the capital to invite the premier to attend the Summit.',
    );
    expect(facts.filter((f) => / organization /.test(f))).toEqual([]);
  });
  it('a guest named with "the" who arrives carries the date of the invitation', () => {
    const facts = factsOf(
      'In 1975, the premier invited the marshal to visit the capital. The Korean president was received in the capital with a lavish display.',
    );
    expect(facts).toContainEqual(expect.stringMatching(/^1975 visit The Korean president was received/));
  });
});

describe('extractArticle: details of the day in a report’s lead', () => {
  it('"was also killed" and "he also appreciated" add to the event told; another actor’s deed is its own', () => {
    const text =
      'KABUL, June 14 (AFP) – Forces clashed on the border on Sunday, killing three. A police officer was also killed in the firing. The envoy of Ruritania presented his credentials to the president. Freedonia also submitted its credentials to the president. He also praised the hosts.\n\nPublished 14 June 2016';
    const facts = extractArticle({ source: 't.txt', text }).facts.map((f) => f.clause);
    expect(facts.filter((c) => /also killed|also praised/.test(c))).toEqual([]);
    expect(facts).toContainEqual(expect.stringMatching(/Freedonia also submitted/));
  });
});

describe('extractArticle: one visit told in two deeds', () => {
  it('"visited X, and held talks with" is one visit; a participle after it is its own', () => {
    const facts = extractArticle({
      source: 't.txt',
      text: 'On 17 April 2025, the foreign minister visited the capital, and held talks with her counterpart.',
    }).facts;
    expect(facts.map((f) => `${f.date} ${f.type}`)).toEqual(['2025-04-17 visit']);
  });
});

describe('extractArticle: a leading "when" clause after a connective, a ceremony attended', () => {
  const factsOf = (text: string) =>
    extractArticle({ source: 't.txt', text }).facts.map((f) => `${f.date} ${f.type} ${f.clause}`);
  it('"Furthermore, when X returned to power in 2009, relations got colder" tells two events', () => {
    const facts = factsOf('Furthermore, when the leader returned to power in 2009, relations got colder.');
    expect(facts).toHaveLength(2);
    expect(facts[1]).toMatch(/^2009 relations relations got colder/);
  });
  it('the visit ends where taking part in the ceremony begins', () => {
    const text =
      'The prime minister visited the capital in 2015 to take part in the groundbreaking ceremony of the TAPI pipeline.';
    const facts = extractArticle({ source: 't.txt', text }).facts;
    expect(facts.map((f) => f.type)).toEqual(['visit', 'economic']);
    expect(text.slice(...(facts[0]?.span ?? [0, 0]))).toBe('The prime minister visited the capital in 2015');
  });
});

describe('extractArticle: a clause that only sets the time', () => {
  const brief2 = (text: string) =>
    extractArticle({ source: 't.txt', text }).facts.map((f) => `${f.date} ${f.type}`);
  it('"A key moment came in July 2002, when X visited" is the visit alone', () => {
    expect(brief2('A key moment came in July 2002, when the president visited the capital.')).toEqual([
      '2002-07 visit',
    ]);
  });
  it('"The state left in 1972, when …" keeps its own deed', () => {
    expect(
      brief2('The state left in 1972, when other member countries recognised the new state.'),
    ).toHaveLength(2);
  });
  it('a body founded is an organisation event', () => {
    expect(
      brief2('The talks took place under the framework of SAARC, which had been founded in 1985.'),
    ).toEqual(['1985 organization']);
  });
});

describe('a year that closes a noun phrase', () => {
  it('is not the date of a clause that gives another', () => {
    const text =
      'The two states set up a trade office in March 1980. That same year, the envoy toured the port, where he spoke of the floods of 1978.';
    expect(brief(text)).toEqual(['1980-03 economic', '1980 visit']);
  });

  it('does not date the deed whose object it closes; the deed goes on in the event just told', () => {
    const text =
      'In May 1999, the premier visited the capital. At the old palace, he expressed regret for the hardships of 1948. The Liberal Party welcomed this.';
    expect(brief(text)).toEqual(['1999-05 visit', '1999-05 statement', '1999-05 statement']);
  });

  it('leaves the narrative where it was when it looks back with "since"', () => {
    const text =
      'In June 2004, the minister visited the capital; it was the first such visit since 1990. The Liberal Party welcomed this.';
    expect(dates(text)).toEqual(['2004-06', '2004-06']);
  });
});
