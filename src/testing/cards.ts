// Builders for card and deck records in tests, written in our own words.
import type { CardRecord, DeckRecord } from '../db/schema.ts';
import type { DeckCard } from '../domain/deck-schema.ts';
import { asCardId, asDeckId } from '../domain/ids.ts';

export function makeDeckCard(over: Partial<DeckCard> = {}): DeckCard {
  return {
    id: 'c1',
    kind: 'when',
    facts: ['f1'],
    era: 'early',
    prompt: 'When did the two ministers open the trade office?',
    answer: '12 March 1961',
    explanation: 'The office was the first of its kind.',
    sources: [{ source: 's1', paragraph: 2, item: null }],
    conflict: null,
    ...over,
  };
}

export function makeCard(over: Omit<Partial<CardRecord>, 'id'> & { id: string } = { id: 'c1' }): CardRecord {
  const content = over.content ?? makeDeckCard({ id: over.id });
  return {
    deckId: asDeckId('sample'),
    era: content.era,
    kind: content.kind,
    conflict: content.conflict,
    due: new Date('2026-01-01T00:00:00Z'),
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
    ...over,
    content,
    id: asCardId(over.id),
  };
}

export function makeDeckRecord(over: Partial<DeckRecord> = {}): DeckRecord {
  return {
    id: asDeckId('sample'),
    title: 'Sample relations',
    description: 'A small deck for tests.',
    version: 'v1',
    eras: [
      { id: 'early', name: 'Early years', from: null, to: 1969, blurb: '' },
      { id: 'late', name: 'Later years', from: 1970, to: null, blurb: '' },
    ],
    sources: [{ id: 's1', file: 'one.txt', title: 'A made-up article', author: 'A. Writer' }],
    facts: [],
    origin: 'shipped',
    loadedAt: new Date('2026-01-01T00:00:00Z'),
    ...over,
  };
}
