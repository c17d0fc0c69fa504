import { describe, expect, it } from 'vitest';
import { CHINA_TIES } from '../testing/fixtures/extract/china-ties.ts';
import { extractArticle } from './index.ts';

// Source files of the extractor (not the deck writer's, not tests), read as text by Vite.
const sources = import.meta.glob(['./*.ts', './dates/*.ts', './lexicon/*.ts', '!./**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

describe('the extractor is browser-safe', () => {
  it('has source files to check', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(5);
  });

  it.each(Object.entries(sources))('%s uses no Node APIs', (_file, text) => {
    const code = String(text);
    expect(code).not.toMatch(/from ['"]node:|require\(|\bprocess\.|\b__dirname\b|\bBuffer\b/);
    expect(code).not.toMatch(/from ['"](fs|path|os|child_process)['"]/);
  });

  it('runs in a browser-like environment', () => {
    expect(typeof window).toBe('object');
    const result = extractArticle({ source: 'china-ties.txt', text: CHINA_TIES });
    expect(result.facts.length).toBeGreaterThan(5);
  });
});
