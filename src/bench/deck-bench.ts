// Deck generation: extracting the facts of a set of articles, and writing the deck from them. The
// shared Pakistan–Russia articles are used when they sit beside the project; the committed fixture
// article (our own text) otherwise. The first extraction in a process also pays for loading the
// language model of compromise; it is timed on its own as "cold".
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDeck } from '../extract/deck/index.ts';
import { type ArticleInput, chronoMentions, extractArticles } from '../extract/index.ts';
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
      // The yardstick for the extractor's speed: a bare chrono-node pass over the same text.
      { name: `bare chrono-node pass, ${label}`, fn: () => inputs.map((i) => chronoMentions(i.text)) },
      { name: `extract ${label}`, fn: () => extractArticles(inputs) },
      { name: `extract + write deck, ${label}`, fn: build },
    ],
  };
}

/** "extract … = N× the bare chrono-node pass", from one run's results (the budget is 10×). */
export function extractRatio(results: readonly { name: string; medianMs: number }[]): string | null {
  const chrono = results.find((r) => r.name.startsWith('bare chrono-node pass'));
  const extract = results.find((r) => r.name.startsWith('extract ') && !r.name.includes('deck'));
  if (!chrono || !extract || chrono.medianMs <= 0) return null;
  const ratio = extract.medianMs / chrono.medianMs;
  return `extraction = ${ratio.toFixed(1)}× a bare chrono-node pass over the same text (budget 10×: ${ratio <= 10 ? 'met' : 'NOT met'})`;
}
