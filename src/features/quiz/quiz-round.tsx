// One quiz paper being answered: a question at a time (pick, type or order), an optional count-down
// that ends the paper when it runs out, and the answers handed back when the paper is done.
import { useEffect, useRef, useState } from 'react';
import { gradeOrder, moveItem, OrderAnswer, shuffledOrder } from '../../components/order-answer.tsx';
import { TypedAnswer } from '../../components/typed-answer.tsx';
import type { TypedGrade } from '../../domain/typed-date.ts';
import { formatClock, type QuizAnswer, type QuizQuestion, timeLeft } from './quiz-model.ts';

interface QuizRoundProps {
  questions: QuizQuestion[];
  /** 0 for no time limit. */
  minutes: number;
  note: string | null;
  onDone: (answers: QuizAnswer[], timedOut: boolean, durationMs: number) => void;
}

const ORDER_GRADES: Record<1 | 2 | 3, TypedGrade> = { 3: 'right', 2: 'partial', 1: 'wrong' };

export function QuizRound({ questions, minutes, note, onDone }: QuizRoundProps) {
  const [startedAt] = useState(() => Date.now());
  const [now, setNow] = useState(startedAt);
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<QuizAnswer[]>([]);
  const question = questions[index];
  const answered = answers[index];
  const left = timeLeft(startedAt, minutes, now);
  const done = useRef(false);

  const finish = (list: QuizAnswer[], timedOut: boolean) => {
    if (done.current) return;
    done.current = true;
    onDone(list, timedOut, Date.now() - startedAt);
  };

  useEffect(() => {
    if (minutes <= 0) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [minutes]);
  useEffect(() => {
    if (left === 0) finish(answers, true);
  });

  if (!question) return null;
  const record = (given: string, grade: TypedGrade) => {
    if (answered) return;
    setAnswers((a) => [
      ...a,
      { cardId: question.cardId, era: question.era, mode: question.mode, given, grade },
    ]);
  };
  const next = () => {
    if (index + 1 >= questions.length) finish(answers, false);
    else setIndex((i) => i + 1);
  };

  return (
    <div className="panel quiz-question">
      <div className="quiz-progress muted">
        <span>
          Question {index + 1} of {questions.length}
        </span>
        {left !== null ? (
          <span className={`quiz-clock${left < 60_000 ? ' is-low' : ''}`} role="timer" aria-label="Time left">
            {formatClock(left)} left
          </span>
        ) : null}
      </div>
      {note && index === 0 ? <p className="quiz-note">{note}</p> : null}
      <h2 className="quiz-prompt" id="quiz-prompt">
        {question.card.prompt}
      </h2>
      <QuestionBody key={question.cardId} question={question} answered={answered} onAnswer={record} />
      {answered ? (
        <Feedback
          question={question}
          answered={answered}
          last={index + 1 === questions.length}
          onNext={next}
        />
      ) : null}
    </div>
  );
}

function QuestionBody({
  question,
  answered,
  onAnswer,
}: {
  question: QuizQuestion;
  answered: QuizAnswer | undefined;
  onAnswer: (given: string, grade: TypedGrade) => void;
}) {
  const [items, setItems] = useState(() => shuffledOrder(question.card));
  const choose = (choice: string) => onAnswer(choice, choice === question.answer ? 'right' : 'wrong');

  useEffect(() => {
    if (question.mode !== 'choice' || answered) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const choice = question.choices[Number(e.key) - 1];
      if (choice !== undefined) choose(choice);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (question.mode === 'typed') {
    return (
      <TypedAnswer
        card={question.card}
        revealed={Boolean(answered)}
        onGraded={(g) => onAnswer(g.typed, g.grade)}
      />
    );
  }
  if (question.mode === 'order') {
    const move = (i: number, delta: -1 | 1) => setItems((list) => moveItem(list, i, delta));
    return (
      <>
        <OrderAnswer card={question.card} items={items} checked={Boolean(answered)} onMove={move} autoFocus />
        {answered ? null : (
          <button
            type="button"
            className="btn"
            onClick={() =>
              onAnswer(
                items.map((it) => it.label).join(' · '),
                ORDER_GRADES[gradeOrder(question.card, items)],
              )
            }
          >
            Check order
          </button>
        )}
      </>
    );
  }
  return (
    <div className="quiz-choices">
      {question.choices.map((choice, i) => {
        const state = !answered
          ? ''
          : choice === question.answer
            ? 'is-right'
            : choice === answered.given
              ? 'is-wrong'
              : 'is-dim';
        return (
          <button
            key={choice}
            type="button"
            className={`quiz-choice ${state}`}
            aria-pressed={answered ? choice === answered.given : undefined}
            disabled={Boolean(answered) && choice !== answered?.given && choice !== question.answer}
            onClick={() => choose(choice)}
          >
            <span className="key" aria-hidden="true">
              {i + 1}
            </span>
            {choice}
          </button>
        );
      })}
    </div>
  );
}

function Feedback({
  question,
  answered,
  last,
  onNext,
}: {
  question: QuizQuestion;
  answered: QuizAnswer;
  last: boolean;
  onNext: () => void;
}) {
  const nextRef = useRef<HTMLButtonElement>(null);
  // Once answered, the next step takes the focus, so Enter moves on.
  useEffect(() => nextRef.current?.focus(), []);
  const verdict =
    question.mode === 'typed'
      ? null
      : answered.grade === 'right'
        ? 'Right.'
        : answered.grade === 'partial'
          ? 'Partly right: some events are out of place.'
          : `Not quite: the answer is ${question.answer}.`;
  return (
    <div className="quiz-feedback" role={verdict ? 'status' : undefined}>
      <p>
        {verdict ? <strong>{verdict}</strong> : null} {question.explanation}
      </p>
      <button ref={nextRef} type="button" className="btn btn-primary" onClick={onNext}>
        {last ? 'See results' : 'Next question'}
      </button>
    </div>
  );
}
