// The dialog that shows one card in full: answer, sources, conflict, review history, suspension, edit.

import { useEffect, useRef, useState } from 'react';
import { CardEditor } from '../../components/card-editor.tsx';
import { RATING_LABELS, STATUS_LABELS, whereInSource } from '../../components/labels.ts';
import { cardHistory, editCard, revertEdit, setSuspended } from '../../db/browse-repo.ts';
import { db } from '../../db/db.ts';
import { useLiveQuery } from '../../db/live.ts';
import type { CardRecord, DeckRecord } from '../../db/schema.ts';
import { isQuotaError } from '../../db/storage-errors.ts';
import { isOwnCard } from '../../domain/card-add.ts';
import type { CardId } from '../../domain/ids.ts';
import { cardStatus } from './browse-filter.ts';

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

interface CardDetailsProps {
  cardId: CardId;
  decks: readonly DeckRecord[];
  onClose: () => void;
}

export function CardDetails({ cardId, decks, onClose }: CardDetailsProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const card = useLiveQuery(() => db.cards.get(cardId), [cardId]);
  const history = useLiveQuery(() => cardHistory(db, cardId), [cardId]);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  return (
    <dialog ref={ref} className="dialog" aria-labelledby="card-details-title" onClose={onClose}>
      <div className="dialog-head">
        <h2 id="card-details-title">Card</h2>
        <button type="button" className="btn btn-quiet" onClick={() => ref.current?.close()}>
          Close
        </button>
      </div>
      {card ? <CardBody card={card} decks={decks} /> : <p>Loading…</p>}
      <h3>History</h3>
      {history && history.length > 0 ? (
        <table className="history">
          <thead>
            <tr>
              <th scope="col">Reviewed</th>
              <th scope="col">Rating</th>
              <th scope="col">Next interval</th>
            </tr>
          </thead>
          <tbody>
            {history.map((r) => (
              <tr key={r.id}>
                <td>{dateFormat.format(r.review)}</td>
                <td>{RATING_LABELS[r.rating]}</td>
                <td>{r.scheduledDays >= 1 ? `${r.scheduledDays}d` : 'same day'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">Not reviewed yet.</p>
      )}
    </dialog>
  );
}

function CardBody({ card, decks }: { card: CardRecord; decks: readonly DeckRecord[] }) {
  const [editing, setEditing] = useState(false);
  const deck = decks.find((d) => d.id === card.deckId);
  const sourceOf = (id: string) => deck?.sources.find((s) => s.id === id);
  const status = cardStatus(card);
  const c = card.content;
  const [error, setError] = useState<string | null>(null);
  const toggle = async () => {
    try {
      await setSuspended(db, card.id, status !== 'suspended');
      setError(null);
    } catch (e) {
      setError(
        isQuotaError(e)
          ? 'This device is out of storage, so the card was not changed. Free some space and try again.'
          : 'The card could not be changed. Try again, or reload the page.',
      );
    }
  };
  return (
    <>
      <p className="detail-prompt">{c.prompt}</p>
      <p className="detail-answer">
        <span className="muted">Answer: </span>
        <strong>{c.answer}</strong>
      </p>
      {c.explanation ? <p>{c.explanation}</p> : null}
      {card.edit ? (
        <p className="muted">
          Edited by you
          {card.edit.deckChanged ? '; the deck has changed this card since, and your text is kept' : ''}.
        </p>
      ) : null}
      {c.choices ? <p className="muted">Options: {c.choices.join(' · ')}</p> : null}
      {c.order ? (
        <ol className="detail-order">
          {c.order.map((item) => (
            <li key={item.fact}>
              {item.label} <span className="muted">({item.date})</span>
            </li>
          ))}
        </ol>
      ) : null}
      {card.conflict ? (
        <p className="notice notice-warn">
          <strong>Sources disagree.</strong> {card.conflict.note}
        </p>
      ) : null}
      {isOwnCard(c) ? (
        <p className="muted">Added by you: no article behind it, and deck updates keep it.</p>
      ) : (
        <>
          <h3>Sources</h3>
          <ul className="sources">
            {c.sources.map((ref) => {
              const s = sourceOf(ref.source);
              return (
                <li key={`${ref.source}-${ref.paragraph}-${ref.item}`}>
                  <cite>{s?.title ?? ref.source}</cite>
                  {s?.author ? ` by ${s.author}` : ''}, {whereInSource(ref)}
                </li>
              );
            })}
          </ul>
        </>
      )}
      <div className="detail-status">
        <span className={`badge badge-${status}`}>{STATUS_LABELS[status]}</span>
        <button type="button" className="btn" onClick={() => setEditing(true)}>
          Edit
        </button>
        {status !== 'retired' ? (
          <button type="button" className="btn" onClick={() => void toggle()}>
            {status === 'suspended' ? 'Unsuspend' : 'Suspend'}
          </button>
        ) : (
          <span className="muted">No longer in the deck; its history is kept.</span>
        )}
      </div>
      {error ? (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      ) : null}
      {editing ? (
        <CardEditor
          card={card.content}
          edited={Boolean(card.edit)}
          deckChanged={card.edit?.deckChanged ?? false}
          onSave={(fields) => editCard(db, card.id, fields, new Date())}
          onRevert={() => revertEdit(db, card.id)}
          onClose={() => setEditing(false)}
        />
      ) : null}
    </>
  );
}
