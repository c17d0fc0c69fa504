// Deck generation: extracting the facts of a set of articles, and writing the deck from them. The
// shared Pakistan–Russia articles are used when they sit beside the project; the committed fixture
// article (our own text) otherwise. The first extraction in a process also pays for loading the
// language model of compromise; it is timed on its own as "cold".
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDeck } from '../extract/deck/build-deck.ts';
import { extractArticles } from '../extract/index.ts';
import type { ArticleInput } from '../extract/types.ts';
import { CHINA_TIES } from '../testing/fixtures/extract/china-ties.ts';
import type { BenchCase } from './harness.ts';

const SHARED = join(import.meta.dirname, '../../../shared/articles');

function articles(): { label: string; inputs: ArticleInput[] } {
  if (existsSync(SHARED)) {
    const files = readdirSync(SHARED)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    return {
      label: `${files.length} shared articles`,
      inputs: files.map((f) => ({ source: f, text: readFileSync(join(SHARED, f), 'utf8') })),
    };
  }
  return { label: 'fixture article', inputs: [{ source: 'china-ties.txt', text: CHINA_TIES }] };
}

export function deckCases(): { cold: () => number; cases: BenchCase[] } {
  const { label, inputs } = articles();
  const texts = new Map(inputs.map((i) => [i.source, i.text]));
  const build = (): unknown =>
    buildDeck({
      id: 'bench',
      title: 'Bench',
      description: 'Timing run.',
      eras: null,
      results: extractArticles(inputs),
      texts,
    });
  return {
    cold: () => {
      const t = performance.now();
      extractArticles(inputs);
      return performance.now() - t;
    },
    cases: [
      { name: `extract ${label}`, fn: () => extractArticles(inputs) },
      { name: `extract + write deck, ${label}`, fn: build },
    ],
  };
}
