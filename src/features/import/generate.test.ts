import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../domain/deck-schema.ts';
import { TURKEY_TIES } from '../../testing/fixtures/extract/turkey-ties.ts';
import { createGenerate } from './generate.ts';
import { shippedEraFiles } from './shipped-eras.ts';

// Made up for this test, in our own words: Russian words enough for the shipped era file to fit.
const MOSCOW_NOTES = `Notes on Moscow and Karachi

In April 1965 President Ayub Khan paid a state visit to Moscow, the first by a Pakistani head of state to the Soviet capital.

Premier Alexei Kosygin came to Rawalpindi in April 1968. Soviet engineers later helped to build the steel mill at Karachi.

In 2014 Russia and Pakistan signed a defence cooperation agreement in Rawalpindi, and the Kremlin called it a new start.
`;

const turkey = { id: 'a-turkey', title: 'Seven decades with Ankara', text: TURKEY_TIES };

describe('generate (the import worker’s work)', () => {
  const generate = createGenerate(shippedEraFiles());

  it('tells how far it has come: each article, then the deck', () => {
    const seen: unknown[] = [];
    generate(
      { deckId: 'imported-p', title: 'P', articles: [turkey, { ...turkey, id: 'a-two', title: 'Two' }] },
      (p) => seen.push(p),
    );
    expect(seen).toEqual([
      { stage: 'reading', article: 1, of: 2, title: turkey.title },
      { stage: 'reading', article: 2, of: 2, title: 'Two' },
      { stage: 'building', of: 2 },
    ]);
  });

  it('reads the shipped era files', () => {
    expect(shippedEraFiles().map((f) => f.id)).toContain('pakistan-russia');
  });

  it('builds a valid deck: article ids as sources with their given titles, card ids of this deck', () => {
    const { deck, dropped, found } = generate({
      deckId: 'imported-my-articles',
      title: 'My articles',
      articles: [turkey],
    });
    expect(parseDeck(deck).ok).toBe(true);
    expect(deck).toMatchObject({ id: 'imported-my-articles', title: 'My articles' });
    expect(deck.sources).toEqual([
      { id: 'a-turkey', file: 'a-turkey.txt', title: 'Seven decades with Ankara', author: 'Staff Writer' },
    ]);
    expect(found['a-turkey']).toBeGreaterThanOrEqual(5);
    expect(deck.cards.length).toBeGreaterThan(5);
    expect(deck.cards.every((c) => c.id.startsWith('imported-my-articles:'))).toBe(true);
    // No era file is about Turkey: one era per decade.
    expect(deck.eras.every((e) => /^\d{4}s$|^before-1900$/.test(e.id))).toBe(true);
    expect(Array.isArray(dropped)).toBe(true);
  });

  it('is deterministic, and the version follows the content', () => {
    const request = { deckId: 'imported-a', title: 'A', articles: [turkey] };
    const first = generate(request).deck;
    expect(createGenerate([])(request).deck).toEqual(first);
    const renamed = generate({ ...request, title: 'B' }).deck;
    expect(renamed.version).not.toBe(first.version);
    const moreText = generate({
      ...request,
      articles: [{ ...turkey, text: `${TURKEY_TIES}\n${MOSCOW_NOTES}` }],
    });
    expect(moreText.deck.version).not.toBe(first.version);
  });

  it('uses the shipped era file when the articles are about its topic', () => {
    const { deck } = generate({
      deckId: 'imported-russia',
      title: 'Russia',
      articles: [{ id: 'a-moscow', title: 'Notes on Moscow', text: MOSCOW_NOTES }],
    });
    const russia = shippedEraFiles().find((f) => f.id === 'pakistan-russia');
    // The era file's eras that hold a card, in its order.
    expect(deck.cards.length).toBeGreaterThan(0);
    expect(deck.eras).toEqual(russia?.eras.filter((e) => deck.cards.some((c) => c.era === e.id)));
  });

  it('counts no facts in text without dates', () => {
    const { deck, found } = generate({
      deckId: 'imported-a',
      title: 'A',
      articles: [
        { id: 'a-none', title: 'None', text: 'The two countries are friends.\n\nThey trade a lot.' },
      ],
    });
    expect(found).toEqual({ 'a-none': 0 });
    expect(deck.cards).toEqual([]);
    expect(parseDeck(deck).ok).toBe(true);
  });
});
