// The speed and size budgets of issue 13, in one place: the benchmark marks each figure against its
// budget, and the size check (`npm run check:size`, part of `npm test`) fails a build over its size.

export interface Budget {
  /** What is measured, as the report names it. */
  label: string;
  /** The largest value that meets the budget. */
  max: number;
  unit: 'ms' | 'KiB' | '×' | 'tasks';
}

export const BUDGETS = {
  firstScreenJsKiB: { label: 'first-screen JavaScript, gzip', max: 150, unit: 'KiB' },
  ratingP95Ms: { label: 'rating → next card painted, 95th percentile', max: 16, unit: 'ms' },
  longTasksAfterRating: { label: 'tasks over 50 ms after a rating', max: 0, unit: 'tasks' },
  coldStartMs: { label: 'cold start → first card', max: 1000, unit: 'ms' },
  queueRatio: { label: "today's queue ÷ bare indexed read of due cards", max: 2, unit: '×' },
  browseSearchMs: { label: 'Browse search, keystroke → list painted (p95)', max: 50, unit: 'ms' },
  progressOpenMs: { label: 'opening Progress (median)', max: 300, unit: 'ms' },
  deckBuildMs: { label: 'the five articles → deck (median)', max: 2000, unit: 'ms' },
  // Issue 15: linear growth makes this 4; the square of the text would make it 16.
  extractGrowth: { label: 'extractor on dense dates, 200k ÷ 50k characters', max: 6, unit: '×' },
} as const satisfies Record<string, Budget>;

export type BudgetName = keyof typeof BUDGETS;

export interface Verdict {
  name: BudgetName;
  label: string;
  value: number | null;
  max: number;
  unit: Budget['unit'];
  /** null when the figure could not be measured. */
  ok: boolean | null;
}

export function judge(name: BudgetName, value: number | null): Verdict {
  const b: Budget = BUDGETS[name];
  return {
    name,
    label: b.label,
    value,
    max: b.max,
    unit: b.unit,
    ok: value === null ? null : value <= b.max,
  };
}

export function formatVerdict(v: Verdict): string {
  const mark = v.ok === null ? '?' : v.ok ? 'ok' : 'OVER';
  const value = v.value === null ? 'not measured' : `${round(v.value)} ${v.unit}`;
  return `${mark.padEnd(4)}  ${v.label}: ${value} (budget ≤ ${v.max} ${v.unit})`;
}

function round(n: number): string {
  return Math.abs(n) >= 100 ? n.toFixed(0) : n.toFixed(n >= 10 ? 1 : 2);
}
