// The form that edits a card's question, answer, options and note, in a modal dialog (Browse's Edit
// button, Study's E key). It checks the edit before saving and keeps what was typed when a save fails.
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { type CardEditFields, checkEdit, editableFields } from '../domain/card-edit.ts';
import type { DeckCard } from '../domain/deck-schema.ts';

interface CardEditorProps {
  card: DeckCard;
  /** True when the card already carries the person's edit (offers to go back to the deck's text). */
  edited: boolean;
  /** True when a deck update changed the text under the edit. */
  deckChanged: boolean;
  onSave: (fields: CardEditFields) => Promise<void>;
  onRevert: () => Promise<void>;
  onClose: () => void;
}

export function CardEditor({ card, edited, deckChanged, onSave, onRevert, onClose }: CardEditorProps) {
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const [fields, setFields] = useState<CardEditFields>(() => editableFields(card));
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
      ref.current?.close();
    } catch (e) {
      setProblems([`Not saved: ${e instanceof Error ? e.message : String(e)}`]);
    } finally {
      setBusy(false);
    }
  };
  const save = (e: FormEvent) => {
    e.preventDefault();
    const found = checkEdit(fields);
    setProblems(found);
    if (found.length === 0) void run(() => onSave(fields));
  };
  const set = (over: Partial<CardEditFields>) => setFields((f) => ({ ...f, ...over }));

  return (
    <dialog
      ref={ref}
      className="dialog card-editor"
      aria-labelledby={`${id}-title`}
      onClose={(e) => {
        // React passes a dialog's close up its tree: a dialog holding this one must not close with it.
        e.stopPropagation();
        onClose();
      }}
    >
      <form onSubmit={save} noValidate>
        <div className="dialog-head">
          <h2 id={`${id}-title`}>Edit card</h2>
          <button type="button" className="btn btn-quiet" onClick={() => ref.current?.close()}>
            Cancel
          </button>
        </div>
        {deckChanged ? (
          <p className="notice notice-warn">
            The deck has changed this card since you edited it; your text is kept. Use the deck’s text to see
            the new version.
          </p>
        ) : null}
        <div className="field">
          <label className="field-label" htmlFor={`${id}-prompt`}>
            Question
          </label>
          <textarea
            id={`${id}-prompt`}
            rows={2}
            value={fields.prompt}
            onChange={(e) => set({ prompt: e.target.value })}
          />
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-answer`}>
            Answer
          </label>
          <input
            id={`${id}-answer`}
            value={fields.answer}
            onChange={(e) => set({ answer: e.target.value })}
          />
        </div>
        {fields.choices ? (
          <fieldset className="card-editor-choices">
            <legend className="field-label">Options (one of them the answer)</legend>
            {fields.choices.map((choice, i) => (
              <input
                // biome-ignore lint/suspicious/noArrayIndexKey: the four options keep their places
                key={i}
                aria-label={`Option ${i + 1}`}
                value={choice}
                onChange={(e) =>
                  set({ choices: (fields.choices ?? []).map((c, j) => (j === i ? e.target.value : c)) })
                }
              />
            ))}
          </fieldset>
        ) : null}
        <div className="field">
          <label className="field-label" htmlFor={`${id}-note`}>
            Note shown with the answer
          </label>
          <textarea
            id={`${id}-note`}
            rows={3}
            value={fields.explanation}
            onChange={(e) => set({ explanation: e.target.value })}
          />
        </div>
        {problems.length > 0 ? (
          <ul className="field-error card-editor-problems" role="alert">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        ) : null}
        <div className="card-editor-actions">
          <button type="submit" className="btn btn-primary" disabled={busy}>
            Save
          </button>
          {edited ? (
            <button type="button" className="btn" disabled={busy} onClick={() => void run(onRevert)}>
              Use the deck’s text
            </button>
          ) : null}
        </div>
        <p className="field-hint">
          Your edit stays when the deck is updated. The card’s schedule and history are kept.
        </p>
      </form>
    </dialog>
  );
}
