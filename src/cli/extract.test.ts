// @vitest-environment node
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExtract } from './extract.ts';

const dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));
const good = join(dir, 'good.txt');
const empty = join(dir, 'empty.txt');
writeFileSync(
  good,
  'A Short Piece\n\nBy Noor Shah\n\nIn March 1963, both sides signed a boundary agreement.\n',
);
writeFileSync(empty, '  \n');

describe('extract CLI', () => {
  it('prints one JSON object of facts with --json', () => {
    const out = runExtract(['--json', good]);
    expect(out.code).toBe(0);
    expect(out.stderr).toBe('');
    const parsed = JSON.parse(out.stdout) as { facts: Array<Record<string, unknown>> };
    expect(parsed.facts).toHaveLength(1);
    expect(parsed.facts[0]).toMatchObject({
      source: 'good.txt',
      date: '1963-03',
      precision: 'month',
      type: 'agreement',
    });
  });

  it('reports empty and unreadable files on stderr, exits non-zero, and still does the others', () => {
    const out = runExtract(['--json', empty, join(dir, 'missing.txt'), good]);
    expect(out.code).not.toBe(0);
    expect(out.stderr).toMatch(/empty\.txt is empty/);
    expect(out.stderr).toMatch(/cannot read .*missing\.txt/);
    const parsed = JSON.parse(out.stdout) as { facts: Array<{ source: string }> };
    expect(parsed.facts.map((f) => f.source)).toEqual(['good.txt']);
  });

  it('prints a readable table without --json', () => {
    const out = runExtract([good]);
    expect(out.stdout).toMatch(/good\.txt: A Short Piece — Noor Shah \(1 facts\)/);
    expect(out.stdout).toMatch(/1963-03\s+agreement/);
  });

  it('prints the date mentions with --dates --json, spans into the file as read', () => {
    const dated = join(dir, 'dated.txt');
    const text =
      'DATE: 1998-08-07\n\nThe minister, who arrived yesterday, said the talks of 6 May 1965 had failed.\n';
    writeFileSync(dated, text);
    const out = runExtract(['--dates', '--json', dated]);
    expect(out.code).toBe(0);
    const parsed = JSON.parse(out.stdout) as {
      dates: Array<{ source: string; span: [number, number]; value: string }>;
    };
    expect(parsed.dates).toEqual([
      {
        source: 'dated.txt',
        span: [text.indexOf('yesterday'), text.indexOf('yesterday') + 9],
        value: '1998-08-06',
      },
      { source: 'dated.txt', span: [text.indexOf('6 May'), text.indexOf('6 May') + 10], value: '1965-05-06' },
    ]);
    expect(runExtract(['--dates', dated]).stdout).toMatch(/dated\.txt\t\d+-\d+\t1965-05-06\s+6 May 1965/);
  });

  it('asks for files when given none', () => {
    const out = runExtract(['--json']);
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/usage/);
  });
});

describe('extract --why', () => {
  it('prints the ids of the rules that made each fact', () => {
    const out = runExtract(
      ['--why', 'a.txt'],
      () => 'In 1972 the two states signed a trade accord in the capital.',
    );
    expect(out.stdout).toMatch(/why: layout\.prose, candidate\.dated-clause, type\.agreement/);
  });
});
