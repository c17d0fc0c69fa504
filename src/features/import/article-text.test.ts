import { describe, expect, it } from 'vitest';
import {
  articleTitle,
  checkPasted,
  defaultTitle,
  htmlToText,
  looksLikeHtml,
  normaliseText,
  readTextFile,
  titleOfFile,
} from './article-text.ts';

const bytes = (...b: number[]) => new Uint8Array(b);

describe('article text', () => {
  it('checks pasted text: empty, blank, too long, and fine', () => {
    expect(checkPasted('')).toMatchObject({ ok: false, message: expect.stringMatching(/^Paste an article/) });
    expect(checkPasted(' \n\t ')).toMatchObject({ ok: false, message: expect.stringMatching(/only spaces/) });
    expect(checkPasted('a'.repeat(200_001))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/200,001 characters long; the limit is 200,000/),
    });
    expect(checkPasted('a'.repeat(200_000)).ok).toBe(true);
    expect(checkPasted('\uFEFFTitle\r\n\r\nText\rmore')).toEqual({ ok: true, text: 'Title\n\nText\nmore' });
  });

  it('reads UTF-8 files, Urdu and accents included, without the byte-order mark', async () => {
    const text = '\uFEFFدوستی Friendship — Ankara, 1954\r\n';
    expect(await readTextFile(new File([text], 'a.txt'))).toEqual({
      ok: true,
      text: 'دوستی Friendship — Ankara, 1954\n',
    });
  });

  it('turns away files that are not UTF-8 text, naming them', async () => {
    const check = async (file: File) => {
      const r = await readTextFile(file);
      return r.ok ? 'ok' : r.message;
    };
    expect(await check(new File([bytes(0x50, 0x4b, 3, 4, 0, 0)], 'archive.txt'))).toMatch(
      /^“archive\.txt” is not a text file/,
    );
    expect(await check(new File([bytes(0x43, 0x61, 0x66, 0xe9)], 'latin.txt'))).toMatch(
      /^“latin\.txt” is not UTF-8 text/,
    );
    expect(await check(new File(['Broken \uFFFD text'], 'mended.txt'))).toMatch(
      /^“mended\.txt” holds characters that could not be read/,
    );
    expect(await check(new File([`${'\u0001\u0002'.repeat(20)}text`], 'ctrl.txt'))).toMatch(
      /not a text file/,
    );
    expect(await check(new File([' \n '], 'blank.txt'))).toBe('“blank.txt” is empty.');
    expect(await check(new File(['a'.repeat(200_001)], 'long.txt'))).toMatch(
      /“long\.txt” is 200,001 characters/,
    );
    expect(await check(new File([new Uint8Array(900_000)], 'huge.txt'))).toMatch(
      /“huge\.txt” is too large \(0\.9 MB\)/,
    );
  });

  it('drops a stray control character from a file that is otherwise text', async () => {
    expect(await readTextFile(new File(['Visit\u0007 in 1954'], 'bell.txt'))).toEqual({
      ok: true,
      text: 'Visit in 1954',
    });
  });

  it('titles an article by its first line, or its file name', () => {
    expect(defaultTitle('\n\n  Ties   with Ankara \nBy A. Writer')).toBe('Ties with Ankara');
    const long = defaultTitle(`${'word '.repeat(40)}end`);
    expect(long).toMatch(/^word( word)+…$/);
    expect(long.length).toBeLessThanOrEqual(120);
    expect(articleTitle('  My   own title ', 'First line')).toBe('My own title');
    expect(articleTitle('   ', 'First line\nSecond')).toBe('First line');
    expect(titleOfFile('2021 visit notes.txt')).toBe('2021 visit notes');
    expect(titleOfFile('.txt')).toBe('.txt');
    expect(normaliseText('a\r\nb')).toBe('a\nb');
  });
});

describe('hostile and marked-up text', () => {
  const page = `<!doctype html><html><head><title>T</title><style>p { color: red }</style></head><body>
    <h1>Ties with Ankara</h1><script>window.__ran = 1</script>
    <p>On 2 April 1954 the two countries signed an agreement.<br>It grew into a pact.</p>
    <ul><li>1958: a state visit</li><li>1964: a summit</li></ul>
    <img src="x" onerror="window.__ran = 2"><noscript>Enable scripts</noscript></body></html>`;

  it('turns HTML into its text: scripts, styles and head dropped, blocks as paragraphs, breaks kept', () => {
    expect(looksLikeHtml(page)).toBe(true);
    expect(looksLikeHtml('In 1954, 3 < 4 and 5 > 2.')).toBe(false);
    expect(htmlToText(page)).toBe(
      'Ties with Ankara\n\nOn 2 April 1954 the two countries signed an agreement.\nIt grew into a pact.\n\n1958: a state visit\n\n1964: a summit',
    );
    expect((globalThis as { __ran?: number }).__ran).toBeUndefined();
  });

  it('pasted HTML is read as its text; markup alone gets a message', () => {
    expect(checkPasted(page)).toMatchObject({
      ok: true,
      text: expect.stringMatching(/^Ties with Ankara\n\nOn 2 April/),
    });
    expect(checkPasted('<script>alert(1)</script><style>x{}</style>')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/only HTML markup/),
    });
  });

  it('drops bidirectional overrides and zero-width characters from titles', () => {
    expect(articleTitle('\u202Eevil\u202C title\u200B', '')).toBe('evil title');
    expect(defaultTitle('\u200B\n\u2067Headline\u2069 here\n\nBody')).toBe('Headline here');
    expect(titleOfFile('\u202Etxt.exe\u202C.txt')).toBe('txt.exe');
  });
});
