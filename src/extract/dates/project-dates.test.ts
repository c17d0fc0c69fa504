// The date stage as the fact extractor reads it: the cases the old date-mentions module was held to.
import { describe, expect, it } from 'vitest';
import { type ResolvedDate, sentenceDates } from './project-dates.ts';

const none = { anchor: null, lastDay: null, documentDate: null };

/** The dates a phrase writes out, as value@precision. */
function dates(text: string): string[] {
  return sentenceDates(text, none).flatMap((d) => (d.relative ? [] : [`${d.value}@${d.precision}`]));
}

function resolve(anchorText: string, text: string): string | undefined {
  const anchor = sentenceDates(anchorText, none).at(-1) ?? null;
  const lastDay: ResolvedDate | null = anchor?.precision === 'day' ? anchor : null;
  const d = sentenceDates(text, { anchor, lastDay, documentDate: null }).find((x) => x.relative);
  return d ? `${d.value}@${d.precision}` : undefined;
}

describe('sentenceDates', () => {
  it('reads full dates in every common order', () => {
    expect(dates('The treaty was signed on 9th March, 1972 in the capital.')).toEqual(['1972-03-09@day']);
    expect(dates('Talks began on July 04, 2011 and ended soon.')).toEqual(['2011-07-04@day']);
    expect(dates('He arrived on October 3, 1983.')).toEqual(['1983-10-03@day']);
    expect(dates('The envoy left on 12th of June, 1957.')).toEqual(['1957-06-12@day']);
    expect(dates('Talks were held on 2002-06-14 in the capital.')).toEqual(['2002-06-14@day']);
  });

  it('reads months with and without a comma, and bare years', () => {
    expect(dates('In September, 2019 the ministers met.')).toEqual(['2019-09@month']);
    expect(dates('On August 2002 a delegation came.')).toEqual(['2002-08@month']);
    expect(dates('In 1974 the plant opened.')).toEqual(['1974@year']);
  });

  it('reads ranges of years, months and days, and decades as ranges', () => {
    expect(dates('During 1961-64 trade grew.')).toEqual(['1961/1964@range']);
    expect(dates('From 1939–1945 the war went on.')).toEqual(['1939/1945@range']);
    expect(dates('In June–July 1977 the talks stalled.')).toEqual(['1977-06/1977-07@range']);
    expect(dates('The minister toured from 4-19 October 1984.')).toEqual(['1984-10-04/1984-10-19@range']);
    expect(dates('between 1971 and 1975 aid stopped')).toEqual(['1971/1975@range']);
    expect(dates('in the early 1960s')).toEqual(['1960/1963@range']);
    expect(dates('by the late 1980s')).toEqual(['1987/1989@range']);
    expect(dates('during the 1970s')).toEqual(['1970/1979@range']);
  });

  it('leaves out counts and numbers that are not years, and years BCE', () => {
    expect(dates('and 1800 tanks stayed idle')).toEqual([]);
    expect(dates('after the 1970 elections')).toEqual(['1970@year']);
    expect(dates('a deal worth 1500 million rupees')).toEqual([]);
    expect(dates('F-1600 jets and $2000 in cash, 9/11 and 21st century')).toEqual([]);
    expect(dates('at 12,000 feet')).toEqual([]);
    expect(dates('the FY2019 budget and model X1990')).toEqual([]);
    expect(dates('Taxila flourished in 326 BC.')).toEqual([]);
  });

  it('resolves relative dates from the narrative, falling back to the unit it knows', () => {
    expect(resolve('on 2 May 1961', 'In the same year the envoy left.')).toBe('1961@year');
    expect(resolve('in 1961', 'The following year a pact came.')).toBe('1962@year');
    expect(resolve('in 1961', 'Later that year a pact came.')).toBe('1961@year');
    expect(resolve('in 1961', 'Three years later a pact came.')).toBe('1964@year');
    expect(resolve('in November 1961', 'Two months later they met.')).toBe('1962-01@month');
    expect(resolve('on 30 April 1961', 'A day later they met.')).toBe('1961-05-01@day');
    expect(resolve('in 1961', 'Two months later they met.')).toBe('1961@year');
  });

  it('puts a month and day without a year in the narrative year', () => {
    expect(resolve('in 1999', 'On May 1 the minister spoke.')).toBe('1999-05-01@day');
    expect(resolve('in 1999', 'In March the minister spoke.')).toBe('1999-03@month');
    expect(resolve('in 1963', 'It was signed on the 2nd of March.')).toBe('1963-03-02@day');
  });

  it('reads a month told against the narrative', () => {
    expect(resolve('in 1951', 'It offered help that September.')).toBe('1951-09@month');
    expect(resolve('in July 1971', 'Nixon came the following February.')).toBe('1972-02@month');
    expect(resolve('in January 1971', 'Nixon came the following February.')).toBe('1971-02@month');
    expect(resolve('in 1954', 'In September of the same year it joined.')).toBe('1954-09@month');
    expect(resolve('on 1 May 2011', 'It was received warmly that same month.')).toBe('2011-05@month');
    expect(resolve('in March 2011', 'India agreed the following month.')).toBe('2011-04@month');
    expect(resolve('on 22 April 2025', 'It acted the next day.')).toBe('2025-04-23@day');
    expect(resolve('after the 1977 coup', 'He went twice within a period of four years.')).toBe(
      '1977/1981@range',
    );
  });

  it('gives no date to a fact from a year-less day that names an event', () => {
    expect(resolve('in 2001', 'Ties changed after the Sept. 11 attacks.')).toBeUndefined();
  });
});
