// The "own words" rule: no run of ten or more consecutive words from any article may appear in a deck.
import { words } from './words.ts';

export const COPY_RUN = 10;

/** Every run of `COPY_RUN` words of the given texts, for fast lookup. */
export function copyIndex(texts: readonly string[]): Set<string> {
  const index = new Set<string>();
  for (const text of texts) {
    const w = words(text);
    for (let i = 0; i + COPY_RUN <= w.length; i++) index.add(w.slice(i, i + COPY_RUN).join(' '));
  }
  return index;
}

/** The first copied run found in `text`, or null when it holds none. */
export function copiedRun(text: string, index: ReadonlySet<string>): string | null {
  const w = words(text);
  for (let i = 0; i + COPY_RUN <= w.length; i++) {
    const run = w.slice(i, i + COPY_RUN).join(' ');
    if (index.has(run)) return run;
  }
  return null;
}
