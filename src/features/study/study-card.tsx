// One card being studied: the question, the kind's way of answering (reveal, choose, order), the
// answer with its sources, and the rating buttons with their next intervals. Keys: Space/Enter show
// the answer, 1–4 choose or rate, U or Ctrl+Z undo, E edits the card.
import { useEffect, useRef, useState } from 'react';
import { CardEditor } from '../../components/card-editor.tsx';
import { KIND_LABELS } from '../../components/labels.ts';
import { gradeOrder, moveItem, OrderAnswer, shuffledOrder } from '../../components/order-answer.tsx';
import { TypedAnswer } from '../../components/typed-answer.tsx';
import { editCard, revertEdit } from '../../db/browse-repo.ts';
import { db } from '../../db/db.ts';
import type { CardRecord, DeckRecord } from '../../db/schema.ts';
import { RATING_NAMES, RATINGS, type RatingValue } from '../../domain/scheduler.ts';
import { AnswerDetails } from './answer-details.tsx';
import { ChoiceAnswer } from './choice-answer.tsx';

interface StudyCardProps {
  card: CardRecord;
  deck: DeckRecord | undefined;
  eraName: string | undefined;
  revealed: boolean;
  suggested: RatingValue | null;
  intervals: Record<RatingValue, string> | null;
  saving: boolean;
  onReveal: (suggested?: RatingValue | null) => void;
  onRate: (rating: RatingValue) => void;
}

export function StudyCard(props: StudyCardProps) {
  const { card, deck, eraName, revealed, suggested, intervals, saving, onReveal, onRate } = props;
  const content = card.content;
  const [chosen, setChosen] = useState<string | null>(null);
  const [items, setItems] = useState(() => shuffledOrder(content));
  const [editing, setEditing] = useState(false);
  const suggestedRef = useRef(suggested);
  const ratings = useRef<HTMLFieldSetElement>(null);
  // Once the answer shows, the rating buttons come into view if the answer pushed them below it.
  useEffect(() => {
    if (revealed) ratings.current?.scrollIntoView?.({ block: 'nearest' });
  }, [revealed]);
  suggestedRef.current = suggested;

  const choose = (choice: string) => {
    if (revealed) return;
    setChosen(choice);
    onReveal(choice === content.answer ? 3 : 1);
  };
  const move = (index: number, delta: -1 | 1) => setItems((list) => moveItem(list, index, delta));
  const showAnswer = () => {
    if (content.kind === 'order' && content.order) onReveal(gradeOrder(content, items));
    else onReveal(null);
  };

  // The latest handlers, for the one key listener.
  const keys = useRef({ showAnswer, choose, onRate });
  keys.current = { showAnswer, choose, onRate };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"], dialog')) return;
      // As in Anki, E edits the card being studied.
      if (e.key === 'e' || e.key === 'E') {
        e.preventDefault();
        setEditing(true);
        return;
      }
      // An ordering card's events are buttons only to hold the focus: Space and Enter still check.
      const onButton =
        target?.closest('button, a') !== null &&
        target !== document.body &&
        !target?.classList.contains('study-order-handle');
      if ((e.key === ' ' || e.key === 'Enter') && !onButton) {
        e.preventDefault();
        // As in Anki: the same key shows the answer, then accepts the suggested rating (or Good).
        if (!revealed) keys.current.showAnswer();
        else if (!e.repeat) keys.current.onRate(suggestedRef.current ?? 3);
        return;
      }
      const n = Number(e.key);
      if (!Number.isInteger(n) || n < 1 || n > 4) return;
      e.preventDefault();
      if (revealed) keys.current.onRate(n as RatingValue);
      else if (content.kind === 'mcq-date' && content.choices) {
        const choice = content.choices[n - 1];
        if (choice !== undefined) keys.current.choose(choice);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [revealed, content]);

  const isChoice = content.kind === 'mcq-date' && content.choices && content.choices.length > 0;
  const isOrder = content.kind === 'order' && content.order && content.order.length > 0;

  return (
    <article className="panel study-card" aria-labelledby="study-question">
      <p className="study-meta">
        <span className="study-kind">{KIND_LABELS[content.kind]}</span>
        {eraName ? <span> · {eraName}</span> : null}
      </p>
      <h2 id="study-question" className="study-question">
        {content.prompt}
      </h2>
      {isChoice ? (
        <ChoiceAnswer card={content} chosen={chosen} revealed={revealed} onChoose={choose} />
      ) : null}
      {isOrder ? (
        <OrderAnswer card={content} items={items} checked={revealed} onMove={move} autoFocus />
      ) : null}
      {!isChoice && !isOrder ? (
        <TypedAnswer card={content} revealed={revealed} onGraded={(g) => onReveal(g.suggested)} />
      ) : null}
      {/* Always in the page, so a screen reader hears the answer when it is shown. */}
      <p className="visually-hidden" aria-live="polite">
        {revealed && !isOrder ? `Answer: ${content.answer}` : ''}
      </p>
      {revealed ? (
        <>
          {isChoice && chosen !== null ? (
            <p
              className={`study-verdict ${chosen === content.answer ? 'is-right' : 'is-wrong'}`}
              role="status"
            >
              {chosen === content.answer ? 'Right.' : `Not quite — the answer is ${content.answer}.`}
            </p>
          ) : null}
          {isOrder ? (
            <p className={`study-verdict ${suggested === 3 ? 'is-right' : 'is-wrong'}`} role="status">
              {suggested === 3
                ? 'All in the right order.'
                : suggested === 2
                  ? 'Most events are in order; the dates show where the others go.'
                  : 'Several events are out of place; the dates show the order.'}
            </p>
          ) : null}
          <AnswerDetails card={content} deck={deck} answerMarked={Boolean(isChoice)} />
          <fieldset className="study-ratings" ref={ratings}>
            <legend className="visually-hidden">How well did you know it?</legend>
            {RATINGS.map((r) => (
              <button
                key={r}
                type="button"
                className={`btn rating rating-${r}${suggested === r ? ' is-suggested' : ''}`}
                disabled={saving}
                onClick={() => onRate(r)}
              >
                <span className="rating-name">{RATING_NAMES[r]}</span>
                {intervals ? <span className="rating-interval">{intervals[r]}</span> : null}
              </button>
            ))}
          </fieldset>
          {suggested ? (
            <p className="study-hint muted">
              Suggested: <b>{RATING_NAMES[suggested]}</b>. Space or Enter accepts it; keys 1–4 choose another.
            </p>
          ) : (
            <p className="study-hint muted">Keys 1–4 rate the card; Space or Enter means Good.</p>
          )}
        </>
      ) : (
        <div className="study-actions">
          {isChoice ? (
            <p className="study-hint muted">Choose an answer (keys 1–4), or show it if you don’t know.</p>
          ) : null}
          <button type="button" className="btn btn-primary study-show" onClick={showAnswer}>
            {isOrder ? 'Check order' : 'Show answer'}
          </button>
          <span className="study-hint muted" aria-hidden="true">
            Space or Enter
          </span>
        </div>
      )}
      {editing ? (
        <CardEditor
          card={content}
          edited={Boolean(card.edit)}
          deckChanged={card.edit?.deckChanged ?? false}
          onSave={(fields) => editCard(db, card.id, fields, new Date())}
          onRevert={() => revertEdit(db, card.id)}
          onClose={() => setEditing(false)}
        />
      ) : null}
    </article>
  );
}
