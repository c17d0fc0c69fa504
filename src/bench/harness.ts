// A small benchmark harness: warms up, runs a case until enough time has passed, reports the median
// and the 95th percentile. Ratios between cases in one run cancel out most of the machine's noise.

export interface BenchResult {
  name: string;
  runs: number;
  medianMs: number;
  p95Ms: number;
}

export interface BenchCase {
  name: string;
  /** Runs once per sample; may return a promise. */
  fn: () => unknown;
  /** Fewer samples for a case that takes seconds (defaults: measure's). */
  minRuns?: number;
  warmup?: number;
}

function percentile(sorted: readonly number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[i] ?? Number.NaN;
}

/** Measures one case: `warmup` untimed runs, then samples for at least `minMs` and `minRuns`. */
export async function measure(
  c: BenchCase,
  minMs = 400,
  minRuns = c.minRuns ?? 5,
  warmup = c.warmup ?? 2,
): Promise<BenchResult> {
  for (let i = 0; i < warmup; i++) await c.fn();
  const samples: number[] = [];
  const start = performance.now();
  while (samples.length < minRuns || performance.now() - start < minMs) {
    const t = performance.now();
    await c.fn();
    samples.push(performance.now() - t);
    if (samples.length >= 10_000) break;
  }
  samples.sort((a, b) => a - b);
  return {
    name: c.name,
    runs: samples.length,
    medianMs: percentile(samples, 0.5),
    p95Ms: percentile(samples, 0.95),
  };
}

export function formatResults(results: readonly BenchResult[]): string {
  const width = Math.max(...results.map((r) => r.name.length), 4);
  const lines = [`${'case'.padEnd(width)}  ${'median ms'.padStart(10)}  ${'p95 ms'.padStart(10)}  runs`];
  for (const r of results) {
    lines.push(
      `${r.name.padEnd(width)}  ${r.medianMs.toFixed(3).padStart(10)}  ${r.p95Ms.toFixed(3).padStart(10)}  ${r.runs}`,
    );
  }
  return lines.join('\n');
}
