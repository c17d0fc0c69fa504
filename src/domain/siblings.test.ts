import { describe, expect, it } from 'vitest';
import { countKeys, siblingKeys } from './siblings.ts';

const card = (kind: string, facts: string[], deckId = 'd') => ({ deckId, kind, content: { facts } });

describe('siblings', () => {
  it('are the cards of one fact within a deck; an ordering card is no sibling of its facts', () => {
    const when = siblingKeys(card('when', ['f1']));
    expect(siblingKeys(card('mcq-date', ['f1']))).toEqual(when);
    expect(siblingKeys(card('order', ['f1', 'f2', 'f3']))).toEqual([]);
    expect(siblingKeys(card('when', ['f1'], 'other'))).not.toEqual(when);
  });

  it('counts studied keys up and down (an undo takes one study away)', () => {
    const a = card('when', ['f1']);
    const twice = countKeys(countKeys(new Map(), a, 1), a, 1);
    expect(twice.get(siblingKeys(a)[0] ?? '')).toBe(2);
    expect(countKeys(countKeys(twice, a, -1), a, -1).size).toBe(0);
  });
});
