// Keeps the Import screen's draft (the pasted text, its title, the deck name and the picked files) in
// sessionStorage, so a reload loses nothing until the draft is saved or discarded.
import * as v from 'valibot';
import { DEFAULT_DECK_NAME } from '../../domain/imported-deck.ts';

const DraftFileSchema = v.object({ name: v.string(), title: v.string(), text: v.string() });
const DraftSchema = v.object({
  text: v.string(),
  title: v.string(),
  deckName: v.string(),
  files: v.array(DraftFileSchema),
});

/** A picked file that passed its checks. */
export type DraftFile = v.InferOutput<typeof DraftFileSchema>;
export type ImportDraft = v.InferOutput<typeof DraftSchema>;

export const EMPTY_DRAFT: Readonly<ImportDraft> = Object.freeze({
  text: '',
  title: '',
  deckName: DEFAULT_DECK_NAME,
  files: [],
});

export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const KEY = 'css-recall.import-draft';

/** This tab's sessionStorage, or null where the browser refuses it (some private modes). */
export function sessionDraftStorage(): DraftStorage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** The kept draft, or an empty one when there is none or it cannot be read. */
export function loadDraft(storage: DraftStorage | null): ImportDraft {
  try {
    const raw = storage?.getItem(KEY);
    if (!raw) return { ...EMPTY_DRAFT };
    const parsed = v.safeParse(DraftSchema, JSON.parse(raw));
    return parsed.success ? parsed.output : { ...EMPTY_DRAFT };
  } catch {
    return { ...EMPTY_DRAFT };
  }
}

/**
 * Keeps the draft; an empty one is removed. When storage is full, keeps it without the files (they
 * can be picked again), else not at all. Returns whether the pasted text was kept.
 */
export function saveDraft(storage: DraftStorage | null, draft: ImportDraft): boolean {
  if (!storage) return false;
  try {
    const empty = draft.text === '' && draft.title === '' && draft.files.length === 0;
    if (empty && draft.deckName === DEFAULT_DECK_NAME) storage.removeItem(KEY);
    else storage.setItem(KEY, JSON.stringify(draft));
    return true;
  } catch {
    try {
      storage.setItem(KEY, JSON.stringify({ ...draft, files: [] }));
      return true;
    } catch {
      return false;
    }
  }
}
