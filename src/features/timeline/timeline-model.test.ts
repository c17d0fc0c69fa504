import { describe, expect, it } from 'vitest';
import type { Era, Fact } from '../../domain/deck-schema.ts';
import { groupByEra } from './timeline-model.ts';

const eras: Era[] = [
  { id: 'a', name: 'Before', from: null, to: 1946, blurb: '' },
  { id: 'b', name: 'Middle', from: 1947, to: 1999, blurb: '' },
  { id: 'c', name: 'Now', from: 2000, to: null, blurb: '' },
];

const fact = (id: string, era: string, value: string, type: Fact['type'] = 'visit'): Fact => ({
  id,
  date: { value, precision: 'year' },
  era,
  type,
  actors: [],
  place: null,
  object: null,
  summary: id,
  sources: [{ source: 's', paragraph: 1, item: null }],
  conflict: null,
});

describe('timeline model', () => {
  it('orders eras as the deck does and facts by date, leaving out empty eras', () => {
    const groups = groupByEra(
      eras,
      [fact('x', 'c', '2010'), fact('y', 'a', '1930'), fact('z', 'c', '2001-05')],
      null,
    );
    expect(groups.map((g) => [g.era.id, g.facts.map((f) => f.id)])).toEqual([
      ['a', ['y']],
      ['c', ['z', 'x']],
    ]);
  });

  it('filters by fact type', () => {
    const groups = groupByEra(
      eras,
      [fact('x', 'b', '1950', 'agreement'), fact('y', 'b', '1960')],
      'agreement',
    );
    expect(groups[0]?.facts.map((f) => f.id)).toEqual(['x']);
  });
});
