// `npm run bench`: times the hot paths a person waits on. Prints a table; `--json` prints JSON.

import { browseCases } from './browse-bench.ts';
import { datesCases } from './dates-bench.ts';
import { deckCases, extractRatio } from './deck-bench.ts';
import { type BenchCase, type BenchResult, formatResults, measure } from './harness.ts';

async function main(): Promise<void> {
  const deck = deckCases();
  // Measured before anything else has loaded the extractor's language model.
  const coldMs = deck.cold();
  const cases: BenchCase[] = [...deck.cases, ...browseCases(), ...datesCases()];
  const results: BenchResult[] = [];
  for (const c of cases) results.push(await measure(c));
  if (process.argv.includes('--json'))
    console.log(
      JSON.stringify({ coldExtractMs: coldMs, extractRatio: extractRatio(results), results }, null, 2),
    );
  else
    console.log(
      `${formatResults(results)}\nfirst extraction in a fresh process (cold): ${coldMs.toFixed(0)} ms\n${extractRatio(results) ?? ''}`,
    );
}

await main();
