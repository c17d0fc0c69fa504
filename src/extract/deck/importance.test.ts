import { describe, expect, it } from 'vitest';
import type { FactDraft } from './draft.ts';
import { importance, MINOR_BELOW } from './importance.ts';

const draft = (over: {
  type?: FactDraft['fact']['type'];
  sources?: number;
  text?: string;
  sentence?: string;
}) =>
  ({
    fact: {
      type: over.type ?? 'visit',
      summary: over.text ?? 'A delegation toured the port.',
      sources: Array.from({ length: over.sources ?? 1 }, (_, i) => ({
        source: `s${i}`,
        paragraph: 1,
        item: null,
      })),
    },
    clauseText: over.text ?? 'A delegation toured the port.',
    sentence: over.sentence ?? 'A delegation toured the port in 1961.',
  }) as unknown as FactDraft;

describe('importance', () => {
  it('counts sources, a weighty type, a weighty word and a long telling', () => {
    expect(importance(draft({}))).toBe(1);
    expect(importance(draft({}))).toBeLessThan(MINOR_BELOW);
    expect(importance(draft({ sources: 3 }))).toBe(3);
    expect(importance(draft({ type: 'agreement', text: 'Both signed the Harbour Treaty.' }))).toBe(3);
    expect(importance(draft({ text: 'The premier paid the first visit to Varna.' }))).toBe(2);
    expect(importance(draft({ sentence: 'word '.repeat(30) }))).toBe(2);
  });
});
