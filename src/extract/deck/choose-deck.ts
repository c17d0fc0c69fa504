// Which deck a set of articles makes: the era file named, the one whose keywords fit best, or a
// generic deck named after the two countries its facts name most.
import { namesCountry } from '../nlp.ts';
import type { EraFile } from './eras.ts';
import { hash64 } from './hash.ts';
import { words } from './words.ts';

/** An era file is picked without --deck only when its keywords make up this share of all words. */
export const KEYWORD_SHARE = 0.02;

export interface DeckIdentity {
  id: string;
  title: string;
  description: string;
  eraFile: EraFile | null;
}

function slug(text: string): string {
  return words(text).join('-');
}

/** The two countries named most often among the facts' actors, most frequent first. */
export function topCountries(actorLists: readonly (readonly string[])[]): string[] {
  const counts = new Map<string, number>();
  for (const list of actorLists) {
    for (const actor of new Set(list)) {
      if (actor.split(/\s+/).length <= 3 && namesCountry(actor))
        counts.set(actor, (counts.get(actor) ?? 0) + 1);
    }
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 2)
    .map(([name]) => name);
}

/**
 * The era file whose keywords make up at least `KEYWORD_SHARE` of the articles' words (the best such),
 * else a generic identity with decade eras: "pakistan-china" / "Pakistan–China relations" after the
 * two countries the facts name most, or "deck-<hash of the file names>" when they name none.
 */
export function chooseDeck(
  eraFiles: readonly EraFile[],
  texts: ReadonlyMap<string, string>,
  actorLists: readonly (readonly string[])[],
): DeckIdentity {
  const counts = new Map<string, number>();
  let total = 0;
  for (const text of texts.values()) {
    for (const w of words(text)) {
      counts.set(w, (counts.get(w) ?? 0) + 1);
      total++;
    }
  }
  let best: EraFile | null = null;
  let bestScore = 0;
  for (const file of [...eraFiles].sort((a, b) => a.id.localeCompare(b.id))) {
    const score = file.keywords.reduce((s, k) => s + (counts.get(k.toLowerCase()) ?? 0), 0);
    if (score > bestScore && score >= KEYWORD_SHARE * total) {
      best = file;
      bestScore = score;
    }
  }
  if (best) return { id: best.id, title: best.title, description: best.description, eraFile: best };
  const [a, b] = topCountries(actorLists);
  if (a && b) {
    return {
      id: slug(`${a} ${b}`),
      title: `${a}–${b} relations`,
      description: `Dated facts on ${a} and ${b}, drawn from articles, by decade.`,
      eraFile: null,
    };
  }
  const names = [...texts.keys()].sort().join('\n');
  return {
    id: `deck-${hash64(names).slice(0, 8)}`,
    title: a ? `${a}: dated facts` : 'Dated facts from articles',
    description: 'Dated facts drawn from articles, by decade.',
    eraFile: null,
  };
}
