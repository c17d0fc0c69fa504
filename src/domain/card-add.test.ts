import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { checkNewCard, isOwnCard, ownDeckCard } from './card-add.ts';
import { DeckCardSchema } from './deck-schema.ts';

const fields = { kind: 'when' as const, era: 'e1', prompt: ' When? ', answer: ' 1966 ', explanation: '' };

describe('a card added by hand', () => {
  it('is a valid deck card of its own fact, citing the person, with trimmed text', () => {
    const card = ownDeckCard(fields, 'abc');
    expect(v.safeParse(DeckCardSchema, card).success).toBe(true);
    expect(card).toMatchObject({ id: 'own-abc', facts: ['own-abc'], prompt: 'When?', answer: '1966' });
    expect(isOwnCard(card)).toBe(true);
    expect(isOwnCard({ id: 'c-tashkent-when' })).toBe(false);
  });

  it('needs a question, an answer and one of the deck’s eras', () => {
    expect(checkNewCard(fields, ['e1'])).toEqual([]);
    expect(checkNewCard({ ...fields, prompt: ' ', answer: '', era: 'x' }, ['e1'])).toEqual([
      'The question cannot be empty.',
      'The answer cannot be empty.',
      'Choose one of the deck’s eras.',
    ]);
  });
});
