// The Import screen's form: the pasted article with its character count, an optional title, picked
// .txt files, the deck name, and "Find facts" (with a way to stop while facts are being found).
import { useEffect, useId, useState } from 'react';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { MAX_ARTICLE_CHARS } from '../../domain/imported-deck.ts';
import { defaultTitle } from './article-text.ts';
import { Busy } from './busy.tsx';
import { type ImportStore, useImport } from './import-store.ts';

const LIMIT = MAX_ARTICLE_CHARS.toLocaleString('en');

export function ImportForm({ store, deckNames }: { store: ImportStore; deckNames: readonly string[] }) {
  const id = useId();
  const draft = useImport(store, (s) => s.draft);
  const step = useImport(store, (s) => s.step);
  const error = useImport(store, (s) => s.error);
  const fileProblems = useImport(store, (s) => s.fileProblems);
  const draftKept = useImport(store, (s) => s.draftKept);
  const progress = useImport(store, (s) => s.progress);
  const { edit, addFiles, removeFile, findFacts, cancel } = store.getState();
  const finding = step === 'finding';
  const over = draft.text.length > MAX_ARTICLE_CHARS;
  const hasText = draft.text.trim() !== '';

  return (
    <form
      className="panel import-form"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        void findFacts();
      }}
    >
      <h2 id={`${id}-title`} className="panel-title">
        Add an article
      </h2>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-text`}>
          Article text
        </label>
        <textarea
          id={`${id}-text`}
          className="import-text"
          rows={10}
          value={draft.text}
          readOnly={finding}
          spellCheck={false}
          placeholder="Paste a news or magazine article here: headline first, then the text."
          aria-invalid={over}
          aria-describedby={`${id}-count`}
          onChange={(e) => edit({ text: e.target.value })}
        />
        <span id={`${id}-count`} className={over ? 'field-hint field-error' : 'field-hint'}>
          {draft.text.length.toLocaleString('en')} / {LIMIT} characters
          {over ? ' — too long for one article' : ''}
        </span>
      </div>
      <div className="settings-grid">
        <div className="field">
          <label className="field-label" htmlFor={`${id}-name`}>
            Title (optional)
          </label>
          <input
            id={`${id}-name`}
            value={draft.title}
            maxLength={200}
            readOnly={finding}
            placeholder={hasText ? defaultTitle(draft.text) : 'The article’s first line'}
            aria-describedby={`${id}-name-hint`}
            onChange={(e) => edit({ title: e.target.value })}
          />
          <span id={`${id}-name-hint`} className="field-hint">
            Cards name it as their source. Left empty, the first line is used.
          </span>
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-deck`}>
            Deck
          </label>
          <input
            id={`${id}-deck`}
            value={draft.deckName}
            maxLength={200}
            readOnly={finding}
            list={`${id}-decks`}
            aria-describedby={`${id}-deck-hint`}
            onChange={(e) => edit({ deckName: e.target.value })}
          />
          <datalist id={`${id}-decks`}>
            {deckNames.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
          <span id={`${id}-deck-hint`} className="field-hint">
            A new name makes a new deck.
          </span>
        </div>
      </div>
      <div className="import-files">
        <label className={finding ? 'btn file-button is-disabled' : 'btn file-button'}>
          Choose .txt files
          <input
            type="file"
            accept=".txt,text/plain,.html,.htm,text/html"
            multiple
            disabled={finding}
            aria-describedby={`${id}-files-hint`}
            onChange={(e) => {
              const files = [...(e.target.files ?? [])];
              e.target.value = '';
              if (files.length > 0) void addFiles(files);
            }}
          />
        </label>
        <span id={`${id}-files-hint`} className="field-hint">
          Plain text (UTF-8). Each file is one article, titled with its file name.
        </span>
      </div>
      {draft.files.length > 0 ? (
        <ul className="import-file-list" aria-label="Chosen files">
          {draft.files.map((f) => (
            <li key={f.name}>
              <div className="import-article-text">
                <span className="import-file-name">{f.name}</span>
                <span className="muted">{f.text.length.toLocaleString('en')} characters</span>
              </div>
              <button
                type="button"
                className="btn btn-quiet"
                disabled={finding}
                aria-label={`Remove ${f.name}`}
                onClick={() => removeFile(f.name)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {fileProblems.length > 0 ? (
        <ul className="notice notice-error import-problems" role="alert">
          {fileProblems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
      <ErrorNotice message={error} />
      {!draftKept ? (
        <p className="notice notice-warn">This browser would not keep a draft: a reload loses the text.</p>
      ) : null}
      <div className="import-actions">
        <button type="submit" className="btn btn-primary" disabled={finding}>
          Find facts
        </button>
        {finding ? (
          <>
            <Busy>
              {progress ?? 'Finding dated facts…'} <Elapsed />
            </Busy>
            <button type="button" className="btn btn-quiet" onClick={cancel}>
              Stop
            </button>
          </>
        ) : null}
      </div>
    </form>
  );
}

/** Seconds since it was first shown, so a long article visibly keeps going. */
function Elapsed() {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const started = Date.now();
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => clearInterval(timer);
  }, []);
  return seconds > 0 ? (
    <span className="muted" aria-hidden="true">
      {seconds} s
    </span>
  ) : null;
}
