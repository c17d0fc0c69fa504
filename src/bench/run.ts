// `npm run bench`: times the hot paths a person waits on and marks each figure against its budget
// (budgets.ts). Node figures (deck generation, Browse's filter) and, on the production build in
// headless Chromium with a seeded database, the app's own (browser-bench.ts). `--json` prints one
// JSON object; `--no-browser` leaves the browser out; `--no-build` measures the build already there;
// `--profile` lists the functions that took the most time during the ratings.
// BENCH_PORT (default 4319) is the preview server's port; BENCH_CARDS and BENCH_REVIEWS size the seed.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { browseCases } from './browse-bench.ts';
import { type BrowserFigures, runBrowserBench, type Spread } from './browser-bench.ts';
import { BUDGETS, formatVerdict, judge, type Verdict } from './budgets.ts';
import { datesCases, extractGrowth } from './dates-bench.ts';
import { deckCases, extractRatio } from './deck-bench.ts';
import { firstScreenSize } from './first-screen-size.ts';
import { type BenchCase, type BenchResult, formatResults, measure } from './harness.ts';

const ROOT = join(import.meta.dirname, '../..');
const DIST = join(ROOT, 'node_modules/.cache/bench-dist');

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const log = (line: string) => {
    if (!json) console.log(line);
    else console.error(line);
  };

  const deck = deckCases();
  // Measured before anything else has loaded the extractor's language model.
  const coldMs = deck.cold();
  const cases: BenchCase[] = [...deck.cases, ...browseCases(), ...datesCases()];
  const results: BenchResult[] = [];
  for (const c of cases) results.push(await measure(c));
  log(
    `${formatResults(results)}\nfirst extraction in a fresh process (cold): ${coldMs.toFixed(0)} ms\n${extractRatio(results) ?? ''}\n`,
  );

  if (!args.includes('--no-build')) {
    log('building the app…');
    // A profile names functions only in an unminified build (its sizes are then not the real ones).
    const minify = args.includes('--profile') ? ['--minify', 'false'] : [];
    execFileSync('npx', ['vite', 'build', '--outDir', DIST, '--emptyOutDir', ...minify], {
      cwd: ROOT,
      stdio: 'ignore',
    });
  }
  const size = firstScreenSize(DIST);
  log(
    `first screen: JavaScript ${(size.jsGzip / 1024).toFixed(1)} KiB gzip, CSS ${(size.cssGzip / 1024).toFixed(1)} KiB gzip`,
  );

  let browser: BrowserFigures | null = null;
  if (!args.includes('--no-browser')) {
    browser = await runBrowserBench({
      dist: DIST,
      port: Number(process.env.BENCH_PORT ?? 4319),
      cards: Number(process.env.BENCH_CARDS ?? 20_000),
      reviews: Number(process.env.BENCH_REVIEWS ?? 200_000),
      ratings: 200,
      profile: args.includes('--profile'),
      log,
    });
    log(`\n${formatBrowser(browser)}`);
  }

  const deckBuild = results.find((r) => r.name.startsWith('extract + write deck'));
  const verdicts: Verdict[] = [
    judge('firstScreenJsKiB', size.jsGzip / 1024),
    judge('ratingP95Ms', browser?.rating.p95Ms ?? null),
    judge('longTasksAfterRating', browser?.longTasks.count ?? null),
    judge('coldStartMs', browser?.coldStart.medianMs ?? null),
    judge(
      'queueRatio',
      browser?.queueBuild ? browser.queueBuild.medianMs / browser.bareDueRead.medianMs : null,
    ),
    judge('browseSearchMs', browser?.browseSearch.p95Ms ?? null),
    judge('progressOpenMs', browser?.screens.progress.again.medianMs ?? null),
    judge('deckBuildMs', deckBuild ? deckBuild.medianMs + coldMs : null),
    judge('extractGrowth', extractGrowth(results)),
  ];
  log(`\nBudgets (${Object.keys(BUDGETS).length}):\n${verdicts.map(formatVerdict).join('\n')}`);
  log(
    '(the deck figure is the cold first extraction plus a warm extract-and-write, what `npm run decks` pays)',
  );
  if (json)
    console.log(
      JSON.stringify({
        coldExtractMs: coldMs,
        extractRatio: extractRatio(results),
        results,
        firstScreen: size,
        browser,
        verdicts,
      }),
    );
}

function ms(s: Spread): string {
  return `median ${s.medianMs.toFixed(1)} ms, p95 ${s.p95Ms.toFixed(1)} ms, max ${s.maxMs.toFixed(1)} ms (${s.runs} runs)`;
}

function formatBrowser(b: BrowserFigures): string {
  const lines = [
    `In headless Chromium, production build, ${b.cards.toLocaleString('en')} cards and ${b.reviews.toLocaleString('en')} review logs (seeded in ${(b.seedMs / 1000).toFixed(1)} s):`,
    `  cold start → first card painted: ${ms(b.coldStart)}`,
    `  today's queue (the app's study:queue measure): ${b.queueBuild ? ms(b.queueBuild) : 'not reported by this build'}`,
    `  bare Dexie read of the ${b.bareDueRead.cards.toLocaleString('en')} cards due now (due index): ${ms(b.bareDueRead)}`,
    `  Show answer, rating → next card painted: ${ms(b.rating)}`,
    `  long tasks from the first rating on: ${b.longTasks.count} (longest ${b.longTasks.longestMs.toFixed(0)} ms)`,
  ];
  for (const [name, s] of Object.entries(b.screens))
    lines.push(`  opening ${name}: first ${s.first.toFixed(0)} ms; again ${ms(s.again)}`);
  lines.push(`  Browse search, input → list painted: ${ms(b.browseSearch)}`);
  return lines.join('\n');
}

await main();
