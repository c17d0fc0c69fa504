// `npm run check:size`: fails when the built first screen's JavaScript is over its gzip budget. The
// only part of the benchmark CI runs, because a size is the same on every machine. Run after a build.
import { join } from 'node:path';
import { BUDGETS, formatVerdict, judge } from './budgets.ts';
import { firstScreenSize } from './first-screen-size.ts';

const dist = process.argv[2] ?? join(import.meta.dirname, '../../dist');
const size = firstScreenSize(dist);
const verdict = judge('firstScreenJsKiB', size.jsGzip / 1024);
console.log(formatVerdict(verdict));
console.log(`  (${size.files.map((f) => `${f.path} ${(f.gzipBytes / 1024).toFixed(1)} KiB`).join(', ')})`);
if (!verdict.ok) {
  console.error(
    `The first screen loads more JavaScript than the ${BUDGETS.firstScreenJsKiB.max} KiB budget.`,
  );
  process.exit(1);
}
