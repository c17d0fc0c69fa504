// The "own words" rule of a shipped deck: no run of ten consecutive words from any article may
// appear in it. Words are runs of letters, digits and apostrophes, case and punctuation ignored, so
// "nuclear-free" is two words and "Pakistan’s" one.

export const COPY_RUN = 10;

/** The words of a text as the copy rule counts them. */
export function copyWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}'’]+/gu) ?? []).map((w) => w.replace(/’/g, "'"));
}

/** Every run of `COPY_RUN` words of the given texts, for fast lookup. */
export function copyIndex(texts: readonly string[]): Set<string> {
  const index = new Set<string>();
  for (const text of texts) {
    const w = copyWords(text);
    for (let i = 0; i + COPY_RUN <= w.length; i++) index.add(w.slice(i, i + COPY_RUN).join(' '));
  }
  return index;
}

/** The first copied run found in `text`, or null when it holds none. */
export function copiedRun(text: string, index: ReadonlySet<string>): string | null {
  if (index.size === 0) return null;
  const w = copyWords(text);
  for (let i = 0; i + COPY_RUN <= w.length; i++) {
    const run = w.slice(i, i + COPY_RUN).join(' ');
    if (index.has(run)) return run;
  }
  return null;
}

/** Where a phrase may end early and still tell its event: before an aside, a purpose, a sequel. */
const CUT =
  /,\s|;\s|\s[–—-]\s|\s(?=(?:which|who|whom|where|when|while|after|before|following|leading|to|for|with|and|as|by|from|under|amid|despite|during|in|on|at)\s)/g;

/** Fewest words a shortened phrase keeps. */
const MIN_WORDS = 4;

/**
 * The text, or failing that its longest start that ends at a phrase boundary and copies no run of
 * the articles (asides in brackets go first). `within` puts the text in the string that is checked
 * (the strings of a card around it, where a question may continue a run). Null when no start of four words or more will do.
 */
export function uncopied(
  text: string,
  index: ReadonlySet<string>,
  within: (text: string) => readonly string[] = (t) => [t],
): string | null {
  const ok = (t: string): boolean => within(t).every((x) => copiedRun(x, index) === null);
  if (ok(text)) return text;
  const plain = text.replace(/\s*\([^)]*\)/g, '');
  if (ok(plain)) return plain;
  const cuts = [...plain.matchAll(CUT)].map((m) => m.index ?? 0).sort((a, b) => b - a);
  for (const at of cuts) {
    const start = plain.slice(0, at).replace(/[\s,;:–—-]+$/, '');
    if (copyWords(start).length < MIN_WORDS) continue;
    if (ok(start)) return start;
  }
  return null;
}
