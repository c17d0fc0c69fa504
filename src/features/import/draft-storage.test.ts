import { describe, expect, it } from 'vitest';
import { type DraftStorage, EMPTY_DRAFT, loadDraft, saveDraft } from './draft-storage.ts';

function storage(limit = Number.POSITIVE_INFINITY): DraftStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      if (v.length > limit) throw new DOMException('full', 'QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k) => void data.delete(k),
  };
}

const draft = {
  text: 'On 2 April 1954 a pact was signed.',
  title: 'Pact',
  deckName: 'Turkey',
  files: [{ name: 'a.txt', title: 'a', text: 'x'.repeat(500) }],
};

describe('import draft storage', () => {
  it('keeps a draft and gives it back; an empty draft is removed', () => {
    const s = storage();
    expect(loadDraft(s)).toEqual(EMPTY_DRAFT);
    expect(saveDraft(s, draft)).toBe(true);
    expect(loadDraft(s)).toEqual(draft);
    saveDraft(s, { ...EMPTY_DRAFT });
    expect(s.data.size).toBe(0);
  });

  it('keeps the pasted text without the files when storage is nearly full', () => {
    const s = storage(300);
    expect(saveDraft(s, draft)).toBe(true);
    expect(loadDraft(s)).toEqual({ ...draft, files: [] });
    expect(saveDraft(storage(10), draft)).toBe(false);
  });

  it('reads a damaged or foreign value as an empty draft, and works with no storage', () => {
    const s = storage();
    s.setItem('css-recall.import-draft', '{not json');
    expect(loadDraft(s)).toEqual(EMPTY_DRAFT);
    s.setItem('css-recall.import-draft', JSON.stringify({ text: 3 }));
    expect(loadDraft(s)).toEqual(EMPTY_DRAFT);
    expect(loadDraft(null)).toEqual(EMPTY_DRAFT);
    expect(saveDraft(null, draft)).toBe(false);
  });
});
