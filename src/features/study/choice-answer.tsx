// A multiple-choice card: pick one of four (click, or keys 1–4), then see which was right.
import type { DeckCard } from '../../domain/deck-schema.ts';

interface ChoiceAnswerProps {
  card: DeckCard;
  chosen: string | null;
  /** The answer is shown (chosen, or by "Show answer" without a choice): the right option is marked. */
  revealed: boolean;
  onChoose: (choice: string) => void;
}

export function ChoiceAnswer({ card, chosen, revealed, onChoose }: ChoiceAnswerProps) {
  const choices = card.choices ?? [];
  const answered = chosen !== null || revealed;
  return (
    <fieldset className="study-choices">
      <legend className="visually-hidden">Choices</legend>
      {choices.map((choice, i) => {
        const right = choice === card.answer;
        const mark = !answered ? '' : right ? 'is-right' : choice === chosen ? 'is-wrong' : '';
        return (
          <button
            key={choice}
            type="button"
            className={`btn study-choice ${mark}`}
            aria-pressed={choice === chosen}
            disabled={answered}
            onClick={() => onChoose(choice)}
          >
            <kbd>{i + 1}</kbd>
            <span>{choice}</span>
            {answered && right ? (
              <span className="study-mark">{chosen === null ? '✓ the answer' : '✓ right'}</span>
            ) : null}
            {answered && !right && choice === chosen ? (
              <span className="study-mark">✗ your choice</span>
            ) : null}
          </button>
        );
      })}
    </fieldset>
  );
}
