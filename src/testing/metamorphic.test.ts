import { describe, expect, it } from 'vitest';
import {
  addDocumentDate,
  datedList,
  eventYear,
  followedBy,
  followingYear,
  hardWrap,
  mapSpan,
  presentTenseList,
  sentencesOf,
  stripDocumentDate,
  yearOnOwnLine,
} from './metamorphic.ts';

/** Where `quote` of `before` stands in the rewrite, through the rewrite's edits. */
function moved(r: { text: string } & Parameters<typeof mapSpan>[0], before: string, quote: string): string {
  const at = before.indexOf(quote);
  const [s, e] = mapSpan(r, [at, at + quote.length]);
  return r.text.slice(s, e);
}

describe('the metamorphic rewrites', () => {
  it('split sentences, not abbreviations', () => {
    const line = 'Gen. Tariq met the U.S. envoy. They spoke. 1990 was calm.';
    expect(sentencesOf(line).map(([s, e]) => line.slice(s, e))).toEqual([
      'Gen. Tariq met the U.S. envoy.',
      'They spoke.',
      '1990 was calm.',
    ]);
  });

  it('read the year a date phrase gives, not one told against another event', () => {
    expect(eventYear('The mill opened in March 1973.')).toBe(1973);
    expect(eventYear('The dam, begun after 1960, opened in 1965.')).toBeNull();
    expect(eventYear('The dam, begun after 1960, opened in 1965.', false)).toBe(1965);
    expect(eventYear('That same year the board met in 1970.', false)).toBeNull();
  });

  it('move a leading year phrase onto its own line', () => {
    const text = 'The river rose. In 1965, the board built a dam.\nIn May 1970, it opened.';
    const r = yearOnOwnLine(text);
    expect(r?.text).toBe('The river rose.\n1965\nThe board built a dam.\nMay 1970\nIt opened.');
    expect(r && moved(r, text, 'In 1965, the board built a dam.')).toBe('\n1965\nThe board built a dam.');
    expect(yearOnOwnLine('Nothing is dated here.')).toBeNull();
  });

  it('turn a paragraph into a dated list', () => {
    const text = 'The board met in 1961. It talked. The dam opened on 2 May 1965.';
    const r = datedList(text);
    expect(r?.text).toBe('1961 – The board met in 1961. It talked.\n1965 – The dam opened on 2 May 1965.');
    expect(r && moved(r, text, 'The dam opened')).toBe('The dam opened');
  });

  it('strip a page’s own date, or add one where there is none', () => {
    const dated = 'Dam opens\n\nPublished May 3, 2004\n\nRIVERTON, May 2 (APP): The dam opened in 2004.';
    expect(stripDocumentDate(dated)?.text).toBe('Dam opens\n\n\nThe dam opened in 2004.');
    expect(addDocumentDate(dated)).toBeNull();
    const plain =
      'Dam opens\nThe river board, which first met in 1961, opened the long-awaited dam at the gorge below the town in 2004.';
    const r = addDocumentDate(plain);
    expect(r?.text).toBe(
      'Dam opens\nPublished 31 December 2004\n\nISLAMABAD, Dec 31 (APP) – The river board, which first met in 1961, opened the long-awaited dam at the gorge below the town in 2004.',
    );
    expect(r && moved(r, plain, 'opened the long-awaited dam')).toBe('opened the long-awaited dam');
  });

  it('hard-wrap lines without moving any offset', () => {
    const text = `${'word '.repeat(30).trim()}\nshort`;
    const r = hardWrap(72)(text);
    expect(r?.text.split('\n').every((l) => l.length <= 72)).toBe(true);
    expect(r?.text.length).toBe(text.length);
    expect(r && mapSpan(r, [10, 20])).toEqual([10, 20]);
  });

  it('write "the following year" after a sentence dated the year before', () => {
    const text = 'The board met in 1964. The dam opened in 1965. The mill opened in May 1966.';
    expect(followingYear(text)?.text).toBe(
      'The board met in 1964. The dam opened the following year. The mill opened in 1966.'.replace(
        'in 1966',
        'in May 1966',
      ),
    );
    expect(followingYear('The board met in 1960. The dam opened in 1965.')).toBeNull();
  });

  it('tell a list in the present tense, keeping participles', () => {
    const text = 'Intro was long.\n1965 The dam was opened and the board met.\n- The mill signed a deal';
    expect(presentTenseList(text)?.text).toBe(
      'Intro was long.\n1965 The dam is opened and the board meets.\n- The mill signs a deal',
    );
  });

  it('chain two rewrites, mapping offsets through both', () => {
    const text = 'The board met in 1961. The dam opened on 2 May 1965.';
    const r = followedBy(datedList, presentTenseList)(text);
    expect(r?.text).toBe('1961 – The board meets in 1961.\n1965 – The dam opens on 2 May 1965.');
    expect(r && moved(r, text, 'The dam opened on 2 May 1965')).toBe('The dam opens on 2 May 1965');
  });
});
