// The naive baseline the extractor is measured against: every sentence that holds a date is one
// fact, dated by the first date chrono-node reads in it (or its first bare year), typed 'other'.
// `npm run baseline -- FILE...` prints it in `extract --json`'s form, for the scorer.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { chronoMentions } from '../extract/index.ts';

export interface BaselineFact {
  source: string;
  date: string;
  precision: 'day' | 'month' | 'year';
  type: 'other';
  span: [number, number];
}

const pad = (n: number): string => String(n).padStart(2, '0');
const BARE_YEAR = /\b(1[5-9]\d\d|20\d\d)\b/;

/** The baseline's facts of one text: one per dated sentence (sentences end at . ! ? or a line break). */
export function baselineFacts(source: string, text: string): BaselineFact[] {
  const facts: BaselineFact[] = [];
  const sentence = /[^.!?\n]+[.!?]*/g;
  for (let m = sentence.exec(text); m; m = sentence.exec(text)) {
    const s = m[0];
    const span: [number, number] = [m.index, m.index + s.length];
    // The first date of the sentence: one chrono-node reads with its year, or a bare year.
    const read = chronoMentions(s).filter((d) => d.year !== null);
    const bare = BARE_YEAR.exec(s);
    const first = read[0];
    if (first && (!bare || first.start <= bare.index)) {
      const { year, month, day } = first;
      const y = String(year);
      if (month === null) facts.push({ source, date: y, precision: 'year', type: 'other', span });
      else if (day === null)
        facts.push({ source, date: `${y}-${pad(month)}`, precision: 'month', type: 'other', span });
      else
        facts.push({ source, date: `${y}-${pad(month)}-${pad(day)}`, precision: 'day', type: 'other', span });
    } else if (bare?.[1]) {
      facts.push({ source, date: bare[1], precision: 'year', type: 'other', span });
    }
  }
  return facts;
}

if (process.argv[1] && /baseline\.ts$/.test(process.argv[1])) {
  const files = process.argv.slice(2).filter((a) => a !== '--');
  const facts = files.flatMap((f) => baselineFacts(basename(f), readFileSync(f, 'utf8')));
  process.stdout.write(`${JSON.stringify({ facts })}\n`);
}
