import { describe, expect, it } from 'vitest';
import { ARTICLE_A, ARTICLE_B, resultA, resultB } from '../../testing/fixtures/deck/facts.ts';
import { cardAliases } from './aliases.ts';
import { buildDeck, type DeckInput } from './build-deck.ts';

const input: DeckInput = {
  id: 'ruritania',
  title: 'Ruritania and Borduria',
  description: 'Test deck.',
  eras: [{ id: 'all', name: 'All years', from: null, to: null, blurb: '' }],
  results: [resultA(), resultB()],
  texts: new Map([
    ['a.txt', ARTICLE_A],
    ['b.txt', ARTICLE_B],
  ]),
};

describe('cardAliases', () => {
  const deck = buildDeck(input).deck;
  // The previous version: the same cards under the ids an older rule gave them.
  const old = { ...deck, cards: deck.cards.map((c) => ({ ...c, id: `old-${c.id}` })) };

  it('maps each re-keyed card to the new card of its kind, fact sources and date', () => {
    const aliases = cardAliases(old, deck);
    expect(aliases).toEqual(Object.fromEntries(deck.cards.map((c) => [`old-${c.id}`, c.id]).sort()));
  });

  it('maps nothing when no id changed, and carries aliases shipped before', () => {
    expect(cardAliases(deck, deck)).toEqual({});
    const shipped = { ...deck, aliases: { 'older-x': deck.cards[0]?.id ?? '' } };
    expect(cardAliases(shipped, deck)).toEqual({ 'older-x': deck.cards[0]?.id });
  });

  it('is written into the deck built against its previous version, and hashed with it', () => {
    const built = buildDeck({ ...input, previous: old }).deck;
    expect(Object.keys(built.aliases ?? {})).toHaveLength(deck.cards.length);
    expect(built.version).not.toBe(deck.version);
    expect(buildDeck({ ...input, previous: deck }).deck).toEqual(deck);
  });
});
