import { describe, expect, it } from 'vitest';
import type { Conflict, DeckCard } from './deck-schema.ts';
import { gradeTyped, typedKind } from './typed-answer.ts';

const card = (kind: DeckCard['kind'], answer: string, conflict: Conflict | null = null) => ({
  kind,
  answer,
  conflict,
});

describe('typedKind', () => {
  it('types dates for date cards and names for who cards, nothing for the rest', () => {
    expect(typedKind(card('when', '10 January 1966'))).toBe('date');
    expect(typedKind(card('mcq-date', 'March–April 1954'))).toBe('date');
    expect(typedKind(card('who', 'Alexei Kosygin'))).toBe('name');
    expect(typedKind(card('what', 'Pakistan signed an agreement.'))).toBeNull();
    expect(typedKind(card('order', 'In order'))).toBeNull();
    expect(typedKind(card('when', 'soon after 1947'))).toBeNull();
  });
});

describe('gradeTyped', () => {
  it('suggests Good for right, Hard for partly right, Again for wrong', () => {
    const when = card('when', '10 January 1966');
    expect(gradeTyped(when, '10 Jan 1966')).toMatchObject({ ok: true, grade: 'right', suggested: 3 });
    expect(gradeTyped(when, '1966')).toMatchObject({ ok: true, grade: 'partial', suggested: 2 });
    expect(gradeTyped(when, '1967')).toMatchObject({ ok: true, grade: 'wrong', suggested: 1 });
    const who = card('who', 'Alexei Kosygin');
    expect(gradeTyped(who, 'Premier Kosygin')).toMatchObject({ ok: true, grade: 'right', suggested: 3 });
  });

  it('refuses empty, ambiguous and unreadable answers with a hint, grading nothing', () => {
    const when = card('when', '10 January 1966');
    expect(gradeTyped(when, '  ')).toEqual({ ok: false, hint: 'Type a date, e.g. 10 January 1966.' });
    expect(gradeTyped(when, '10/1/1966')).toMatchObject({
      ok: false,
      hint: 'Is that 10 January 1966 or 1 October 1966? Write the month as a word.',
    });
    expect(gradeTyped(when, 'long ago')).toMatchObject({ ok: false });
    expect(gradeTyped(card('who', 'Alexei Kosygin'), '')).toEqual({ ok: false, hint: 'Type a name.' });
    expect(gradeTyped(card('what', 'A sentence.'), 'x')).toMatchObject({ ok: false });
  });

  it('a date another source gives is partly right, and says so', () => {
    const conflict: Conflict = {
      field: 'date',
      claims: [
        { source: 'a', value: '17 April 1968' },
        { source: 'b', value: '1969' },
      ],
      note: 'One source gives 17 April 1968, another 1969.',
    };
    expect(gradeTyped(card('when', '17 April 1968', conflict), '1969')).toEqual({
      ok: true,
      grade: 'partial',
      message: "Partly right: one source gives 1969; this card's answer is 17 April 1968.",
      suggested: 2,
    });
  });

  it('a name another source gives is right', () => {
    const conflict: Conflict = {
      field: 'name',
      claims: [
        { source: 'a', value: 'Amjad Pervaiz Kiyani' },
        { source: 'b', value: 'Ashfaq Pervaiz Kayani' },
      ],
      note: 'The sources name this person differently.',
    };
    expect(gradeTyped(card('who', 'Ashfaq Pervaiz Kayani', conflict), 'Amjad Kiyani')).toMatchObject({
      grade: 'right',
    });
  });
});
