import { describe, expect, it } from 'vitest';
import { type Clause, inQuestion, retell, splitClause, withoutDates, withShortRest } from './retell.ts';

describe('splitClause', () => {
  it('finds subject, verb and rest of a simple past sentence', () => {
    expect(splitClause('The trade minister visited Ruritania and was welcomed by the king.')).toEqual({
      subject: 'The trade minister',
      past: 'visited',
      infinitive: 'visit',
      passive: null,
      rest: ' Ruritania',
    });
  });

  it('reads passives and strips dates, asides and appositives', () => {
    expect(splitClause('The Harbour Accord was signed in March 1964 (after long talks).')).toMatchObject({
      subject: 'The Harbour Accord',
      passive: 'was',
      past: 'signed',
      rest: '',
    });
    expect(
      splitClause('Tomas Varga, the Bordurian envoy, presented his letters on 3 May 1950.'),
    ).toMatchObject({
      subject: 'Tomas Varga',
      infinitive: 'present',
      rest: ' his letters',
    });
  });

  it('refuses states and sentences that lean on their neighbours', () => {
    expect(splitClause('Relations between the two capitals remained cool.')).toBeNull();
    // A relative time is resolved by the extractor: the clause keeps the event without it.
    expect(splitClause('Ruritania opened a consulate the same year.')?.rest).toBe(' a consulate');
  });
});

describe('withoutDates and inQuestion', () => {
  it('removes a date after "of": "the incident of 1 May 1960" is the incident', () => {
    expect(withoutDates('The Kowal incident of 1 May 1960 put Ruritania in danger.')).toBe(
      'The Kowal incident put Ruritania in danger.',
    );
  });

  it('removes date phrases of any precision', () => {
    expect(withoutDates('A port opened on 3 May 1950 and a school in 1951.')).toBe(
      'A port opened and a school.',
    );
  });

  it('takes the comma that closes a date before a purpose, and never leaves two commas', () => {
    expect(withoutDates('Both signed a pact on 6th May, 1972, to build a dam.')).toBe(
      'Both signed a pact to build a dam.',
    );
    expect(withoutDates('After the war, in 1972, to general surprise, they met.')).toBe(
      'After the war, to general surprise, they met.',
    );
  });

  it('lowercases a leading article but keeps names and titles', () => {
    expect(inQuestion('The king')).toBe('the king');
    expect(inQuestion('Prime Minister Kossuth')).toBe('Prime Minister Kossuth');
    expect(inQuestion('Ruritania')).toBe('Ruritania');
  });
});

describe('splitClause with an aside', () => {
  it('drops an aside between a name and a purpose, and keeps the purpose', () => {
    expect(
      splitClause(
        'In 1969, the government hired “Varna Works”, a Bordurian consortium, for a steel mill in Varna.',
      ),
    ).toMatchObject({ rest: ' “Varna Works” for a steel mill in Varna' });
  });
});

describe('splitClause keeps what an event was for', () => {
  it('tells a grant by what it enabled, and an aid by what it was to build', () => {
    expect(
      splitClause(
        'In 2015 Ruritania granted a permit to Borduria and enabled Borduria to buy RX-9 engines from Varna.',
      ),
    ).toMatchObject({ past: 'granted', rest: ' a permit to Borduria to buy RX-9 engines from Varna' });
    expect(
      splitClause(
        'Both states signed a pact in 1972 to provide technical aid to enable Borduria to build Varna Steel Works.',
      ),
    ).toMatchObject({ rest: ' a pact to provide technical aid to build Varna Steel Works' });
  });

  it('keeps a long rest only when its end names something, and stops at "but"', () => {
    expect(splitClause('In 1980 the war brought Ruritania and Borduria together but hurt trade.')?.rest).toBe(
      ' Ruritania and Borduria together',
    );
    expect(
      splitClause(
        'In 1966 Ruritania sent a small group of its best young teachers to the northern schools of the country.',
      )?.rest,
    ).toBe(' a small group of its best young teachers');
  });

  it('cuts a long rest back to the usual length on request', () => {
    const long = splitClause(
      'In 1972 Borduria signed a pact to provide technical aid to build Varna Steel Works.',
    );
    expect(long && withShortRest(long)?.rest).toBe(' a pact to provide technical aid');
    const short = splitClause('In 1972 Borduria signed the Harbour Accord.');
    expect(short && withShortRest(short)).toBeNull();
  });
});

describe('splitClause on copied news text', () => {
  it('drops dates written with commas, ordinals, or at the head of a timeline line', () => {
    expect(
      splitClause('On 4th March, 1971, the Ruritanian premier Anton Hollo visited Varna.'),
    ).toMatchObject({
      subject: 'the Ruritanian premier Anton Hollo',
      rest: ' Varna',
    });
    expect(splitClause('August 9, 1983 Borduria opened a consulate in Varna.')).toMatchObject({
      subject: 'Borduria',
      past: 'opened',
    });
  });

  it('stops the rest before a relative clause or a participle that tells what followed', () => {
    expect(splitClause('General Ivo Marek visited Borduria where he was received by the king.')?.rest).toBe(
      ' Borduria',
    );
    expect(
      splitClause('In 1988, the Harbour Accord was signed leading to a rise in river trade.'),
    ).toMatchObject({ subject: 'the Harbour Accord', passive: 'was', past: 'signed', rest: '' });
  });

  it('ends the rest before "while", and refuses a subject that runs two clauses together', () => {
    expect(
      splitClause('From 1950 Ruritania backed Borduria as an ally while Varna joined the league.')?.rest,
    ).toBe(' Borduria as an ally');
    // Treating a state as an ally is a lasting stance, not an event a date pins down.
    expect(splitClause('From 1950 Ruritania treated Borduria as an ally.')).toBeNull();
    expect(
      splitClause('Borduria broker peace between the sides and took Varna out of trouble in 1970.'),
    ).toBeNull();
  });

  it('drops time told relative to the sentence before, and keeps a list of parties as one subject', () => {
    expect(splitClause('Marek went to Varna later that year.')).toMatchObject({
      subject: 'Marek',
      rest: ' to Varna',
    });
    expect(splitClause('Two months later, Borduria recalled its envoy from Varna.')?.subject).toBe(
      'Borduria',
    );
    expect(
      splitClause('On 3 June 1970, the leaders of Ruritania, Borduria and Sylvania met in Varna.')?.subject,
    ).toBe('the leaders of Ruritania, Borduria and Sylvania');
  });

  it('retells a clause in one plain sentence', () => {
    const parts = splitClause('On 2 May 1966, the two leaders signed the Varna Accord.');
    expect(parts && retell(parts)).toBe('The two leaders signed the Varna Accord.');
  });
});

describe('splitClause with an aside left open', () => {
  it('drops an aside after a name that the writer forgot to close, and a time told against another event', () => {
    expect(
      splitClause(
        'Ruritanian envoy Mrs Vera Lind, the premier’s sister presented her letters in Varna on 2 June 1950 one day before the new constitution came into force.',
      ),
    ).toMatchObject({
      subject: 'Ruritanian envoy Mrs Vera Lind',
      infinitive: 'present',
      rest: ' her letters in Varna',
    });
    expect(
      splitClause('Envoy Tomas Varga, Lind’s deputy opened the consulate three weeks after the treaty.'),
    ).toMatchObject({ subject: 'Envoy Tomas Varga', rest: ' the consulate' });
    // A list of parties is not an aside.
    expect(splitClause('Ruritania, Borduria and Syldavia signed a pact in 1990.')?.subject).toBe(
      'Ruritania, Borduria and Syldavia',
    );
  });
});

describe('splitClause on common news shapes', () => {
  it('reads "was among the first to", "helped arrange", "Work on X started" and a closed aside after a common noun', () => {
    expect(
      splitClause(
        'Ruritania was among the first countries to recognise the Bordurian republic, doing so in May 1950.',
      ),
    ).toMatchObject({ subject: 'Ruritania', past: 'recognised', rest: ' the Bordurian republic' });
    // An office after "first" says who the person was: that sentence is left as it stands.
    expect(splitClause('Tomas Varga was the first Bordurian premier to visit Ruritania in 1961.')).toBeNull();
    expect(
      splitClause(
        'In July 1971 Ruritania helped arrange the envoy’s secret trip to Varna, which led to a summit.',
      ),
    ).toMatchObject({
      subject: 'Ruritania',
      past: 'helped',
      rest: ' to arrange the envoy’s secret trip to Varna',
    });
    expect(
      splitClause('Work on the Varna Highway started in 1959 and the road was formally opened in 1978.'),
    ).toMatchObject({ subject: 'Work on the Varna Highway', past: 'started', rest: '' });
    expect(
      splitClause('Varna port, built with Bordurian help, was inaugurated in March 2007.'),
    ).toMatchObject({
      subject: 'Varna port',
      passive: 'was',
    });
    // "A, B, and C" is a list, not a name with an aside.
    expect(splitClause('Ruritania, Borduria, and Syldavia signed a pact in 1990.')?.subject).toBe(
      'Ruritania, Borduria, and Syldavia',
    );
  });
});

describe('splitClause on names and pointers', () => {
  it('reads "US forces" as a subject, drops "there" and a day told as "the 2nd of March, 1963", and refuses "That channel"', () => {
    expect(splitClause('US forces killed the rebel leader in Varna on 2 May 2011.')).toMatchObject({
      subject: 'US forces',
      past: 'killed',
    });
    expect(
      splitClause('The accord was signed there on the 2nd of March, 1963, by Tomas Varga and Ivo Brand.'),
    ).toMatchObject({ subject: 'The accord', passive: 'was', rest: ' by Tomas Varga and Ivo Brand' });
    expect(splitClause('That channel produced the envoy’s secret flight to Varna in 1971.')).toBeNull();
    expect(splitClause('When US forces killed the rebel leader in Varna on 1 May 2011')?.subject).toBe(
      'US forces',
    );
  });

  it('tells "had been operating … since 1958" as a start, and never cuts inside a purpose', () => {
    expect(
      splitClause('The air arm had been operating its Kestrel flights since 1958 from Varna.'),
    ).toMatchObject({ past: 'began operating', infinitive: 'begin operating' });
    expect(splitClause('The air arm had been operating its Kestrel flights from Varna.')).toBeNull();
    expect(
      splitClause(
        'The air arm began its long-range reconnaissance Kestrel flights to spy on the missile sites of the Bordurian north.',
      )?.rest,
    ).not.toMatch(/\bto spy$/);
  });

  it('names what "these" stands for, and tells ties that were set up as an event', () => {
    expect(
      retell(
        splitClause(
          'If we look at Ruritania and Borduria relations, these were established in early 1950s in the same days Syldavia joined the pact.',
        ) as Clause,
      ),
    ).toBe('Ruritania–Borduria relations were established.');
    expect(splitClause('Ruritania–Borduria relations stayed cool in 1952.')).toBeNull();
  });

  it('names the state a clause calls "she", drops "Same in view,", and reads "drew" as a past', () => {
    expect(
      retell(
        splitClause(
          'A policy shift by Turkey was seen when in November 1991 she voted, for the first time, for the Ruritanian plan.',
        ) as Clause,
      ),
    ).toBe('Turkey voted for the first time for the Ruritanian plan.');
    expect(
      splitClause('A shift by Turkey and Iran was seen when in 1991 she voted for the plan.')?.subject,
    ).not.toBe('Turkey');
    expect(
      splitClause('Same in view, President Varga was invited by Borduria for a visit in February 2003.'),
    ).toMatchObject({
      subject: 'President Varga',
      passive: 'was',
    });
    expect(splitClause('Premier Ivo Hollo drew a red circle around Varna on the map.')).toMatchObject({
      past: 'drew',
      infinitive: 'draw',
      rest: ' a red circle around Varna on the map',
    });
  });

  it('drops a purpose before a named place to keep the place, but never a purpose that names a thing', () => {
    expect(
      splitClause(
        'The air arm began its reconnaissance Kestrel flights to spy on the Bordurian missile sites from Ruritania’s air base at Varna.',
      )?.rest,
    ).toBe(' its reconnaissance Kestrel flights from Ruritania’s air base at Varna');
    expect(
      splitClause(
        'Borduria granted a permit to Ruritania to directly acquire RD-93 power engines from Syldavia to build its own fighter planes.',
      )?.rest,
    ).toMatch(/RD-93/);
  });

  it('keeps what made someone first when it cuts a long rest', () => {
    expect(
      splitClause(
        'Varga became the first premier of the new Ruritanian federal republic to visit the Bordurian capital.',
      )?.rest,
    ).toMatch(/to visit/);
  });

  it('ends the rest before a relative "that was …", which tells of another step', () => {
    expect(
      splitClause('Both countries concluded a pact for cultural exchanges that was signed on 5 June 1965.')
        ?.rest,
    ).toBe(' a pact for cultural exchanges');
  });
});

describe('splitClause refuses half-read clauses', () => {
  it('refuses a participle read as the verb, a cut that ends in a dangling word, a lone "both", a leading "Within …"', () => {
    expect(
      splitClause('A pact signed in Varna on 5 March 1959 promised help if Ruritania was attacked.'),
    ).toBeNull();
    expect(
      splitClause('The Harbour Accord signed on 20 December 1947 guaranteed water until spring.'),
    ).toBeNull();
    expect(
      splitClause(
        'Premier Ivo Hollo assured Anna Lind that the pacts were not aimed at Borduria at all, ever.',
      )?.rest ?? '',
    ).not.toMatch(/\bnot$/);
    expect(splitClause('The bank paused both the expert in 2016.')).toBeNull();
    expect(
      splitClause('Within three years of independence Premier Ivo Hollo chose Varna over Ostrava.'),
    ).toBeNull();
    expect(withoutDates('Hollo flew to Varna early in 1972.')).toBe('Hollo flew to Varna.');
    expect(splitClause('In March–April 1954, a troupe of Varna dancers toured Ruritania')).toMatchObject({
      subject: 'a troupe of Varna dancers',
      rest: ' Ruritania',
    });
  });
});
