// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { factsFromJson, guessMeta, placeOf } from './facts-file.ts';

const TEXT =
  'A short history By A. Writer\n\nThe port opened in 1961.\n\nEvents\n\n1. A bridge was built in 1962.\n2. A school opened in 1963.\n';

describe('facts files', () => {
  it('guesses title and author from the first line', () => {
    expect(guessMeta(TEXT, 'a.txt')).toEqual({ title: 'A short history', author: 'A. Writer' });
  });

  it('finds paragraph and list item of an offset', () => {
    expect(placeOf(TEXT, TEXT.indexOf('The port'))).toEqual({ paragraph: 2, item: null });
    expect(placeOf(TEXT, TEXT.indexOf('A school'))).toEqual({ paragraph: 4, item: 2 });
  });

  it('completes facts that give a quote instead of offsets and drops quotes not in the text', () => {
    const raw = {
      facts: [
        {
          source: 'a.txt',
          date: '1963',
          precision: 'year',
          type: 'other',
          actors: [],
          place: null,
          summary: 'A school opened.',
          quote: 'A school opened in 1963.',
        },
        {
          source: 'a.txt',
          date: '1990',
          precision: 'year',
          type: 'other',
          actors: [],
          place: null,
          summary: 'Nothing.',
          quote: 'not there',
        },
      ],
    };
    const [result] = factsFromJson(raw, new Map([['a.txt', TEXT]]));
    expect(result?.facts).toHaveLength(1);
    expect(result?.facts[0]).toMatchObject({
      paragraph: 4,
      item: 2,
      span: [TEXT.indexOf('A school'), TEXT.indexOf('A school') + 24],
    });
  });
});
