// @vitest-environment node
// Measures the extractor on the shared articles against the seed gold facts, with the scorer's
// matching rules (same source, overlapping span, agreeing date, one to one). Skips without them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../extract/index.ts';
import type { ExtractedFact } from '../extract/types.ts';

const shared = resolve(import.meta.dirname, '../../../shared');
const articles = join(shared, 'articles');
const goldFile = join(shared, 'gold/seed-facts.json');
const present = existsSync(articles) && existsSync(goldFile);
if (!present) console.warn(`extract-score: skipped, ${articles} or ${goldFile} is missing`);

interface Gold {
  source: string;
  date: string;
  type: string;
  quote: string;
}

const sameOrFiner = (p: string, g: string): boolean => p === g || p.startsWith(`${g}-`);
function datesAgree(p: string, g: string): boolean {
  const pr = p.split('/');
  const gr = g.split('/');
  return pr.length === gr.length && pr.every((part, i) => sameOrFiner(part, gr[i] ?? ''));
}
const overlap = (a: [number, number], b: [number, number]): number =>
  Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));

function score(pred: ExtractedFact[], gold: Gold[], texts: Map<string, string>) {
  const spans = gold.map((g): [number, number] => {
    const at = (texts.get(g.source) ?? '').indexOf(g.quote);
    return [at, at + g.quote.length];
  });
  const taken = gold.map(() => false);
  let matched = 0;
  let typeRight = 0;
  for (const p of pred) {
    let best = -1;
    let bestOverlap = 0;
    gold.forEach((g, i) => {
      const o = g.source === p.source ? overlap(p.span, spans[i] ?? [0, 0]) : 0;
      if (o > bestOverlap && !taken[i] && datesAgree(p.date, g.date)) {
        best = i;
        bestOverlap = o;
      }
    });
    if (best >= 0) {
      taken[best] = true;
      matched++;
      if (gold[best]?.type === p.type) typeRight++;
    }
  }
  return { precision: matched / pred.length, recall: matched / gold.length, types: typeRight / matched };
}

describe('extractor on the shared articles', () => {
  it.skipIf(!present)('keeps precision, recall and type agreement above their floors, fast', () => {
    const gold = (JSON.parse(readFileSync(goldFile, 'utf8')) as { facts: Gold[] }).facts;
    const texts = new Map<string, string>();
    for (const file of readdirSync(articles).filter((f) => f.endsWith('.txt'))) {
      texts.set(file, readFileSync(join(articles, file), 'utf8'));
    }
    const started = performance.now();
    const pred = [...texts].flatMap(([source, text]) => extractArticle({ source, text }).facts);
    const elapsed = performance.now() - started;
    const s = score(pred, gold, texts);
    console.info(
      `extract-score: precision ${s.precision.toFixed(3)} recall ${s.recall.toFixed(3)} types ${s.types.toFixed(3)} in ${elapsed.toFixed(0)} ms`,
    );
    expect(s.precision).toBeGreaterThanOrEqual(0.97);
    expect(s.recall).toBeGreaterThanOrEqual(0.95);
    expect(s.types).toBeGreaterThanOrEqual(0.88);
    // Generous: the machine may be shared; alone it takes well under a second.
    expect(elapsed).toBeLessThan(4000);
  });
});
