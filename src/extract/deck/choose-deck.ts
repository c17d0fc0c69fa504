// Which deck a set of articles makes: the era file named, the one whose keywords fit best, or generic.
import type { EraFile } from './eras.ts';
import { hash64 } from './hash.ts';
import { words } from './words.ts';

export interface DeckIdentity {
  id: string;
  title: string;
  description: string;
  eraFile: EraFile | null;
}

/**
 * The era file whose keywords occur most often in the texts (ties: the smaller id), or a generic
 * identity ("deck-<hash of file names>", decade eras) when no keyword occurs at all.
 */
export function chooseDeck(eraFiles: readonly EraFile[], texts: ReadonlyMap<string, string>): DeckIdentity {
  const counts = new Map<string, number>();
  for (const text of texts.values()) for (const w of words(text)) counts.set(w, (counts.get(w) ?? 0) + 1);
  let best: EraFile | null = null;
  let bestScore = 0;
  for (const file of [...eraFiles].sort((a, b) => a.id.localeCompare(b.id))) {
    const score = file.keywords.reduce((s, k) => s + (counts.get(k.toLowerCase()) ?? 0), 0);
    if (score > bestScore) {
      best = file;
      bestScore = score;
    }
  }
  if (best) return { id: best.id, title: best.title, description: best.description, eraFile: best };
  const names = [...texts.keys()].sort().join('\n');
  return {
    id: `deck-${hash64(names).slice(0, 8)}`,
    title: 'Articles',
    description: 'Dated facts from a set of articles, by decade.',
    eraFile: null,
  };
}
