import { describe, expect, it } from 'vitest';
import type { DateValue } from '../../domain/deck-schema.ts';
import type { Clause } from '../retell.ts';
import type { FactDraft } from './draft.ts';
import { tiesAfterEnvoys } from './implied.ts';

function draft(source: string, date: DateValue, clause: Clause): FactDraft {
  return {
    fact: {
      id: `f-${source}-${date.value}`,
      date,
      era: 'early',
      type: 'relations',
      actors: [],
      place: null,
      object: null,
      summary: `${clause.subject} ${clause.past}${clause.rest}.`,
      sources: [{ source, paragraph: 1, item: null }],
      conflict: null,
    },
    clause,
    people: [],
    told: true,
    sentence: '',
    clauseText: '',
    source: 'a.txt',
    sortKey: date.value,
    nation: null,
  };
}

const ties = draft(
  'b',
  { value: '1950/1953', precision: 'range' },
  {
    subject: 'India–USSR relations',
    past: 'established',
    infinitive: 'establish',
    passive: 'were',
    rest: '',
  },
);
const envoy = draft(
  'a',
  { value: '1947-08-13', precision: 'day' },
  {
    subject: 'Indian ambassador Vera Lind',
    past: 'presented',
    infinitive: 'present',
    passive: null,
    rest: ' her credentials in Moscow',
  },
);

describe('tiesAfterEnvoys', () => {
  it('sees ties dated after an envoy of one state presented credentials in the other', () => {
    const [out] = tiesAfterEnvoys([ties, envoy]);
    expect(out?.fact.conflict).toEqual({
      field: 'date',
      claims: [
        { source: 'b', value: '1950–1953' },
        { source: 'a', value: 'by 13 August 1947' },
      ],
      note: 'One source dates these ties to 1950–1953; another says the Indian ambassador Vera Lind presented her credentials in Moscow on 13 August 1947, so they stood by then.',
    });
  });

  it('leaves ties alone when the envoy came later, served elsewhere, or the same source tells both', () => {
    const later = { ...envoy, fact: { ...envoy.fact, date: { value: '1955', precision: 'year' as const } } };
    expect(tiesAfterEnvoys([ties, later])[0]).toBe(ties);
    const elsewhere = {
      ...envoy,
      clause: { ...(envoy.clause as Clause), rest: ' her credentials in Washington' },
    };
    expect(tiesAfterEnvoys([ties, elsewhere])[0]).toBe(ties);
    const same = { ...envoy, fact: { ...envoy.fact, sources: [{ source: 'b', paragraph: 2, item: null }] } };
    expect(tiesAfterEnvoys([ties, same])[0]).toBe(ties);
  });
});
