import { describe, expect, it } from 'vitest';
import { baselineFacts } from './baseline.ts';

describe('baselineFacts', () => {
  it('makes one fact of every dated sentence, dated by its first date', () => {
    const text =
      'The accord was signed on 5 June 1965 and ratified in 1966. Nothing was dated here.\nIn 1970 talks began.';
    expect(baselineFacts('a.txt', text).map((f) => [f.date, text.slice(...f.span).trim()])).toEqual([
      ['1965-06-05', 'The accord was signed on 5 June 1965 and ratified in 1966.'],
      ['1970', 'In 1970 talks began.'],
    ]);
  });
});
