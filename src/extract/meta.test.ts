import { describe, expect, it } from 'vitest';
import { articleMeta } from './meta.ts';

describe('articleMeta', () => {
  it('takes the first headline-like line and a "By" byline', () => {
    expect(articleMeta('Old Friends, New Roads\n\nBy Sana K. Baig\n\nThe story starts here.')).toEqual({
      title: 'Old Friends, New Roads',
      author: 'Sana K. Baig',
    });
  });

  it('splits a byline written on the title line', () => {
    expect(articleMeta('Ties with Ankara deepen By Omar Farooq\n\nText.')).toEqual({
      title: 'Ties with Ankara deepen',
      author: 'Omar Farooq',
    });
  });

  it('reads "Author:" lines and gives null when there is no byline', () => {
    expect(articleMeta('A Thaw\n\nAuthor: Zara Nadeem\n\nText.').author).toBe('Zara Nadeem');
    expect(articleMeta('A Thaw\n\nText without a byline.').author).toBeNull();
  });

  it('skips a menu bar before the title', () => {
    expect(articleMeta('Home | World | Opinion | Sports\n\nA Thaw\n\nText.').title).toBe('A Thaw');
  });

  it('skips a menu line before the title', () => {
    expect(articleMeta('HomeWorldSportsBusinessOpinion\n\nA Thaw\n\nText.').title).toBe('A Thaw');
  });

  it('names a page with no headline by its opening words, not by its file name', () => {
    const page =
      'Updated on June 20, 2015\n\nBorduria’s ties with its northern neighbour have seen many ups and downs since the war. They improved.';
    expect(articleMeta(page, '004_af31.txt').title).toBe('Borduria’s ties with its northern neighbour…');
    expect(articleMeta('', 'empty.txt').title).toBe('empty.txt');
  });
});
