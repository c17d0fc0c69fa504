// The forms that edit a card's question, answer, options and note (Browse's Edit button, Study's E
// key) or add a card to a deck by hand (Browse's and Study's Add card, Study's A key), in a modal
// dialog. Each checks what was typed before saving and keeps it when a save fails.
import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { checkNewCard, type NewCardFields, OWN_KINDS, type OwnKind } from '../domain/card-add.ts';
import { type CardEditFields, checkEdit, editableFields } from '../domain/card-edit.ts';
import type { DeckCard, Era } from '../domain/deck-schema.ts';
import { eraLabel } from './labels.ts';

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
  const [fields, setFields] = useState<CardEditFields>(() => editableFields(card));
  const set = (over: Partial<CardEditFields>) => setFields((f) => ({ ...f, ...over }));
  return (
    <CardDialog
      title="Edit card"
      check={() => checkEdit(fields)}
      onSave={() => onSave(fields)}
      onClose={onClose}
      more={
        edited
          ? (run) => (
              <button type="button" className="btn" onClick={() => run(onRevert)}>
                Use the deck’s text
              </button>
            )
          : null
      }
      footnote="Your edit stays when the deck is updated. The card’s schedule and history are kept."
    >
      {deckChanged ? (
        <p className="notice notice-warn">
          The deck has changed this card since you edited it; your text is kept. Use the deck’s text to see
          the new version.
        </p>
      ) : null}
      <TextFields fields={fields} set={set} />
    </CardDialog>
  );
}

/** A deck a card can be added to, with its eras. */
export interface AddTarget {
  id: string;
  title: string;
  eras: readonly Era[];
}

interface CardAdderProps {
  decks: readonly AddTarget[];
  /** The deck and era chosen at first (the card being studied's, say). */
  deckId?: string | undefined;
  era?: string | undefined;
  onAdd: (deckId: string, fields: NewCardFields) => Promise<void>;
  onClose: () => void;
}

const KIND_CHOICES: Record<OwnKind, string> = {
  when: 'A date (it can be typed and graded)',
  who: 'A name (it can be typed and graded)',
  what: 'Words (you grade yourself)',
};

export function CardAdder({ decks, deckId, era, onAdd, onClose }: CardAdderProps) {
  const id = useId();
  const [deck, setDeck] = useState(() => decks.find((d) => d.id === deckId) ?? decks[0]);
  const [fields, setFields] = useState<NewCardFields>(() => ({
    kind: 'when',
    era: deck?.eras.find((e) => e.id === era)?.id ?? deck?.eras[0]?.id ?? '',
    prompt: '',
    answer: '',
    explanation: '',
  }));
  const set = (over: Partial<NewCardFields>) => setFields((f) => ({ ...f, ...over }));
  return (
    <CardDialog
      title="Add a card"
      check={() =>
        deck
          ? checkNewCard(
              fields,
              deck.eras.map((e) => e.id),
            )
          : ['There is no deck to add a card to.']
      }
      onSave={() => (deck ? onAdd(deck.id, fields) : Promise.resolve())}
      onClose={onClose}
      more={null}
      footnote="The card is yours: it joins the deck’s new cards, and deck updates keep it."
    >
      <div className="card-adder-place">
        <div className="field">
          <label className="field-label" htmlFor={`${id}-deck`}>
            Deck
          </label>
          <select
            id={`${id}-deck`}
            value={deck?.id ?? ''}
            onChange={(e) => {
              const next = decks.find((d) => d.id === e.target.value);
              setDeck(next);
              set({ era: next?.eras[0]?.id ?? '' });
            }}
          >
            {decks.map((d) => (
              <option key={d.id} value={d.id}>
                {d.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-era`}>
            Era
          </label>
          <select id={`${id}-era`} value={fields.era} onChange={(e) => set({ era: e.target.value })}>
            {(deck?.eras ?? []).map((e) => (
              <option key={e.id} value={e.id}>
                {eraLabel(e)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <fieldset className="card-adder-kind">
        <legend className="field-label">The answer is</legend>
        {OWN_KINDS.map((k) => (
          <label key={k} className="card-adder-kind-choice">
            <input
              type="radio"
              name={`${id}-kind`}
              value={k}
              checked={fields.kind === k}
              onChange={() => set({ kind: k })}
            />
            <span>{KIND_CHOICES[k]}</span>
          </label>
        ))}
      </fieldset>
      <TextFields fields={fields} set={set} />
    </CardDialog>
  );
}

/** The question, answer, options (multiple choice) and note boxes. */
function TextFields<F extends CardEditFields>({
  fields,
  set,
}: {
  fields: F;
  set: (over: Partial<CardEditFields>) => void;
}) {
  const id = useId();
  return (
    <>
      <TextBox
        id={`${id}-prompt`}
        label="Question"
        rows={2}
        value={fields.prompt}
        onChange={(prompt) => set({ prompt })}
      />
      <div className="field">
        <label className="field-label" htmlFor={`${id}-answer`}>
          Answer
        </label>
        <input id={`${id}-answer`} value={fields.answer} onChange={(e) => set({ answer: e.target.value })} />
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
      <TextBox
        id={`${id}-note`}
        label="Note shown with the answer"
        rows={3}
        value={fields.explanation}
        onChange={(explanation) => set({ explanation })}
      />
    </>
  );
}

/** A labelled box for a few lines of text. */
function TextBox(p: {
  id: string;
  label: string;
  rows: number;
  value: string;
  onChange: (text: string) => void;
}) {
  return (
    <div className="field">
      <label className="field-label" htmlFor={p.id}>
        {p.label}
      </label>
      <textarea id={p.id} rows={p.rows} value={p.value} onChange={(e) => p.onChange(e.target.value)} />
    </div>
  );
}

interface CardDialogProps {
  title: string;
  children: ReactNode;
  /** The problems with what was typed; empty when it can be saved. */
  check: () => string[];
  onSave: () => Promise<void>;
  onClose: () => void;
  /** Another action beside Save, given a runner that closes the dialog once it succeeds. */
  more: ((run: (action: () => Promise<void>) => void) => ReactNode) | null;
  footnote: string;
}

/** A modal dialog with a form: Cancel, Save (checked first), the problems found, a footnote. */
function CardDialog({ title, children, check, onSave, onClose, more, footnote }: CardDialogProps) {
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
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
    const found = check();
    setProblems(found);
    if (found.length === 0) void run(onSave);
  };

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
          <h2 id={`${id}-title`}>{title}</h2>
          <button type="button" className="btn btn-quiet" onClick={() => ref.current?.close()}>
            Cancel
          </button>
        </div>
        {children}
        {problems.length > 0 ? (
          <ul className="field-error card-editor-problems" role="alert">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        ) : null}
        <fieldset className="card-editor-actions" disabled={busy}>
          <button type="submit" className="btn btn-primary">
            Save
          </button>
          {more ? more((action) => void run(action)) : null}
        </fieldset>
        <p className="field-hint">{footnote}</p>
      </form>
    </dialog>
  );
}
