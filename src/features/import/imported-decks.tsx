// The person's imported decks and the articles in each, with card counts, and removing an article
// (after a confirmation), which rebuilds its deck from the articles left.
import { useEffect, useId, useRef, useState } from 'react';
import { counted } from '../../components/counted.ts';
import { ErrorNotice } from '../../components/error-notice.tsx';
import type { ImportedArticle, ImportedDeck } from '../../db/import-repo.ts';
import { type ImportStore, useImport } from './import-store.ts';

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' });

interface Asked {
  deck: ImportedDeck;
  article: ImportedArticle;
}

export function ImportedDecks({
  store,
  decks,
}: {
  store: ImportStore;
  decks: readonly ImportedDeck[] | undefined;
}) {
  const id = useId();
  const removing = useImport(store, (s) => s.removing);
  const removeError = useImport(store, (s) => s.removeError);
  const [asked, setAsked] = useState<Asked | null>(null);

  return (
    <section className="panel import-decks" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="panel-title">
        Your imported decks
      </h2>
      <ErrorNotice message={removeError} />
      {decks === undefined ? (
        <p className="muted">Loading…</p>
      ) : decks.length === 0 ? (
        <p className="muted">Articles you save appear here, grouped by deck.</p>
      ) : (
        decks.map((deck) => (
          <section key={deck.id} className="import-deck" aria-labelledby={`${id}-${deck.id}`}>
            <h3 id={`${id}-${deck.id}`} className="import-deck-title">
              {deck.title}
            </h3>
            <p className="muted import-deck-counts">
              {counted(deck.cards, 'card', 'cards')} · {counted(deck.articles.length, 'article', 'articles')}
            </p>
            <ul className="import-articles">
              {deck.articles.map((a) => (
                <li key={a.id} className="import-article">
                  <div className="import-article-text">
                    <span className="import-article-title">{a.title}</span>
                    <span className="muted">
                      {counted(a.cards, 'card', 'cards')} · added {dateFormat.format(a.addedAt)} ·{' '}
                      {counted(a.length, 'character', 'characters')}
                    </span>
                  </div>
                  <button
                    type="button"
                    className="btn btn-quiet"
                    disabled={removing !== null}
                    aria-label={`Remove “${a.title}”`}
                    onClick={() => setAsked({ deck, article: a })}
                  >
                    {removing === a.id ? 'Removing…' : 'Remove'}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
      {asked ? (
        <ConfirmRemove
          asked={asked}
          onClose={() => setAsked(null)}
          onConfirm={() => void store.getState().removeArticle(asked.article.id)}
        />
      ) : null}
    </section>
  );
}

function ConfirmRemove({
  asked,
  onClose,
  onConfirm,
}: {
  asked: Asked;
  onClose: () => void;
  onConfirm: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const { deck, article } = asked;
  const last = deck.articles.length === 1;

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  return (
    <dialog
      ref={ref}
      className="dialog import-confirm"
      aria-labelledby="import-confirm-title"
      onClose={onClose}
    >
      <h2 id="import-confirm-title">Remove this article?</h2>
      <p>
        “{article.title}” leaves the deck “{deck.title}”, and the cards made only from it leave the study
        queue. {last ? 'It is the deck’s last article, so the deck goes too. ' : ''}Your past reviews are
        kept.
      </p>
      <div className="import-actions">
        <button
          type="button"
          className="btn btn-danger"
          onClick={() => {
            onConfirm();
            ref.current?.close();
          }}
        >
          Remove article
        </button>
        <button type="button" className="btn" onClick={() => ref.current?.close()}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
