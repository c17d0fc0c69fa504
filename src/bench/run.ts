// `npm run bench`: times the hot paths a person waits on. Prints a table; `--json` prints JSON.

import { browseCases } from './browse-bench.ts';
import { type BenchCase, type BenchResult, formatResults, measure } from './harness.ts';

async function main(): Promise<void> {
  const cases: BenchCase[] = [...browseCases()];
  const results: BenchResult[] = [];
  for (const c of cases) results.push(await measure(c));
  if (process.argv.includes('--json')) console.log(JSON.stringify({ results }, null, 2));
  else console.log(formatResults(results));
}

await main();
