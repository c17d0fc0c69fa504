// Answering a card by typing a date or a name: Enter checks it; a refused answer (empty, unreadable,
// "10/1/1966") gets a hint and can be typed again; a graded one reveals the card with a suggested rating.
import { type FormEvent, useId, useRef, useState } from 'react';
import type { DeckCard } from '../domain/deck-schema.ts';
import type { RatingValue } from '../domain/scheduler.ts';
import { gradeTyped, type TypedKind, typedKind } from '../domain/typed-answer.ts';
import type { TypedGrade } from '../domain/typed-date.ts';
import './typed-answer.css';

export interface TypedAnswerGraded {
  grade: TypedGrade;
  suggested: RatingValue;
  typed: string;
}

interface TypedAnswerProps {
  card: Pick<DeckCard, 'kind' | 'answer' | 'conflict'>;
  /** Called once the typed answer is graded: the grade, the rating it suggests, and what was typed. */
  onGraded: (graded: TypedAnswerGraded) => void;
  /** Disables the field once the answer is shown. */
  revealed: boolean;
  /** Label for the check button (default "Check"). */
  checkLabel?: string;
}

const PLACEHOLDERS: Record<TypedKind, string> = {
  date: 'e.g. 10 January 1966 or 1966',
  name: 'e.g. Kosygin',
};

export const VERDICT_CLASS: Record<TypedGrade, string> = {
  right: 'is-right',
  partial: 'is-partial',
  wrong: 'is-wrong',
};

export function TypedAnswer({ card, onGraded, revealed, checkLabel = 'Check' }: TypedAnswerProps) {
  const kind = typedKind(card);
  const id = useId();
  const [text, setText] = useState('');
  const [hint, setHint] = useState<string | null>(null);
  const [verdict, setVerdict] = useState<{ grade: TypedGrade; message: string } | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  if (kind === null) return null;

  const check = (e: FormEvent) => {
    e.preventDefault();
    if (revealed || verdict) return;
    const result = gradeTyped(card, text);
    if (!result.ok) {
      setHint(result.hint);
      return;
    }
    setHint(null);
    setVerdict({ grade: result.grade, message: result.message });
    onGraded({ grade: result.grade, suggested: result.suggested, typed: text });
    // Out of the field, so the next Space or Enter accepts the suggested rating, as after a choice.
    inputRef.current?.blur();
  };

  const locked = revealed || verdict !== null;
  return (
    <form className="typed-answer" onSubmit={check}>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-input`}>
          {kind === 'date' ? 'Type the date' : 'Type the name'}
        </label>
        <div className="typed-answer-row">
          <input
            ref={inputRef}
            id={`${id}-input`}
            type="text"
            autoComplete="off"
            spellCheck={false}
            placeholder={PLACEHOLDERS[kind]}
            value={text}
            readOnly={locked}
            aria-invalid={hint ? true : undefined}
            aria-describedby={hint ? `${id}-hint` : undefined}
            onChange={(e) => {
              setText(e.target.value);
              setHint(null);
            }}
          />
          {locked ? null : (
            <button type="submit" className="btn">
              {checkLabel}
            </button>
          )}
        </div>
        {hint ? (
          <p id={`${id}-hint`} className="field-hint field-error" role="alert">
            {hint}
          </p>
        ) : null}
      </div>
      {verdict ? (
        <p className={`study-verdict ${VERDICT_CLASS[verdict.grade]}`} role="status">
          {verdict.message}
        </p>
      ) : null}
    </form>
  );
}
