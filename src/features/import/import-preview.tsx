// What "Find facts" found, before anything is saved: counts of facts and cards by kind, the first
// cards with their era and answer, where sources disagree, and what was left out and why.
import { useEffect, useId, useRef } from 'react';
import { counted } from '../../components/counted.ts';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { KIND_LABELS } from '../../components/labels.ts';
import { type CardKind, CardKindSchema } from '../../domain/deck-schema.ts';
import { Busy } from './busy.tsx';
import { type ImportPreview, type ImportStore, useImport } from './import-store.ts';

/** How many cards (each asking a different question) the preview shows in full. */
const SHOWN_CARDS = 6;

export function ImportPreviewPanel({ store, preview }: { store: ImportStore; preview: ImportPreview }) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const step = useImport(store, (s) => s.step);
  const error = useImport(store, (s) => s.error);
  const { save, backToText, discard } = store.getState();
  const saving = step === 'saving';
  const { deck, dropped, found } = preview.result;

  useEffect(() => {
    heading.current?.focus();
  }, []);

  const eraName = new Map(deck.eras.map((e) => [e.id, e.name]));
  const byKind = new Map<CardKind, number>();
  for (const c of deck.cards) byKind.set(c.kind, (byKind.get(c.kind) ?? 0) + 1);
  const foundTotal = Object.values(found).reduce((a, b) => a + b, 0);
  const empty = preview.articles.filter((a) => (found[a.id] ?? 0) === 0);
  const left = [...new Set(dropped)];
  // A "when" card and its multiple-choice twin ask the same question: show each question once.
  const shown = deck.cards
    .filter((c, i) => deck.cards.findIndex((o) => o.prompt === c.prompt) === i)
    .slice(0, SHOWN_CARDS);
  const conflicts = deck.facts.filter((f) => f.conflict !== null);
  const title =
    preview.articles.length === 1 ? `“${preview.articles[0]?.title}”` : `${preview.articles.length} articles`;

  return (
    <section className="panel import-preview" aria-labelledby={`${id}-title`}>
      <div className="import-preview-head">
        <h2 id={`${id}-title`} className="panel-title" tabIndex={-1} ref={heading}>
          Preview
        </h2>
        <button type="button" className="btn btn-quiet" disabled={saving} onClick={backToText}>
          Edit the text
        </button>
      </div>
      <p className="import-summary">
        Found {counted(foundTotal, 'dated fact', 'dated facts')} in {title}.{' '}
        {deck.cards.length > 0
          ? `${deck.facts.length === foundTotal ? 'They' : `${deck.facts.length} of them`} made ${counted(deck.cards.length, 'card', 'cards')}:`
          : 'No clear question could be written from them; the reasons are under “Left out” below.'}
      </p>
      {deck.cards.length > 0 ? (
        <>
          <ul className="import-kinds" aria-label="Cards by kind">
            {CardKindSchema.options
              .filter((k) => byKind.has(k))
              .map((k) => (
                <li key={k} className="badge">
                  {KIND_LABELS[k]}: {byKind.get(k)}
                </li>
              ))}
          </ul>
          <p className="muted import-target">
            They will go to the deck <strong>{preview.deckName}</strong>, and into your study queue.
          </p>
        </>
      ) : null}
      {empty.length > 0 ? (
        <p className="notice notice-warn">
          No dated facts in {empty.map((a) => `“${a.title}”`).join(', ')}:{' '}
          {empty.length === 1 ? 'it' : 'they'} will not be saved.
        </p>
      ) : null}
      {conflicts.length > 0 ? (
        <>
          <h3 className="import-subhead">Sources disagree</h3>
          <ul className="import-conflicts">
            {conflicts.map((f) => (
              <li key={f.id}>
                {f.summary} <span className="muted">{f.conflict?.note}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {deck.cards.length > 0 ? (
        <>
          <h3 className="import-subhead">
            {shown.length < deck.cards.length ? 'Some of the cards' : 'The cards'}
          </h3>
          <ol className="import-cards">
            {shown.map((c) => (
              <li key={c.id} className="import-card">
                <p className="import-card-meta">
                  <span className="study-kind">{KIND_LABELS[c.kind]}</span> · {eraName.get(c.era) ?? c.era}
                </p>
                <p className="import-card-prompt">{c.prompt}</p>
                <p className="import-card-answer">
                  <span className="muted">Answer: </span>
                  <strong>{c.answer}</strong>
                </p>
              </li>
            ))}
          </ol>
          {shown.length < deck.cards.length ? (
            <p className="muted">
              {counted(deck.cards.length, 'card', 'cards')} in all; Browse shows every one once they are
              saved.
            </p>
          ) : null}
        </>
      ) : null}
      {left.length > 0 ? (
        <details className="import-dropped">
          <summary>Left out ({left.length})</summary>
          <p className="muted">
            Facts and cards the writer skipped, and why: a question that would copy the article word for word,
            or one too vague to ask.
          </p>
          <ul>
            {left.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      ) : null}
      <ErrorNotice message={error} />
      <div className="import-actions">
        {deck.cards.length > 0 ? (
          <button type="button" className="btn btn-primary" disabled={saving} onClick={() => void save()}>
            Save to deck
          </button>
        ) : null}
        {saving ? <Busy>Saving…</Busy> : null}
        <button type="button" className="btn btn-quiet" disabled={saving} onClick={discard}>
          Discard
        </button>
      </div>
    </section>
  );
}
