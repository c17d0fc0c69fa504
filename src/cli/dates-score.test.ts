// @vitest-environment node
// CI floor for the date stage: scores it on TimeBank (../shared/timeml) as score-dates.mjs
// --calendar does, relaxed span match one to one, and fails under a floor just below what it reaches.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDates } from '../extract/index.ts';

const DIR = resolve(import.meta.dirname, '../../../shared/timeml/timebank');
const GOLD = join(DIR, 'timexes.json');
/** Calendar value F1 measured when the floor was set: 0.834. */
const FLOOR = 0.82;

interface Timex {
  source: string;
  value: string;
  span: [number, number];
}

const calendar = (v: string): boolean => /^\d{3}[\dX](-\d\d(-\d\d)?)?$/.test(v);
const overlap = (a: [number, number], b: [number, number]): number =>
  Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));

function valueF1(gold: Timex[], pred: Timex[]): number {
  const cal = gold.filter((g) => calendar(g.value));
  const kept = pred.filter(
    (p) => !gold.some((g) => g.source === p.source && !calendar(g.value) && overlap(p.span, g.span) > 0),
  );
  const taken = new Set<Timex>();
  let right = 0;
  for (const p of kept) {
    let best: Timex | null = null;
    let bestO = 0;
    for (const g of cal) {
      if (g.source !== p.source || taken.has(g)) continue;
      const o = overlap(p.span, g.span);
      if (o > bestO) [best, bestO] = [g, o];
    }
    if (!best) continue;
    taken.add(best);
    if (best.value === p.value) right++;
  }
  const precision = kept.length ? right / kept.length : 0;
  const recall = right / cal.length;
  return precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
}

const present = existsSync(GOLD);
if (!present) console.warn(`dates-score: skipped, ${GOLD} is absent (TimeBank lives in ../shared/timeml)`);

describe.skipIf(!present)('date stage on TimeBank', () => {
  it(`keeps calendar value F1 at ${FLOOR} or above`, () => {
    const { docs, timexes } = JSON.parse(readFileSync(GOLD, 'utf8')) as {
      docs: Array<{ file: string }>;
      timexes: Timex[];
    };
    const pred: Timex[] = [];
    for (const { file } of docs) {
      const text = readFileSync(join(DIR, file), 'utf8');
      for (const m of readDates(text).mentions) {
        if (m.timeml !== null) pred.push({ source: file, value: m.timeml, span: [m.start, m.end] });
      }
    }
    expect(valueF1(timexes, pred)).toBeGreaterThanOrEqual(FLOOR);
  });
});
