// @vitest-environment node
// Metamorphic tests on the development texts (../shared/dev): each rewrite below keeps an article's
// dated facts, so every gold fact the extractor finds in an original it must find in the rewrite too,
// at the gold quote's new place. Each kept share has a floor just under what was measured. Skips
// without ../shared/dev.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GoldFact } from '../testing/gold-match.ts';
import {
  addDocumentDate,
  datedList,
  followedBy,
  followingYear,
  hardWrap,
  presentTenseList,
  stripDocumentDate,
  type Transformation,
  yearOnOwnLine,
} from '../testing/metamorphic.ts';
import { datableWithoutDocumentDate, type Expects, keptFacts } from '../testing/metamorphic-score.ts';
import { type ExtractedFact, extractArticle } from './index.ts';

const dev = resolve(import.meta.dirname, '../../../shared/dev');
const articles = join(dev, 'articles');
const goldFile = join(dev, 'facts.json');
const present = existsSync(articles) && existsSync(goldFile);

interface Case {
  name: string;
  transform: Transformation;
  expects?: Expects;
  /** Articles of the development set the rewrite applies to. */
  articles: number;
  /** Floors of kept / found over all facts of those articles, and over the facts the rewrite touched. */
  floor: number;
  touchedFloor: number;
}

const CASES: Case[] = [
  {
    name: 'a leading "In 1965," on its own line',
    transform: yearOnOwnLine,
    articles: 7,
    floor: 0.9,
    touchedFloor: 0.74,
  },
  { name: 'a paragraph as a dated list', transform: datedList, articles: 9, floor: 0.96, touchedFloor: 0.93 },
  {
    name: 'a dateline and a publication line added',
    transform: addDocumentDate,
    articles: 11,
    floor: 0.99,
    touchedFloor: 0.99,
  },
  {
    name: 'the dateline and publication line stripped',
    transform: stripDocumentDate,
    expects: datableWithoutDocumentDate,
    articles: 9,
    floor: 0.96,
    touchedFloor: 0.96,
  },
  {
    name: 'lines hard-wrapped at 72 characters',
    transform: hardWrap(72),
    articles: 20,
    floor: 0.94,
    touchedFloor: 0.94,
  },
  {
    name: 'a year as "the following year"',
    transform: followingYear,
    articles: 2,
    floor: 0.99,
    touchedFloor: 0.99,
  },
  {
    name: 'a list in the present tense',
    transform: presentTenseList,
    articles: 1,
    floor: 0.99,
    touchedFloor: 0.99,
  },
  {
    // A reaction carried from the event before it ("The party welcomed this") is carried only in the
    // past tense, so the present-tense list keeps fewer of them than the past-tense one.
    name: 'a paragraph as a dated list in the present tense',
    transform: followedBy(datedList, presentTenseList),
    articles: 9,
    floor: 0.94,
    touchedFloor: 0.9,
  },
];

function load(): { texts: Map<string, string>; gold: GoldFact[] } {
  const texts = new Map(
    readdirSync(articles)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f): [string, string] => [f, readFileSync(join(articles, f), 'utf8')]),
  );
  return { texts, gold: (JSON.parse(readFileSync(goldFile, 'utf8')) as { facts: GoldFact[] }).facts };
}

// Each original is extracted once for all the cases.
const extracted = new Map<string, ExtractedFact[]>();
function extract(source: string, text: string): ExtractedFact[] {
  const key = `${source}\u0000${text}`;
  let facts = extracted.get(key);
  if (!facts) {
    facts = extractArticle({ source, text }).facts;
    extracted.set(key, facts);
  }
  return facts;
}

describe('the extractor keeps its facts when an article is rewritten', () => {
  if (!present) {
    it.skip(`on the development set (skipped: ${articles} or ${goldFile} is absent)`, () => {});
    return;
  }
  const { texts, gold } = present ? load() : { texts: new Map<string, string>(), gold: [] };
  for (const c of CASES) {
    it(`with ${c.name}`, () => {
      const score = keptFacts(texts, gold, extract, c.transform, c.expects);
      expect(score.articles).toBe(c.articles);
      expect(score.found).toBeGreaterThan(0);
      expect(score.kept / score.found).toBeGreaterThanOrEqual(c.floor);
      expect(score.touchedFound).toBeGreaterThan(0);
      expect(score.touchedKept / score.touchedFound).toBeGreaterThanOrEqual(c.touchedFloor);
    });
  }
});
