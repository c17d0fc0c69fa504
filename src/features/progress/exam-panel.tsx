// The exam date (kept in the settings), the days left, and the mature cards to expect by then.
import { useId } from 'react';
import type { CardRecord, ReviewRecord } from '../../db/schema.ts';
import { examDayOf, projectExam } from './exam-model.ts';

interface ExamPanelProps {
  examDate: string;
  onExamDate: (value: string) => void;
  cards: readonly CardRecord[];
  reviews: readonly ReviewRecord[];
  now: Date;
  dayStartHour: number;
}

const DAY_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

export function ExamPanel({ examDate, onExamDate, cards, reviews, now, dayStartHour }: ExamPanelProps) {
  const id = useId();
  const day = examDayOf(examDate);
  const p = day ? projectExam(cards, reviews, now, day, dayStartHour) : null;
  return (
    <section className="panel progress-section exam-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Exam date</h2>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-date`}>
          Day of the written exam
        </label>
        <input
          id={`${id}-date`}
          type="date"
          value={examDate}
          aria-describedby={`${id}-hint`}
          onChange={(e) => onExamDate(e.target.value)}
        />
        <span id={`${id}-hint`} className="field-hint">
          The CSS written exam is held in February.
        </span>
      </div>
      {p && day ? (
        <p className="exam-figures">
          {p.daysLeft < 0 ? (
            <>The exam on {DAY_FORMAT.format(day)} has passed.</>
          ) : (
            <>
              <strong>
                {p.daysLeft === 0
                  ? 'The exam is today.'
                  : p.daysLeft === 1
                    ? '1 day to go.'
                    : `${p.daysLeft} days to go.`}
              </strong>{' '}
              {p.pace === 0
                ? `No new cards in the last two weeks: by ${DAY_FORMAT.format(day)} about ${p.projected} of ${p.cards} cards will be mature (${p.mature} are now).`
                : `At ${formatPace(p.pace)} new cards a day, as in the last two weeks, about ${p.projected} of ${p.cards} cards will be mature by ${DAY_FORMAT.format(day)} (${p.mature} are now; a card takes about three weeks of reviews to mature).`}
            </>
          )}
        </p>
      ) : (
        <p className="exam-figures muted">
          Set the day to see a countdown and how many cards you will know by then.
        </p>
      )}
    </section>
  );
}

function formatPace(pace: number): string {
  return pace >= 10 ? String(Math.round(pace)) : pace.toFixed(1).replace(/\.0$/, '');
}
