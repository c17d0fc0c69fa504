import { useEffect, useMemo, useRef, useState } from 'react';
import { eraLabel } from '../../components/labels.ts';
import { EmptyState, Screen } from '../../components/screen.tsx';
import { listDecks } from '../../db/browse-repo.ts';
import { db } from '../../db/db.ts';
import { useLiveQuery } from '../../db/live.ts';
import { listQuizCards } from '../../db/quiz-repo.ts';
import { buildRound, type QuizAnswer, type QuizQuestion, quizzable, score } from './quiz-model.ts';
import './quiz.css';

const ROUND_SIZES = [10, 20, 50] as const;

export function QuizScreen() {
  const decks = useLiveQuery(() => listDecks(db), []);
  const cards = useLiveQuery(() => listQuizCards(db), []);
  const [eras, setEras] = useState<ReadonlySet<string>>(new Set());
  const [size, setSize] = useState<number>(10);
  const [round, setRound] = useState<QuizQuestion[] | null>(null);

  const allEras = useMemo(() => {
    const seen = new Map<string, { id: string; label: string }>();
    for (const d of decks ?? []) {
      for (const e of d.eras) if (!seen.has(e.id)) seen.set(e.id, { id: e.id, label: eraLabel(e) });
    }
    return [...seen.values()];
  }, [decks]);
  const pool = useMemo(() => quizzable(cards ?? [], eras), [cards, eras]);

  if (round) {
    return (
      <Screen title="Quiz" lead="Answers here do not change your study schedule.">
        <QuizRound questions={round} onDone={() => setRound(null)} />
      </Screen>
    );
  }

  const toggle = (id: string) =>
    setEras((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <Screen
      title="Quiz"
      lead="A quick round of date questions from the eras you choose. Your schedule is untouched."
    >
      {cards === undefined || decks === undefined ? (
        <p className="muted">Loading…</p>
      ) : quizzable(cards, new Set()).length === 0 ? (
        <EmptyState title="No questions yet">
          <p>Quiz questions come from your decks; add one from Import.</p>
        </EmptyState>
      ) : (
        <div className="panel quiz-setup">
          <fieldset className="segmented chips-wrap">
            <legend>Eras</legend>
            <label className="segment">
              <input type="checkbox" checked={eras.size === 0} onChange={() => setEras(new Set())} />
              <span>All eras</span>
            </label>
            {allEras.map((e) => (
              <label key={e.id} className="segment">
                <input type="checkbox" checked={eras.has(e.id)} onChange={() => toggle(e.id)} />
                <span>{e.label}</span>
              </label>
            ))}
          </fieldset>
          <fieldset className="segmented">
            <legend>Questions</legend>
            {ROUND_SIZES.map((n) => (
              <label key={n} className="segment">
                <input type="radio" name="round-size" checked={size === n} onChange={() => setSize(n)} />
                <span>{n}</span>
              </label>
            ))}
          </fieldset>
          <div className="quiz-start">
            <span className="muted">
              {pool.length === 1 ? '1 question available' : `${pool.length} questions available`}
            </span>
            <button
              type="button"
              className="btn btn-primary"
              disabled={pool.length === 0}
              onClick={() => setRound(buildRound(pool, size, Math.random))}
            >
              Start quiz
            </button>
          </div>
        </div>
      )}
    </Screen>
  );
}

function QuizRound({ questions, onDone }: { questions: QuizQuestion[]; onDone: () => void }) {
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<QuizAnswer[]>([]);
  const question = questions[index];
  const answered = answers[index];
  const finished = index >= questions.length;
  const nextRef = useRef<HTMLButtonElement>(null);

  // Once answered, the next step takes the focus, so Enter moves on.
  useEffect(() => {
    if (answered) nextRef.current?.focus();
  }, [answered]);

  const choose = (choice: string) => {
    if (!question || answered) return;
    setAnswers((a) => [
      ...a,
      { cardId: question.cardId, chosen: choice, correct: choice === question.answer },
    ]);
  };
  const next = () => setIndex((i) => i + 1);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || finished || !question) return;
      if (e.target instanceof HTMLElement && e.target.closest('button')) {
        if (e.key === 'Enter' || e.key === ' ') return;
      }
      const n = Number(e.key);
      if (!answered && n >= 1 && n <= question.choices.length) {
        const choice = question.choices[n - 1];
        if (choice !== undefined) choose(choice);
      } else if (answered && (e.key === 'Enter' || e.key === ' ')) {
        e.preventDefault();
        next();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (finished || !question) {
    const s = score(answers);
    const missed = questions.filter((_, i) => answers[i] && !answers[i]?.correct);
    return (
      <div className="panel quiz-result">
        <h2>
          {s.right} of {s.total} right ({s.percent}%)
        </h2>
        {missed.length > 0 ? (
          <>
            <h3>To look at again</h3>
            <ul>
              {missed.map((q) => (
                <li key={q.cardId}>
                  {q.prompt} <strong>{q.answer}</strong>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>Every answer right.</p>
        )}
        <button type="button" className="btn btn-primary" onClick={onDone}>
          New quiz
        </button>
      </div>
    );
  }

  return (
    <div className="panel quiz-question">
      <p className="muted quiz-progress">
        Question {index + 1} of {questions.length}
      </p>
      <h2 className="quiz-prompt">{question.prompt}</h2>
      <div className="quiz-choices">
        {question.choices.map((choice, i) => {
          const state = !answered
            ? ''
            : choice === question.answer
              ? 'is-right'
              : choice === answered.chosen
                ? 'is-wrong'
                : 'is-dim';
          return (
            <button
              key={choice}
              type="button"
              className={`quiz-choice ${state}`}
              aria-pressed={answered ? choice === answered.chosen : undefined}
              disabled={Boolean(answered) && choice !== answered?.chosen && choice !== question.answer}
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
      {answered ? (
        <div className="quiz-feedback" role="status">
          <p>
            <strong>{answered.correct ? 'Right.' : `Not quite: the answer is ${question.answer}.`}</strong>{' '}
            {question.explanation}
          </p>
          <button ref={nextRef} type="button" className="btn btn-primary" onClick={next}>
            {index + 1 === questions.length ? 'See results' : 'Next question'}
          </button>
        </div>
      ) : null}
    </div>
  );
}
