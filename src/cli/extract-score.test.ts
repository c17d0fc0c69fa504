// @vitest-environment node
// Measures the extractor on the shared articles against the seed gold facts, with the scorer's
// matching rules (same source, overlapping span, agreeing date, one to one). Skips without them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDeck } from '../extract/deck/index.ts';
import { type ExtractedFact, extractArticle } from '../extract/index.ts';
import { type GoldFact, goldSpans, matchGold } from '../testing/gold-match.ts';

const shared = resolve(import.meta.dirname, '../../../shared');
const articles = join(shared, 'articles');
const goldFile = join(shared, 'gold/seed-facts.json');
const present = existsSync(articles) && existsSync(goldFile);
if (!present) console.warn(`extract-score: skipped, ${articles} or ${goldFile} is missing`);

function score(pred: ExtractedFact[], gold: GoldFact[], texts: Map<string, string>) {
  const matches = matchGold(pred, gold, goldSpans(gold, texts));
  const matched = matches.filter((g) => g >= 0).length;
  const typeRight = matches.filter((g, i) => g >= 0 && gold[g]?.type === pred[i]?.type).length;
  return { precision: matched / pred.length, recall: matched / gold.length, types: typeRight / matched };
}

function measure(dir: string, goldPath: string) {
  const gold = (JSON.parse(readFileSync(goldPath, 'utf8')) as { facts: GoldFact[] }).facts;
  const texts = new Map<string, string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
    texts.set(file, readFileSync(join(dir, file), 'utf8'));
  }
  const pred = [...texts].flatMap(([source, text]) => extractArticle({ source, text }).facts);
  return score(pred, gold, texts);
}

/** Just under what the extractor reaches on the development set (P 0.926, R 0.903, types 0.850). */
const DEV_FLOOR = { precision: 0.915, recall: 0.89, types: 0.85 };

const report = (what: string, s: ReturnType<typeof score>): void =>
  console.info(
    `extract-score (${what}): precision ${s.precision.toFixed(3)} recall ${s.recall.toFixed(3)} types ${s.types.toFixed(3)}`,
  );

describe('extractor on the shared articles', () => {
  it.skipIf(!present)('keeps precision, recall and type agreement above their floors', () => {
    const s = measure(articles, goldFile);
    report('shared articles', s);
    // Reached: P 0.970, R 0.977, types 0.923.
    expect(s.precision).toBeGreaterThanOrEqual(0.96);
    expect(s.recall).toBeGreaterThanOrEqual(0.96);
    expect(s.types).toBeGreaterThanOrEqual(0.9);
  });
});

// The development set: 20 real excerpts on other parts of Pakistan's foreign relations, in every
// format (news with datelines, op-eds, encyclopedia pages, exam notes, a chronology).
const dev = join(shared, 'dev/articles');
const devGold = join(shared, 'dev/facts.json');
const devPresent = existsSync(dev) && existsSync(devGold);

describe('extractor on the development set', () => {
  it.skipIf(!devPresent)('keeps precision, recall and type agreement above their floors', () => {
    const s = measure(dev, devGold);
    report('dev set', s);
    expect(s.precision).toBeGreaterThanOrEqual(DEV_FLOOR.precision);
    expect(s.recall).toBeGreaterThanOrEqual(DEV_FLOOR.recall);
    expect(s.types).toBeGreaterThanOrEqual(DEV_FLOOR.types);
  });
});

// Three articles on other topics (Indus Waters, Pakistan–US, Pakistan–China), written for the
// project with their own list of dated facts: the check that rules hold beyond the five articles.
const otherTopics = resolve(import.meta.dirname, '../testing/fixtures/other-topics');

describe('extractor on articles of other topics', () => {
  it('keeps precision, recall and type agreement above their floors', () => {
    const s = measure(otherTopics, join(otherTopics, 'gold.json'));
    report('other topics', s);
    expect(s.precision).toBeGreaterThanOrEqual(0.95);
    expect(s.recall).toBeGreaterThanOrEqual(0.92);
    expect(s.types).toBeGreaterThanOrEqual(0.75);
  });
});

describe('deck from articles of other topics', () => {
  it('shows where they disagree on a date: the Abbottabad raid, Kissinger’s trip, the boundary agreement', () => {
    const files = readdirSync(otherTopics).filter((f) => f.endsWith('.txt'));
    const inputs = files.map((source) => ({ source, text: readFileSync(join(otherTopics, source), 'utf8') }));
    const { deck } = buildDeck({
      id: 'other',
      title: 'Other topics',
      description: 'Three articles.',
      eras: null,
      results: inputs.map((i) => extractArticle(i)),
      texts: new Map(inputs.map((i) => [i.source, i.text])),
    });
    const disputed = deck.facts
      .filter((f) => f.conflict?.field === 'date')
      .map((f) => (f.conflict?.claims ?? []).map((c) => c.value).join(' / '));
    expect(disputed).toEqual(
      expect.arrayContaining(['1962 / 2 March 1963', 'June 1971 / 9 July 1971', '1 May 2011 / 2 May 2011']),
    );
  });
});
