// An article's title and author, from its first lines and its byline.

import { isJunkLine } from './junk.ts';
import type { ArticleMeta } from './types.ts';

const BYLINE = /^(?:By|Author:|Written by)\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,5})\.?\s*$/;
const TRAILING_BYLINE = /\s+By\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,5})\.?\s*$/;

/**
 * Title: the first non-junk line of the head of the article that reads like a headline (short, no
 * closing full stop), without any "By X" on it. Author: from a "By X" / "Author: X" line, else null.
 */
export function articleMeta(text: string, fallbackTitle = ''): ArticleMeta {
  const head = text
    .split('\n')
    .slice(0, 20)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !isJunkLine(l));
  let author: string | null = null;
  let title: string | null = null;
  for (const line of head) {
    const by = BYLINE.exec(line);
    if (by) {
      author ??= by[1]?.replace(/\.$/, '') ?? null;
      continue;
    }
    const trailing = TRAILING_BYLINE.exec(line);
    const bare = trailing ? line.slice(0, trailing.index) : line;
    if (trailing && !author) author = trailing[1]?.replace(/\.$/, '') ?? null;
    if (!title && bare.split(/\s+/).length <= 16 && !/[.!?]$/.test(bare)) title = bare;
  }
  return { title: title ?? openingWords(head) ?? fallbackTitle, author };
}

const AUXILIARY = /^(?:had|has|have|was|were|is|are|will|would|could|can|may|might|did|does)$/i;

/**
 * A page with no headline is named by its opening words, up to its first auxiliary verb or eight
 * words: "Pakistan’s relations with former USSR…". Null when the head holds no sentence.
 */
function openingWords(head: readonly string[]): string | null {
  const first = head.find((l) => /[a-z]/.test(l) && l.split(/\s+/).length >= 6);
  if (!first) return null;
  const kept: string[] = [];
  for (const w of first.split(/\s+/)) {
    if (AUXILIARY.test(w) || kept.length === 8) break;
    kept.push(w);
    if (/[,.;:!?]$/.test(w)) break;
  }
  const text = kept.join(' ').replace(/[,.;:!?]+$/, '');
  return text.split(/\s+/).length >= 2 ? `${text}…` : null;
}
