import { describe, expect, it } from 'vitest';
import { makeDeckCard } from '../testing/cards.ts';
import { applyEdit, checkEdit, editableFields, sameFields, trimFields } from './card-edit.ts';

describe('card edits', () => {
  const mcq = makeDeckCard({ kind: 'mcq-date', answer: '1961', choices: ['1959', '1961', '1963', '1965'] });

  it('round-trips: the deck fields applied to the card give the card back', () => {
    expect(applyEdit(mcq, editableFields(mcq))).toEqual(mcq);
    expect(sameFields(editableFields(mcq), editableFields(mcq))).toBe(true);
    expect(
      sameFields(editableFields(mcq), { ...editableFields(mcq), choices: ['1959', '1961', '1963', '1966'] }),
    ).toBe(false);
  });

  it('lays the edited fields over the deck text and leaves sources alone', () => {
    const out = applyEdit(mcq, {
      prompt: 'Q?',
      answer: '1963',
      explanation: 'n',
      choices: ['1959', '1961', '1963', '1964'],
    });
    expect(out).toMatchObject({ prompt: 'Q?', answer: '1963', explanation: 'n', sources: mcq.sources });
    expect(out.choices).toEqual(['1959', '1961', '1963', '1964']);
    expect(
      applyEdit(makeDeckCard(), { prompt: 'Q', answer: 'A', explanation: '', choices: ['x'] }).choices,
    ).toBeUndefined();
  });

  it('checks what an edit needs, in words', () => {
    expect(checkEdit(editableFields(mcq))).toEqual([]);
    expect(checkEdit({ prompt: ' ', answer: '', explanation: '' })).toEqual([
      'The question cannot be empty.',
      'The answer cannot be empty.',
    ]);
    expect(
      checkEdit({ prompt: 'Q', answer: '1961', explanation: '', choices: ['1959', '', '1963', '1965'] }),
    ).toEqual(['Every option needs a text.', 'One of the options must be the answer.']);
    expect(
      checkEdit({
        prompt: 'Q',
        answer: ' 1961 ',
        explanation: '',
        choices: ['1961 ', '1962', '1963', '1964'],
      }),
    ).toEqual([]);
    expect(trimFields({ prompt: ' Q ', answer: ' A ', explanation: ' n ', choices: [' a '] })).toEqual({
      prompt: 'Q',
      answer: 'A',
      explanation: 'n',
      choices: ['a'],
    });
  });
});
