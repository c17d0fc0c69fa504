import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { DeckSchema } from './deck-schema.ts';
import { asDeckId } from './ids.ts';
import { deckNameOf, importedCardId, importedDeckId } from './imported-deck.ts';

describe('imported decks', () => {
  it('names a deck, falling back to the default', () => {
    expect(deckNameOf('  Turkey   and  me ')).toBe('Turkey and me');
    expect(deckNameOf(' \n ')).toBe('My articles');
    expect(deckNameOf('x'.repeat(300))).toHaveLength(120);
  });

  it('makes a deck id from a name: letters and digits, accents dropped, always prefixed', () => {
    expect(importedDeckId('My articles')).toBe('imported-my-articles');
    expect(importedDeckId('  my ARTICLES!! ')).toBe('imported-my-articles');
    expect(importedDeckId('')).toBe('imported-my-articles');
    expect(importedDeckId('Ankara–Islamabad, 1950s')).toBe('imported-ankara-islamabad-1950s');
    expect(importedDeckId('Café Türkiye')).toBe('imported-cafe-turkiye');
    expect(importedDeckId('pakistan-russia')).toBe('imported-pakistan-russia');
  });

  it('gives a name with no Latin letters a stable id of its own', () => {
    const urdu = importedDeckId('میرے مضامین');
    expect(urdu).toMatch(/^imported-deck-[0-9a-f]{8}$/);
    expect(importedDeckId('میرے مضامین')).toBe(urdu);
    expect(importedDeckId('ترکی')).not.toBe(urdu);
  });

  it('makes ids the deck schema accepts', () => {
    const long = importedDeckId(`${'Relations '.repeat(20)}!`);
    expect(long.endsWith('-')).toBe(false);
    for (const id of [long, importedDeckId('میرے'), importedDeckId('A b')]) {
      expect(v.safeParse(DeckSchema.entries.id, id).success).toBe(true);
    }
  });

  it('keeps card ids apart per deck', () => {
    expect(importedCardId(asDeckId('imported-a'), 'c-1')).toBe('imported-a:c-1');
    expect(importedCardId(asDeckId('imported-b'), 'c-1')).not.toBe(
      importedCardId(asDeckId('imported-a'), 'c-1'),
    );
  });
});
