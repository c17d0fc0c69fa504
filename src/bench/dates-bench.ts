// The date stage on long lists (bare years, and full dates), and the whole extractor on lists of
// dense dates (issue 15's pathological inputs), at two lengths: the time of the longer should be about
// four times the shorter's, as both are meant to grow linearly with the text.
import { extractArticle, readDates } from '../extract/index.ts';
import type { BenchCase, BenchResult } from './harness.ts';

const MONTHS = ['January', 'March', 'May', 'August', 'October', 'December'];

function list(chars: number, item: (i: number) => string): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const s = item(i);
    parts.push(s);
    length += s.length + 2;
  }
  return parts.join(', ').slice(0, chars);
}

export function datesCases(): BenchCase[] {
  const years = (n: number): string => list(n, (i) => String(1900 + (i % 120)));
  const days = (n: number): string =>
    list(n, (i) => `${(i % 28) + 1} ${MONTHS[i % MONTHS.length]} ${1950 + (i % 70)}`);
  const cases: BenchCase[] = [];
  for (const [label, make] of [
    ['bare years', years],
    ['full dates', days],
  ] as const) {
    for (const n of [50_000, 200_000]) {
      const text = make(n);
      cases.push({ name: `date stage, ${n / 1000}k characters of ${label}`, fn: () => readDates(text) });
    }
  }
  // A list that lost its stops, after a few words so that it is prose: every date is a fact to read.
  const prose = (make: (n: number) => string) => (n: number) => `Talks were held on ${make(n - 19)}`;
  for (const [label, make] of [
    ['bare years', prose(years)],
    ['full dates', prose(days)],
  ] as const) {
    for (const n of EXTRACT_SIZES) {
      const text = make(n);
      cases.push({
        name: `${EXTRACT_CASE} ${n / 1000}k characters of ${label}`,
        fn: () => extractArticle({ source: 'list.txt', text }),
        // Seconds a run: a few runs are enough.
        minRuns: 3,
        warmup: 1,
      });
    }
  }
  return cases;
}

const EXTRACT_CASE = 'extractor, a list of';
const EXTRACT_SIZES = [50_000, 200_000] as const;

/** The extractor's time on 200,000 characters of dense dates over its time on 50,000 (linear: 4). */
export function extractGrowth(results: readonly BenchResult[]): number | null {
  let worst: number | null = null;
  for (const label of ['bare years', 'full dates']) {
    const [small, large] = EXTRACT_SIZES.map((n) =>
      results.find((r) => r.name === `${EXTRACT_CASE} ${n / 1000}k characters of ${label}`),
    );
    if (!small || !large) continue;
    const ratio = large.medianMs / small.medianMs;
    worst = worst === null ? ratio : Math.max(worst, ratio);
  }
  return worst;
}
