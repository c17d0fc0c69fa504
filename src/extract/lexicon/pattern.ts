// Turns a vocabulary into a pattern: one alternation of its words, longest first so that "sept"
// is tried before "sep", with spaces matching any run of white space.

const escapeWord = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regular-expression source (no groups of its own) matching any of `words`. */
export function matchAny(words: Iterable<string>): string {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return `(?:${sorted.map((w) => escapeWord(w).replace(/ /g, '\\s+')).join('|')})`;
}
