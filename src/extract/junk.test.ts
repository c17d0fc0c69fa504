import { describe, expect, it } from 'vitest';
import { isHeadingLike, isJunkLine, isTerminator } from './junk.ts';

describe('junk', () => {
  it.each([
    'Updated on May 4, 2019',
    'Posted 5 hours ago',
    'March 5, 2019 at 10:32 am',
    'Share',
    'This site uses cookies to improve your experience.',
    '© 2021 Daily Times. All rights reserved.',
    'The talks with the visiting delegation were held at the…',
    'Home | World | Business | Sports',
    'NewsOpinionSportsBusinessWorld',
  ])('treats "%s" as page junk', (line) => {
    expect(isJunkLine(line)).toBe(true);
  });

  it('keeps article prose', () => {
    expect(isJunkLine('In 1963, the two sides signed a boundary agreement.')).toBe(false);
  });

  it.each([
    'Leave a Reply',
    'Leave a Comment',
    'Related Posts',
    'Post Comment',
    'Ali Raza says:',
    '12 Comments',
  ])('stops reading at "%s"', (line) => {
    expect(isTerminator(line)).toBe(true);
  });

  it('tells headings and captions from prose', () => {
    expect(isHeadingLike('Ups and Downs in the Relationship')).toBe(true);
    expect(isHeadingLike('The minister arrived in Beijing on a three-day visit.')).toBe(false);
  });
});
