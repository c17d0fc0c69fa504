import { describe, expect, it } from 'vitest';
import { CHINA_TIES } from '../testing/fixtures/extract/china-ties.ts';
import { splitSentences } from './sentences.ts';

const texts = (text: string): string[] => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('keeps abbreviations, initials and dotted names inside a sentence', () => {
    expect(texts('Lt. Gen. Aslam met Dr. Noor in the U.S. last week. Then they left.')).toEqual([
      'Lt. Gen. Aslam met Dr. Noor in the U.S. last week.',
      'Then they left.',
    ]);
    expect(texts('A note by M. Ali was read. It was short.')).toHaveLength(2);
  });

  it('ends a sentence at a stop with no space after it, between a word and a capitalised word', () => {
    expect(
      texts('Trade grew in 1990 and ties improved.EU envoys came in 1994. Talks began in the U.S.A. in May.'),
    ).toEqual([
      'Trade grew in 1990 and ties improved.',
      'EU envoys came in 1994.',
      'Talks began in the U.S.A. in May.',
    ]);
  });

  it('ends a sentence after a closing quote', () => {
    expect(texts('He called it “a new dawn.” The crowd cheered.')).toEqual([
      'He called it “a new dawn.”',
      'The crowd cheered.',
    ]);
  });

  it('numbers list items, with or without blank lines between them', () => {
    const list = splitSentences(
      'Facts\n\n1. The first event was long ago.\n2. The second came later.\n\n3. A third one.',
    );
    expect(list.map((s) => s.item)).toEqual([1, 2, 3]);
    expect(list[0]?.text).toBe('The first event was long ago.');
  });

  it('keeps bullet and timeline lines apart, even without full stops', () => {
    expect(
      texts(
        'Dates\n\n- 1951: a trade pact was signed\n- 1953: a consulate opened in Lahore\n1960 the two navies met at sea',
      ),
    ).toEqual([
      '1951: a trade pact was signed',
      '1953: a consulate opened in Lahore',
      '1960 the two navies met at sea',
    ]);
  });

  it('drops a line that is only a date', () => {
    expect(texts('The talks went well.\n\nOctober 2020\n\nThe end came.')).toEqual([
      'The talks went well.',
      'The end came.',
    ]);
  });

  it('gives offsets that point at the sentence in the original text', () => {
    for (const s of splitSentences(CHINA_TIES)) expect(CHINA_TIES.slice(s.start, s.end)).toBe(s.text);
  });

  it('joins a sentence that a blank line broke in two', () => {
    const joined = texts(CHINA_TIES).find((t) => t.startsWith('Both governments'));
    expect(joined).toMatch(/energy\s+and water\.$/);
  });

  it('drops menus, page dates, captions, share buttons and comments', () => {
    const all = texts(CHINA_TIES).join(' ');
    expect(all).not.toMatch(/Menu|Updated on|Map of the highway|Share this|Leave a Reply|Ali Raza|ago/);
  });

  it('counts paragraphs by blank lines', () => {
    const first = splitSentences(CHINA_TIES).find((s) => s.text.startsWith('Diplomatic'));
    expect(first?.paragraph).toBe(4);
  });
});

describe('splitSentences and citation markers', () => {
  it('ends a sentence after its citation marker', () => {
    const text = 'The two states cut ties in 1965.[1] The foreign minister said so.[2][3] Talks resumed.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'The two states cut ties in 1965.[1]',
      'The foreign minister said so.[2][3]',
      'Talks resumed.',
    ]);
  });
});

describe('splitSentences on text that lost its full stops', () => {
  it('cuts a long stretch without any stop before the words that open a sentence', () => {
    const text =
      'Ties grew strong during the tenure of the prime minister (1971-1977) In 1975, the premier invited the marshal to visit the capital The marshal was received in the capital with a lavish display of hospitality It is not clear whether the two governments also spoke of arms at that time or later on in the long years that followed the first visit';
    const parts = splitSentences(text).map((s) => s.text.split(' ').slice(0, 2).join(' '));
    expect(parts).toEqual(['Ties grew', 'In 1975,', 'The marshal', 'It is']);
  });
  it('leaves punctuated prose as it is', () => {
    const text = `${'The talks went on and on in the capital. '.repeat(8)}The envoy left`;
    expect(splitSentences(text)).toHaveLength(9);
  });
});

describe('splitSentences on a list that lost its full stops', () => {
  it('cuts a stretch of dates and commas into sentences of at most 1,000 characters, after a comma', () => {
    const months = ['January', 'March', 'May', 'August', 'October', 'December'];
    const items = Array.from(
      { length: 12_000 },
      (_, i) => `${(i % 28) + 1} ${months[i % 6]} ${1950 + (i % 70)}`,
    );
    // Words ahead of the dates, so the line is prose (a line of dates alone is a date line).
    const text = `Talks were held on ${items.join(', ')}`;
    const sentences = splitSentences(text);
    expect(sentences.length).toBeGreaterThan(text.length / 1000);
    for (const s of sentences) {
      expect(s.text.length).toBeLessThanOrEqual(1000);
      expect(text.slice(s.start, s.end)).toBe(s.text);
    }
    // Nothing is lost: the pieces, joined again, are the list.
    expect(sentences.map((s) => s.text).join(' ')).toBe(text);
    expect(sentences.slice(0, -1).every((s) => s.text.endsWith(','))).toBe(true);
  });

  it('leaves a long sentence of ordinary length alone', () => {
    const long = `The two ministers met in Karachi in 1961 and ${'agreed on trade, '.repeat(40)}before they left.`;
    expect(long.length).toBeLessThan(1000);
    expect(texts(long)).toEqual([long]);
  });
});
