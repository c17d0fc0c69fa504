import { describe, expect, it } from 'vitest';
import { documentDate } from './document-date.ts';

const spanText = (text: string, span: [number, number] | undefined): string =>
  span ? text.slice(span[0], span[1]) : '';

describe('documentDate', () => {
  it("reads TimeBank's first line", () => {
    const text = 'DATE: 1998-08-07\n\nThe minister said today …';
    const d = documentDate(text);
    expect(d?.value).toBe('1998-08-07');
    expect(spanText(text, d?.span)).toBe('DATE: 1998-08-07');
  });

  it('reads a publication line, with or without a time', () => {
    for (const [line, value] of [
      ['Published 21 March 2022', '2022-03-21'],
      ['Updated: Jan 5, 2018 10:42 am', '2018-01-05'],
      ['Posted on February 12, 1970', '1970-02-12'],
      ['14 Jun 2016 / 19:21 H.', '2016-06-14'],
      ['2024-06-06', '2024-06-06'],
    ] as const) {
      const text = `A headline of some words\n\n${line}\n\nThe talks began yesterday.`;
      const d = documentDate(text);
      expect(d?.value, line).toBe(value);
      expect(spanText(text, d?.span)).toBe(line);
    }
  });

  it('reads a publication line at the foot of the page, naming its paper', () => {
    const text =
      'ISLAMABAD: The president will visit on January 26.\nThe office said Saturday the ties are old.\nPublished in Daily News, January 21st 2018.';
    const d = documentDate(text);
    expect(d?.value).toBe('2018-01-21');
    expect(spanText(text, d?.span)).toBe('Published in Daily News, January 21st 2018.');
    // A date line at the foot without "Published" is a fact's line, not the page's date.
    const long = `${'The talks went on.\n'.repeat(8)}\n21 January 2018`;
    expect(documentDate(long)).toBeNull();
  });

  it('reads a dateline, taking its year from a publication line', () => {
    const text =
      'Talks resume\nPublished 21 March 2022\n\nISLAMABAD, March 21 (APP) – The two sides met on Friday.';
    const d = documentDate(text);
    expect(d?.value).toBe('2022-03-21');
    expect(d?.spans.map((s) => spanText(text, s))).toEqual([
      'ISLAMABAD, March 21 (APP) –',
      'Published 21 March 2022',
    ]);
  });

  it('reads a dateline with its own year, and one without any', () => {
    expect(documentDate('Islamabad, 30 August 2022 (TDI): A ceremony was held.')?.value).toBe('2022-08-30');
    const bare = documentDate('KARACHI, May 4 (Reuters) - Shares fell on Friday.');
    expect(bare?.value).toBe('XXXX-05-04');
    expect(bare?.point.year).toBeUndefined();
  });

  it('finds none in an article that gives only the dates of its events', () => {
    expect(
      documentDate('Pakistan and Poland\n\nTies began on December 17, 1962, when envoys met.'),
    ).toBeNull();
    expect(documentDate('In 1965, war broke out.')).toBeNull();
  });
});
