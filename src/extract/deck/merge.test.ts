import { describe, expect, it } from 'vitest';
import { makeFact, resultA, resultB } from '../../testing/fixtures/deck/facts.ts';
import { chooseDate, findConflict } from './conflicts.ts';
import { mergeFacts } from './merge.ts';

const facts = [...resultA().facts, ...resultB().facts];
const id = (file: string): string => file.replace('.txt', '');

describe('mergeFacts', () => {
  it('joins one event told by two sources, even when their dates differ by a year', () => {
    const groups = mergeFacts(facts);
    const varga = groups.find((g) => g.some((f) => f.summary.includes('Varga')));
    expect(varga?.map((f) => f.source)).toEqual(['a.txt', 'b.txt']);
    const accord = groups.find((g) => g.some((f) => f.object === 'Harbour Accord'));
    expect(accord).toHaveLength(2);
    expect(groups).toHaveLength(5);
  });

  it('keeps events apart when their lead people differ or years are far apart', () => {
    const a = makeFact({ source: 'a.txt' });
    const b = makeFact({
      source: 'b.txt',
      actors: ['Foreign Minister Anna Lind', 'Ruritania'],
      summary: 'Foreign Minister Anna Lind visited Ruritania for talks on river trade.',
    });
    const c = makeFact({ source: 'c.txt', date: '1969', precision: 'year' });
    expect(mergeFacts([a, b])).toHaveLength(2);
    expect(mergeFacts([a, c])).toHaveLength(2);
  });
});

describe('conflicts', () => {
  it('lists each source claim when the dates disagree', () => {
    const group = mergeFacts(facts).find((g) => g.some((f) => f.summary.includes('Varga'))) ?? [];
    const shown = chooseDate(group);
    expect(shown).toEqual({ value: '1961-03-12', precision: 'day' });
    const conflict = findConflict(group, shown, new Set(), id);
    expect(conflict?.field).toBe('date');
    expect(conflict?.claims).toEqual([
      { source: 'a', value: '12 March 1961' },
      { source: 'b', value: '1962' },
    ]);
  });

  it('sees no conflict when one date only refines the other', () => {
    const a = makeFact({ source: 'a.txt' });
    const b = makeFact({ source: 'b.txt', date: '1961', precision: 'year' });
    expect(findConflict([a, b], chooseDate([a, b]), new Set(), id)).toBeNull();
  });

  it('reports a name conflict when two sources give one person different given names', () => {
    const a = makeFact({ source: 'a.txt', actors: ['General Amir Pervez Kadani'] });
    const b = makeFact({ source: 'b.txt', actors: ['General Ashraf Parvez Kidani'] });
    const conflict = findConflict([a, b], chooseDate([a, b]), new Set(), id);
    expect(conflict?.field).toBe('name');
    expect(conflict?.claims.map((c) => c.value)).toEqual(['Amir Pervez Kadani', 'Ashraf Parvez Kidani']);
  });
});
