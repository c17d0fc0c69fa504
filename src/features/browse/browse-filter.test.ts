import { describe, expect, it } from 'vitest';
import { makeCard, makeDeckCard } from '../../testing/cards.ts';
import { cardStatus, EMPTY_FILTER, filterCards, foldText } from './browse-filter.ts';

const cards = [
  makeCard({ id: 'a', content: makeDeckCard({ id: 'a', prompt: 'When was the canal treaty signed?' }) }),
  makeCard({
    id: 'b',
    era: 'late',
    kind: 'who',
    state: 2,
    content: makeDeckCard({ id: 'b', kind: 'who', era: 'late', prompt: 'Who led the Café delegation?' }),
  }),
  makeCard({ id: 'c', suspended: 1 }),
  makeCard({ id: 'd', retired: 1 }),
];

describe('browse filter', () => {
  it('hides retired cards unless asked for them', () => {
    expect(filterCards(cards, EMPTY_FILTER).map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(filterCards(cards, { ...EMPTY_FILTER, status: 'retired' }).map((c) => c.id)).toEqual(['d']);
  });

  it('needs every query word, ignoring case, accents and apostrophes', () => {
    expect(filterCards(cards, { ...EMPTY_FILTER, query: 'CANAL signed' }).map((c) => c.id)).toEqual(['a']);
    expect(filterCards(cards, { ...EMPTY_FILTER, query: 'cafe' }).map((c) => c.id)).toEqual(['b']);
    expect(filterCards(cards, { ...EMPTY_FILTER, query: 'canal café' })).toEqual([]);
    expect(foldText('Kosygin’s Visit')).toBe('kosygins visit');
  });

  it('filters by era, kind and state', () => {
    expect(filterCards(cards, { ...EMPTY_FILTER, era: 'late' }).map((c) => c.id)).toEqual(['b']);
    expect(filterCards(cards, { ...EMPTY_FILTER, kind: 'who' }).map((c) => c.id)).toEqual(['b']);
    expect(filterCards(cards, { ...EMPTY_FILTER, status: 'review' }).map((c) => c.id)).toEqual(['b']);
    expect(filterCards(cards, { ...EMPTY_FILTER, status: 'suspended' }).map((c) => c.id)).toEqual(['c']);
  });

  it('gives suspension and retirement precedence over the scheduling state', () => {
    expect(cardStatus(makeCard({ id: 'x', state: 2, suspended: 1 }))).toBe('suspended');
    expect(cardStatus(makeCard({ id: 'x', state: 2, suspended: 1, retired: 1 }))).toBe('retired');
    expect(cardStatus(makeCard({ id: 'x', state: 3 }))).toBe('relearning');
  });
});
