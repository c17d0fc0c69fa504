// A finished paper: the score, the score by era, what to look at again, and "Study these", which puts
// the missed cards at the front of today's Study queue. Also the history of earlier papers.
import { useState } from 'react';
import { Link } from 'wouter';
import { db } from '../../db/db.ts';
import { putStudyFirst } from '../../db/quiz-repo.ts';
import type { QuizResultRecord } from '../../db/schema.ts';
import { MODE_LABELS, type QuizQuestion, type Score, score, scoreByEra } from './quiz-model.ts';

interface QuizResultProps {
  result: QuizResultRecord;
  questions: QuizQuestion[];
  eraNames: ReadonlyMap<string, string>;
  onNew: () => void;
}

const scoreLine = (s: Score) =>
  `${s.right} of ${s.total} right${s.partial > 0 ? `, ${s.partial} partly` : ''} (${s.percent}%)`;

export function QuizResult({ result, questions, eraNames, onNew }: QuizResultProps) {
  const [sent, setSent] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const total = score(result.answers);
  const missed = questions.filter((_, i) => result.answers[i]?.grade !== 'right');
  const eraOrder = [...eraNames.keys()];

  const studyThese = async () => {
    try {
      await putStudyFirst(
        db,
        missed.map((q) => q.cardId),
        new Date(),
      );
      setSent(missed.length);
    } catch (e) {
      setError(`The cards could not be saved for Study: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <div className="panel quiz-result">
      <h2>{scoreLine(total)}</h2>
      {result.timedOut ? (
        <p className="quiz-note">Time ran out; the questions left count as not answered.</p>
      ) : null}
      <EraTable answers={result.answers} eraNames={eraNames} eraOrder={eraOrder} caption="Score by era" />
      {missed.length > 0 ? (
        <>
          <h3>To look at again</h3>
          <ul className="quiz-missed">
            {missed.map((q) => {
              const given = result.answers[questions.indexOf(q)]?.given;
              return (
                <li key={q.cardId}>
                  {q.card.prompt} <strong>{q.answer}</strong>
                  {q.mode !== 'order' ? (
                    <span className="muted"> (you: {given ? given : 'not answered'})</span>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <p>Every answer right.</p>
      )}
      <div className="quiz-result-actions">
        {missed.length > 0 && sent === null ? (
          <button type="button" className="btn btn-primary" onClick={() => void studyThese()}>
            Study these ({missed.length})
          </button>
        ) : null}
        <button
          type="button"
          className={`btn${missed.length > 0 && sent === null ? '' : ' btn-primary'}`}
          onClick={onNew}
        >
          New quiz
        </button>
      </div>
      {sent !== null ? (
        <p role="status">
          {sent === 1 ? '1 card waits' : `${sent} cards wait`} at the front of today’s queue.{' '}
          <Link href="/">Go to Study</Link>
        </p>
      ) : null}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function EraTable({
  answers,
  eraNames,
  eraOrder,
  caption,
}: {
  answers: QuizResultRecord['answers'];
  eraNames: ReadonlyMap<string, string>;
  eraOrder: string[];
  caption: string;
}) {
  const rows = scoreByEra(answers, eraOrder);
  return (
    <table className="quiz-eras">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Era</th>
          <th scope="col">Right</th>
          <th scope="col">Score</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.era}>
            <th scope="row">{eraNames.get(r.era) ?? r.era}</th>
            <td>
              {r.right} of {r.total}
              {r.partial > 0 ? ` (+${r.partial} partly)` : ''}
            </td>
            <td>{r.percent}%</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const DATE_FORMAT = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Earlier papers, newest first: when, how they were set, the score, and each era's score. */
export function QuizHistory({
  results,
  eraNames,
}: {
  results: QuizResultRecord[];
  eraNames: ReadonlyMap<string, string>;
}) {
  if (results.length === 0) return null;
  const eraOrder = [...eraNames.keys()];
  return (
    <section className="panel quiz-history" aria-labelledby="quiz-history-title">
      <h2 id="quiz-history-title" className="panel-title">
        Earlier quizzes
      </h2>
      <ol>
        {results.map((r) => {
          const s = score(r.answers);
          const eras =
            r.settings.eras.length === 0
              ? 'all eras'
              : r.settings.eras.map((e) => eraNames.get(e) ?? e).join(', ');
          const modes = r.settings.modes.map((m) => MODE_LABELS[m].toLowerCase()).join(', ');
          return (
            <li key={r.id}>
              <details>
                <summary>
                  <time dateTime={r.takenAt.toISOString()}>{DATE_FORMAT.format(r.takenAt)}</time>:{' '}
                  <strong>{scoreLine(s)}</strong>
                  <span className="muted">
                    {' '}
                    · {eras} · {modes}
                    {r.settings.minutes > 0
                      ? ` · ${r.settings.minutes} min${r.timedOut ? ', time ran out' : ''}`
                      : ''}
                  </span>
                </summary>
                <EraTable
                  answers={r.answers}
                  eraNames={eraNames}
                  eraOrder={eraOrder}
                  caption="Score by era"
                />
              </details>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
