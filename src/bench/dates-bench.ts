// The date stage on long lists (bare years, and full dates), at two lengths: the time of the longer
// should be about four times the shorter's, as the stage is meant to grow linearly with the text.
import { readDates } from '../extract/index.ts';
import type { BenchCase } from './harness.ts';

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
  return cases;
}
