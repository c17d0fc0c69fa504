import { describe, expect, it } from 'vitest';
import { readDates } from './index.ts';

const values = (text: string): Array<[string, string | null]> =>
  readDates(text).mentions.map((m) => [text.slice(m.start, m.end), m.timeml]);

describe('readDates', () => {
  it('resolves deictic words against the document date it reads from the text, leaving out its header', () => {
    expect(
      values('DATE: 1998-08-07\n\nThe minister arrived yesterday and said talks would resume next month.'),
    ).toEqual([
      ['yesterday', '1998-08-06'],
      ['next month', '1998-09'],
    ]);
  });

  it('takes the year of a dated report for a year-less date, by the tense of its clause', () => {
    const text =
      'Published 7 August 1998\n\nThe prime minister will visit Ankara on 3 May. He said on Friday that talks on May 28 failed.';
    expect(values(text).slice(1)).toEqual([
      ['3 May', '1999-05-03'],
      ['Friday', '1998-08-07'],
      ['May 28', '1998-05-28'],
    ]);
  });

  it('dates a year-less day after a year of the paragraph with that year, even in a dated report', () => {
    const text =
      'Published 21 March 2022\n\nIn 1965 the war began. On September 6 the army crossed the border.';
    expect(values(text).slice(1)).toEqual([
      ['1965', '1965'],
      ['September 6', '1965-09-06'],
    ]);
  });

  it('leaves a deictic word unresolved in a text without a date of its own', () => {
    expect(values('The minister arrived yesterday.')).toEqual([['yesterday', null]]);
  });

  it('resolves anaphoric words against the last date of the unit they need', () => {
    const text =
      'The pact was signed on 4 March 1965. The same day talks ended; two months later it lapsed, and the following year a new one came. That September it failed.';
    expect(values(text)).toEqual([
      ['4 March 1965', '1965-03-04'],
      ['The same day', '1965-03-04'],
      ['two months later', '1965-05'],
      ['the following year', '1966'],
      ['That September', '1966-09'],
    ]);
  });

  it('reads lists, ranges, decades and years BCE', () => {
    expect(
      values('The 1954, 1957 and 1962 accords; the 1970s; 1954/1958; 326 BC; March 22-23, 1998.'),
    ).toEqual([
      ['1954', '1954'],
      ['1957', '1957'],
      ['1962', '1962'],
      ['the 1970s', '197X'],
      ['1954/1958', '1954/1958'],
      ['326 BC', 'BC0326'],
      ['March 22-23, 1998', '1998-03-22/1998-03-23'],
    ]);
  });

  it('reads month names in capitals but not the verb "may"', () => {
    expect(values('On DECEMBER 14, 1998 they said it may rain in May.')).toEqual([
      ['DECEMBER 14, 1998', '1998-12-14'],
      ['May', '1998-05'],
    ]);
  });

  it('finds no date in counts, figures, durations and numbered things', () => {
    expect(
      values('For 25 years 1,500 troops and 2000 soldiers held it; Resolution 1267 cost $1999.'),
    ).toEqual([]);
  });

  it('finds every year of a long list of years', () => {
    const text = Array.from({ length: 20000 }, (_, i) => `${1900 + (i % 100)}`).join(', ');
    const { mentions } = readDates(text);
    expect(mentions).toHaveLength(20000);
  });
});

describe('a pause inside a clause tells how long, not when', () => {
  it('"appointed after an 11-year hiatus" gives no date', () => {
    const { mentions } = readDates(
      'Ties began in 2022. The envoy, appointed after an 11-year hiatus, arrived.',
      {
        documentDate: null,
      },
    );
    expect(mentions.map((m) => m.rule)).toEqual(['year']);
  });
});
