import { describe, expect, it } from 'vitest';
import type { DateValue } from '../../domain/deck-schema.ts';
import type { FactDraft } from './draft.ts';
import { distractors, whenPrompt } from './fact-cards.ts';

const ERA = { id: 'middle', name: 'The middle years', from: 1950, to: 1975, blurb: 'Pacts and wars.' };

function draft(date: DateValue, id = 'f-1'): FactDraft {
  return {
    fact: {
      id,
      date,
      era: 'middle',
      type: 'agreement',
      actors: ['Ruritania', 'Borduria'],
      place: null,
      object: null,
      summary: 'Ruritania and Borduria signed the Harbour Accord.',
      sources: [{ source: 'a', paragraph: 1, item: null }],
      conflict: null,
    },
    clause: null,
    people: [],
    told: true,
    sentence: 'Ruritania and Borduria signed the Harbour Accord.',
    clauseText: 'Ruritania and Borduria signed the Harbour Accord.',
    source: 'a.txt',
    sortKey: date.value,
    nation: null,
  };
}

describe('distractors', () => {
  it('gives a day at the end of a month wrong days that differ and exist', () => {
    for (let n = 0; n < 20; n++) {
      const wrong = distractors(draft({ value: '1961-03-31', precision: 'day' }, `f-${n}`), ERA, 1975) ?? [];
      expect(wrong).toHaveLength(3);
      const days = wrong.map((w) => Number(w.split(' ')[0]));
      // Not every option on one day, unlike the answer.
      expect(new Set(days).size).toBeGreaterThan(1);
      for (const w of wrong) expect(Number.isNaN(Date.parse(`${w} UTC`))).toBe(false);
    }
  });

  it('keeps wrong years near the answer, never before the deck’s first year', () => {
    for (let n = 0; n < 20; n++) {
      const wrong = distractors(draft({ value: '1965', precision: 'year' }, `f-${n}`), ERA, 1975, 1962) ?? [];
      const years = wrong.map(Number);
      expect(years).not.toContain(1965);
      for (const y of years) {
        expect(y).toBeGreaterThanOrEqual(1962);
        expect(Math.abs(y - 1965)).toBeLessThanOrEqual(4);
      }
    }
  });
});

describe('whenPrompt', () => {
  it('asks when a happening named with its object took place, not when it had its effect', () => {
    const d = draft({ value: '1979-12', precision: 'month' });
    const clause = {
      subject: 'The Bordurian invasion of Ruritania',
      past: 'drew',
      infinitive: 'draw',
      passive: null,
      rest: ' Syldavia and Varna closer',
    };
    expect(whenPrompt({ ...d, clause })).toBe('When did the Bordurian invasion of Ruritania take place?');
  });
});

describe('whenPrompt and "from which year"', () => {
  it('asks "from which year" only when the fact’s own year is a start ("since 1950"), not another year’s', () => {
    const clause = {
      subject: 'Borduria',
      past: 'imposed',
      infinitive: 'impose',
      passive: null,
      rest: ' sanctions on Ruritania',
    };
    const d = draft({ value: '1998', precision: 'year' });
    const other = {
      ...d,
      clause,
      sentence: 'From 1988 to 2001 ties were low, and in 1998 Borduria imposed sanctions on Ruritania.',
    };
    expect(whenPrompt(other)).toBe('In which year did Borduria impose sanctions on Ruritania?');
    const own = { ...d, clause, sentence: 'Since 1998 Borduria imposed sanctions on Ruritania.' };
    expect(whenPrompt(own)).toBe('From which year did Borduria impose sanctions on Ruritania?');
  });
});

describe('distractors at the deck’s start', () => {
  it('gives no wrong day in the deck’s first year, whose early months come before anything it tells', () => {
    const era = { ...ERA, from: 1947 };
    for (let n = 0; n < 20; n++) {
      const wrong =
        distractors(draft({ value: '1950-03-18', precision: 'day' }, `f-${n}`), era, 1975, 1947) ?? [];
      expect(wrong).toHaveLength(3);
      for (const w of wrong) expect(w).not.toMatch(/1947$/);
    }
    const years = distractors(draft({ value: '1949', precision: 'year' }), era, 1975, 1947) ?? [];
    expect(years).toHaveLength(3);
  });
});

describe('distractors for a person’s deed', () => {
  it('stays inside the years the deck names the person, in the answer’s own year when those are all', () => {
    for (let n = 0; n < 20; n++) {
      const d = draft({ value: '1950-05', precision: 'month' }, `f-${n}`);
      const wide = distractors(d, ERA, 1975, 1947, { from: 1947, to: 1951 }) ?? [];
      expect(wide).toHaveLength(3);
      for (const w of wide) expect(Number(w.slice(-4))).toBeLessThanOrEqual(1951);
      const one = distractors(d, ERA, 1975, 1947, { from: 1950, to: 1950 }) ?? [];
      expect(one).toHaveLength(3);
      expect(new Set([...one, 'May 1950']).size).toBe(4);
      for (const w of one) expect(w).toMatch(/ 1950$/);
    }
  });

  it('widens a one-year span for a year answer, which cannot move within its year', () => {
    const era = { ...ERA, from: 1991, to: 2005 };
    const years = distractors(draft({ value: '1999', precision: 'year' }), era, 2010, 1947, {
      from: 1999,
      to: 1999,
    });
    expect(years).toHaveLength(3);
    for (const y of years ?? []) expect(Math.abs(Number(y) - 1999)).toBeLessThanOrEqual(3);
  });
});

describe('distractors for the Soviet Union', () => {
  it('gives no option after 1991 for a deed of the Soviet Union', () => {
    const d = draft({ value: '1991-11', precision: 'month' });
    const soviet = { ...d, fact: { ...d.fact, summary: 'The Soviet Union first backed the plan.' } };
    const era = { ...ERA, from: 1991, to: 2000 };
    for (let n = 0; n < 10; n++) {
      const wrong = distractors({ ...soviet, fact: { ...soviet.fact, id: `f-${n}` } }, era, 2016, 1947) ?? [];
      expect(wrong).toHaveLength(3);
      for (const w of wrong) expect(Number(w.slice(-4))).toBeLessThanOrEqual(1991);
    }
  });
});

describe('whenPrompt for one of many such events', () => {
  it('gives the year and asks the months when the subject is "a festival", "a troupe"', () => {
    const d = draft({ value: '1954-03/1954-04', precision: 'range' });
    const festival = {
      ...d,
      clause: {
        subject: 'A festival of Bordurian films',
        past: 'held',
        infinitive: 'hold',
        passive: 'was',
        rest: ' in Varna',
      },
    };
    expect(whenPrompt(festival)).toBe(
      'In which months of 1954 was a festival of Bordurian films held in Varna?',
    );
    const one = {
      ...festival,
      fact: { ...festival.fact, date: { value: '1954-03', precision: 'month' as const } },
    };
    expect(whenPrompt(one)).toBe('In which month of 1954 was a festival of Bordurian films held in Varna?');
    const the = { ...festival, clause: { ...festival.clause, subject: 'The Varna film festival' } };
    expect(whenPrompt(the)).toBe('When was the Varna film festival held in Varna?');
  });
});

describe('distractors and the office a question names', () => {
  it('keeps to the office’s first year even when the span has too few free years', () => {
    const d = draft({ value: '2012', precision: 'year' });
    const era = { ...ERA, from: 2001, to: 2013 };
    for (let n = 0; n < 10; n++) {
      const wrong =
        distractors({ ...d, fact: { ...d.fact, id: `f-${n}` } }, era, 2019, 1947, {
          from: 2010,
          to: 2019,
          notBefore: 2012,
        }) ?? [];
      expect(wrong).toHaveLength(3);
      for (const w of wrong) expect(Number(w)).toBeGreaterThan(2012);
    }
  });

  it('gives no option before the first year the person held that office', () => {
    const d = draft({ value: '1974', precision: 'year' });
    const era = { ...ERA, from: 1970, to: 1980 };
    for (let n = 0; n < 10; n++) {
      const wrong =
        distractors({ ...d, fact: { ...d.fact, id: `f-${n}` } }, era, 1990, 1947, {
          from: 1971,
          to: 1974,
          notBefore: 1973,
        }) ?? [];
      expect(wrong).toHaveLength(3);
      for (const w of wrong) expect(Number(w)).toBeGreaterThanOrEqual(1973);
    }
  });
});
