// Browse with 20,000 cards: how long a keystroke in the search box takes to filter the list.
import type { CardRecord } from '../db/schema.ts';
import { asCardId, asDeckId } from '../domain/ids.ts';
import { EMPTY_FILTER, filterCards } from '../features/browse/browse-filter.ts';
import type { BenchCase } from './harness.ts';

function syntheticCards(n: number): CardRecord[] {
  return Array.from({ length: n }, (_, i) => ({
    id: asCardId(`c${i}`),
    deckId: asDeckId('bench'),
    era: `era-${i % 9}`,
    kind: 'when',
    content: {
      id: `c${i}`,
      kind: 'when',
      facts: [`f${i}`],
      era: `era-${i % 9}`,
      prompt: `When did delegation number ${i} sign the protocol on trade and transit?`,
      answer: `${1947 + (i % 78)}`,
      explanation: 'A synthetic card for timing.',
      sources: [{ source: 's', paragraph: 1, item: null }],
      conflict: null,
    },
    conflict: null,
    due: new Date(0),
    stability: 0,
    difficulty: 0,
    elapsed_days: 0,
    scheduled_days: 0,
    learning_steps: 0,
    reps: 0,
    lapses: 0,
    state: 0,
    suspended: 0,
    retired: 0,
  }));
}

export function browseCases(): BenchCase[] {
  const cards = syntheticCards(20_000);
  filterCards(cards, { ...EMPTY_FILTER, query: 'warm' });
  return [
    { name: 'browse: filter 20k cards, no query', fn: () => filterCards(cards, EMPTY_FILTER) },
    {
      name: 'browse: filter 20k cards, two-word query',
      fn: () => filterCards(cards, { ...EMPTY_FILTER, query: 'number 1234' }),
    },
    {
      name: 'browse: filter 20k cards, query + era',
      fn: () => filterCards(cards, { ...EMPTY_FILTER, query: 'trade', era: 'era-3' }),
    },
  ];
}
