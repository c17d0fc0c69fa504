// `npm run extract -- [--json] [--why] [--dates] FILE...`: reads articles, runs the extractor, prints
// the facts as one JSON object (--json) or a readable table (--why: with the ids of the rules that
// made each); with --dates, the date stage's mentions instead.
// Unreadable or empty files are reported on stderr.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { type ExtractedFact, type ExtractionResult, extractArticle, readDates } from '../extract/index.ts';

export interface CliOutcome {
  stdout: string;
  stderr: string;
  code: number;
}

function table(results: ExtractionResult[], why: boolean): string {
  const lines: string[] = [];
  for (const r of results) {
    lines.push(
      `${r.source}: ${r.meta.title}${r.meta.author ? ` — ${r.meta.author}` : ''} (${r.facts.length} facts)`,
    );
    for (const f of r.facts) {
      const where = f.item === null ? `¶${f.paragraph}` : `¶${f.paragraph} #${f.item}`;
      lines.push(`  ${f.date.padEnd(23)} ${f.type.padEnd(12)} ${where.padEnd(9)} ${f.summary}`);
      if (why) lines.push(`  ${''.padEnd(23)} why: ${f.rules.join(', ')}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** One date mention as `--dates --json` prints it: offsets into the file's text, a TimeML value. */
export interface DateLine {
  source: string;
  span: [number, number];
  value: string;
}

function datesOf(source: string, text: string): DateLine[] {
  return readDates(text).mentions.flatMap((m) =>
    m.timeml === null ? [] : [{ source, span: [m.start, m.end] as [number, number], value: m.timeml }],
  );
}

function datesTable(lines: DateLine[], texts: Map<string, string>): string {
  return lines
    .map((d) => {
      const words = texts.get(d.source)?.slice(d.span[0], d.span[1]).replace(/\s+/g, ' ') ?? '';
      return `${d.source}\t${d.span[0]}-${d.span[1]}\t${d.value.padEnd(23)} ${words}\n`;
    })
    .join('');
}

/** Runs the command on argv (without node and script); never exits the process itself. */
export function runExtract(
  argv: string[],
  read: (file: string) => string = (f) => readFileSync(f, 'utf8'),
): CliOutcome {
  const json = argv.includes('--json');
  const why = argv.includes('--why');
  const dates = argv.includes('--dates');
  const files = argv.filter((a) => !['--json', '--why', '--dates', '--'].includes(a));
  const errors: string[] = [];
  if (files.length === 0) errors.push('usage: extract [--json] [--why] [--dates] FILE...');
  const results: ExtractionResult[] = [];
  const dateLines: DateLine[] = [];
  const texts = new Map<string, string>();
  for (const file of files) {
    let text: string;
    try {
      text = read(file);
    } catch (error) {
      errors.push(`extract: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    if (text.trim() === '') {
      errors.push(`extract: ${file} is empty`);
      continue;
    }
    if (dates) {
      dateLines.push(...datesOf(basename(file), text));
      texts.set(basename(file), text);
    } else results.push(extractArticle({ source: basename(file), text }));
  }
  if (dates) {
    const stdout = json ? `${JSON.stringify({ dates: dateLines })}\n` : datesTable(dateLines, texts);
    return { stdout, stderr: errors.map((e) => `${e}\n`).join(''), code: errors.length > 0 ? 1 : 0 };
  }
  const facts: ExtractedFact[] = results.flatMap((r) => r.facts);
  const stdout = json
    ? `${JSON.stringify({ facts, articles: results.map((r) => ({ source: r.source, ...r.meta })) })}\n`
    : table(results, why);
  return { stdout, stderr: errors.map((e) => `${e}\n`).join(''), code: errors.length > 0 ? 1 : 0 };
}

if (process.argv[1] && /extract\.ts$/.test(process.argv[1])) {
  const outcome = runExtract(process.argv.slice(2));
  process.stdout.write(outcome.stdout);
  process.stderr.write(outcome.stderr);
  process.exitCode = outcome.code;
}
