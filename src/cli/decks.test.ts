// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../domain/deck-schema.ts';
import { deckDigest, digestPathOf } from '../extract/deck/index.ts';
import { copiedStrings } from '../testing/deck-score.ts';
import { ARTICLE_A, ARTICLE_B, resultA, resultB } from '../testing/fixtures/deck/facts.ts';
import { parseDecksArgs } from './decks-args.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const DECK = join(ROOT, 'decks/pakistan-russia.deck.json');
const ARTICLES = resolve(ROOT, '../shared/articles');

function runDecks(args: string[]): string {
  return execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/decks.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

describe('parseDecksArgs', () => {
  it('reads the options and rejects unknown ones', () => {
    expect(parseDecksArgs(['--sources', 'x', '--deck', 'a-b', '--report'])).toMatchObject({
      sources: 'x',
      deck: 'a-b',
      report: true,
      out: 'decks',
    });
    expect(() => parseDecksArgs(['--sources'])).toThrow(/needs a value/);
    expect(() => parseDecksArgs(['--bogus'])).toThrow(/unknown option/);
    expect(() => parseDecksArgs([])).toThrow(/--sources/);
  });
});

describe('decks CLI on fixtures', () => {
  it('writes the same bytes twice, validated by the schema, and prints a review sheet', () => {
    const dir = mkdtempSync(join(tmpdir(), 'decks-'));
    const sources = join(dir, 'articles');
    execFileSync('mkdir', ['-p', sources]);
    writeFileSync(join(sources, 'a.txt'), ARTICLE_A);
    writeFileSync(join(sources, 'b.txt'), ARTICLE_B);
    const facts = join(dir, 'facts.json');
    writeFileSync(facts, JSON.stringify([resultA(), resultB()]));
    const out = join(dir, 'out');
    const args = ['--sources', sources, '--facts', facts, '--out', out, '--deck', 'ruritania'];
    runDecks(args);
    expect(readdirSync(out).sort()).toEqual(['ruritania.deck.digest.txt', 'ruritania.deck.json']);
    const first = readFileSync(join(out, 'ruritania.deck.json'), 'utf8');
    const parsed = parseDeck(JSON.parse(first));
    expect(readFileSync(join(out, 'ruritania.deck.digest.txt'), 'utf8')).toBe(
      parsed.ok ? deckDigest(parsed.deck) : 'the deck fails its schema',
    );
    const report = runDecks([...args, '--report']);
    expect(readFileSync(join(out, 'ruritania.deck.json'), 'utf8')).toBe(first);
    expect(parseDeck(JSON.parse(first)).ok).toBe(true);
    expect(report).toContain('## The 1960s');
    expect(report).toContain('conflict (date)');
  }, 30_000);
});

describe('the committed deck', () => {
  it.runIf(existsSync(DECK))('passes the schema the app uses', () => {
    const result = parseDeck(JSON.parse(readFileSync(DECK, 'utf8')));
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  // A deck change shows in review, card by card, only if its digest was regenerated with it.
  it.runIf(existsSync(DECK))('has the digest committed beside it that its cards give', () => {
    const result = parseDeck(JSON.parse(readFileSync(DECK, 'utf8')));
    const committed = readFileSync(digestPathOf(DECK), 'utf8');
    expect(committed).toBe(result.ok ? deckDigest(result.deck) : 'the deck fails its schema');
    expect(committed.split('\n').length - 1).toBe(result.ok ? result.deck.cards.length : -1);
  });

  const haveArticles = existsSync(ARTICLES) && existsSync(DECK);
  if (!haveArticles) {
    it.skip(`copies no ten-word run from the articles (skipped: ${ARTICLES} or the deck is absent)`, () => {});
  } else {
    it('copies no ten-word run from the articles in ../shared/articles', () => {
      const texts = readdirSync(ARTICLES)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => readFileSync(join(ARTICLES, f), 'utf8'));
      const deck = JSON.parse(readFileSync(DECK, 'utf8')) as Record<string, unknown>;
      // Every string of the deck but its sources, whose titles cite the articles' headlines.
      expect(copiedStrings({ ...deck, sources: [] }, texts)).toEqual([]);
    });
  }
});
