import { describe, expect, it } from 'vitest';
import type { Deck, DeckCard, Fact } from '../../domain/deck-schema.ts';
import { deckDigest, digestPathOf } from './digest.ts';

function fact(id: string, value: string): Fact {
  return {
    id,
    date: { value, precision: value.includes('/') ? 'range' : 'year' },
    era: 'e',
    type: 'other',
    actors: [],
    place: null,
    object: null,
    summary: 'The river board opened a bridge.',
    sources: [{ source: 's', paragraph: 1, item: null }],
    conflict: null,
  };
}

function card(id: string, facts: string[], prompt: string, answer: string): DeckCard {
  return {
    id,
    kind: facts.length > 1 ? 'order' : 'when',
    facts,
    era: 'e',
    prompt,
    answer,
    explanation: '',
    sources: [{ source: 's', paragraph: 1, item: null }],
    conflict: null,
  };
}

const DECK: Deck = {
  format: 1,
  id: 'rivers',
  title: 'Rivers',
  description: '',
  version: 'v',
  eras: [],
  sources: [],
  facts: [fact('f1', '1951'), fact('f2', '1954/1958')],
  cards: [
    card('c-2', ['f2'], 'When was the dam\tbuilt?', '1954–58'),
    card('c-1', ['f1'], 'When did the river board open a bridge?', '1951'),
    card('o-1', ['f1', 'f2'], 'Put these in order.', '1951: a bridge;\n1954–58: a dam'),
  ],
};

describe('deckDigest', () => {
  it('gives one tab-separated line per card, in the deck’s order: id, date, prompt, answer', () => {
    expect(deckDigest(DECK).split('\n')).toEqual([
      'c-2\t1954/1958\tWhen was the dam built?\t1954–58',
      'c-1\t1951\tWhen did the river board open a bridge?\t1951',
      'o-1\t1951,1954/1958\tPut these in order.\t1951: a bridge; 1954–58: a dam',
      '',
    ]);
  });

  it('changes when a card is reworded', () => {
    const reworded = {
      ...DECK,
      cards: [{ ...DECK.cards[0], answer: '1955' } as DeckCard, ...DECK.cards.slice(1)],
    };
    expect(deckDigest(reworded)).not.toBe(deckDigest(DECK));
  });

  it('is kept beside the deck file', () => {
    expect(digestPathOf('decks/pakistan-russia.deck.json')).toBe('decks/pakistan-russia.deck.digest.txt');
  });
});
