// The Import screen's session: the draft (kept in sessionStorage), the step it is at (editing, finding
// facts, preview, saving), the preview, and actions that go through the generator and the import
// repository. The store works without React (`useImport` is the hook over it); the generator and
// storage are passed in, so tests use fakes.
import { useSyncExternalStore } from 'react';
import { createStore } from 'zustand/vanilla';
import { db as appDb } from '../../db/db.ts';
import {
  type DeckBuilder,
  DeckBusyError,
  DuplicateArticleError,
  InvalidDeckError,
  type NewArticle,
  newArticleId,
  removeArticle,
  saveArticles,
} from '../../db/import-repo.ts';
import type { RecallDb } from '../../db/schema.ts';
import { isQuotaError } from '../../db/storage-errors.ts';
import type { ArticleId } from '../../domain/ids.ts';
import { deckNameOf, importedDeckId } from '../../domain/imported-deck.ts';
import { articleTitle, checkPasted, readTextFile, titleOfFile } from './article-text.ts';
import {
  createWorkerGenerator,
  type DeckGenerator,
  GenerationCancelled,
  GeneratorError,
} from './deck-generator.ts';
import {
  type DraftStorage,
  EMPTY_DRAFT,
  type ImportDraft,
  loadDraft,
  saveDraft,
  sessionDraftStorage,
} from './draft-storage.ts';
import type { GenerateResult } from './generate.ts';

export type ImportStep = 'editing' | 'finding' | 'preview' | 'saving';

export interface ImportPreview {
  /** The articles looked at, with the ids they will be saved under. */
  articles: NewArticle[];
  /** The deck name as it was when facts were looked for. */
  deckName: string;
  result: GenerateResult;
}

export interface SavedNotice {
  deckTitle: string;
  articles: number;
  /** Cards the save added to the deck. */
  added: number;
}

export interface ImportState {
  draft: ImportDraft;
  step: ImportStep;
  preview: ImportPreview | null;
  /** Picked files that were turned away, one sentence each naming the file. */
  fileProblems: string[];
  /** A problem with finding facts or saving, in words a person understands. */
  error: string | null;
  /** While facts are found: how far it has come, in words. */
  progress: string | null;
  saved: SavedNotice | null;
  /** The article being removed, while it is. */
  removing: ArticleId | null;
  /** A problem with removing an article. */
  removeError: string | null;
  /** False when the browser would not keep the draft (so a reload would lose it). */
  draftKept: boolean;
  edit: (patch: Partial<Pick<ImportDraft, 'text' | 'title' | 'deckName'>>) => void;
  addFiles: (files: readonly File[]) => Promise<void>;
  removeFile: (name: string) => void;
  findFacts: () => Promise<void>;
  /** Stops finding facts; the draft stays. */
  cancel: () => void;
  /** Leaves the preview for the draft, as it was. */
  backToText: () => void;
  /** Drops the preview and the draft. */
  discard: () => void;
  save: () => Promise<void>;
  removeArticle: (id: ArticleId) => Promise<void>;
}

export interface ImportStoreOptions {
  db?: RecallDb;
  generator?: DeckGenerator;
  storage?: DraftStorage | null;
  clock?: () => Date;
}

export const NO_FACTS =
  'No dated facts were found. The fact finder looks for events with a date, such as “The two countries signed a trade agreement on 2 April 1954.” Check that the text is a whole article with dates in it.';

function describeSaveError(e: unknown): string {
  if (isQuotaError(e)) {
    return 'Your device is out of storage, so nothing was saved. Free some space and try again — your article is still here.';
  }
  if (e instanceof DuplicateArticleError || e instanceof DeckBusyError) return e.message;
  if (e instanceof InvalidDeckError)
    return `The cards made from this article failed a check, so nothing was saved. ${e.message}`;
  if (e instanceof GeneratorError)
    return `The fact finder stopped with an error (${e.message}), so nothing was saved. Try again.`;
  return `The article could not be saved (${e instanceof Error ? e.message : String(e)}). Your article is still here; try again.`;
}

function describeFindError(e: unknown): string {
  const why = e instanceof Error ? e.message : String(e);
  return `The fact finder stopped with an error (${why}). Your text is still here; try again.`;
}

function describeRemoveError(e: unknown): string {
  if (isQuotaError(e))
    return 'Your device is out of storage, so the article was not removed. Free some space and try again.';
  if (e instanceof DeckBusyError) return e.message;
  return `The article could not be removed (${e instanceof Error ? e.message : String(e)}). Try again.`;
}

export function createImportStore(options: ImportStoreOptions = {}) {
  const db = options.db ?? appDb;
  const storage = options.storage === undefined ? sessionDraftStorage() : options.storage;
  const clock = options.clock ?? (() => new Date());
  let generator = options.generator ?? null;
  const gen = (): DeckGenerator => {
    generator ??= createWorkerGenerator();
    return generator;
  };
  const build: DeckBuilder = async ({ deckId, title, articles }) =>
    (await gen().generate({ deckId, title, articles })).deck;
  /** Bumped by every find and cancel, so a late answer to an old request is ignored. */
  let findToken = 0;

  const store = createStore<ImportState>()((set, get) => {
    const setDraft = (draft: ImportDraft) => set({ draft, draftKept: saveDraft(storage, draft) });
    return {
      draft: loadDraft(storage),
      step: 'editing',
      preview: null,
      fileProblems: [],
      error: null,
      progress: null,
      saved: null,
      removing: null,
      removeError: null,
      draftKept: true,

      edit: (patch) => {
        setDraft({ ...get().draft, ...patch });
        // A message about the text as it was is stale once the text changes.
        if (get().saved || get().error) set({ saved: null, error: null });
      },

      addFiles: async (files) => {
        const problems: string[] = [];
        const added: ImportDraft['files'] = [];
        for (const file of files) {
          const read = await readTextFile(file);
          if (!read.ok) {
            problems.push(read.message);
            continue;
          }
          const known = [...get().draft.files, ...added].some((f) => f.text === read.text);
          if (known) problems.push(`“${file.name}” is already in the list.`);
          else added.push({ name: file.name, title: titleOfFile(file.name), text: read.text });
        }
        const draft = get().draft;
        setDraft({ ...draft, files: [...draft.files, ...added] });
        set({ fileProblems: problems, saved: null, error: null });
      },

      removeFile: (name) => {
        const draft = get().draft;
        setDraft({ ...draft, files: draft.files.filter((f) => f.name !== name) });
      },

      findFacts: async () => {
        const { draft, step } = get();
        if (step === 'finding' || step === 'saving') return;
        const articles: NewArticle[] = [];
        if (draft.text !== '' || draft.files.length === 0) {
          const pasted = checkPasted(draft.text);
          // Only blank space in the box is no problem when files were picked.
          if (!pasted.ok && !(draft.files.length > 0 && draft.text.trim() === '')) {
            set({ error: pasted.message, saved: null });
            return;
          }
          if (pasted.ok) {
            articles.push({
              id: newArticleId(),
              title: articleTitle(draft.title, pasted.text),
              text: pasted.text,
            });
          }
        }
        for (const f of draft.files) articles.push({ id: newArticleId(), title: f.title, text: f.text });
        const deckName = deckNameOf(draft.deckName);
        const token = ++findToken;
        set({ step: 'finding', error: null, saved: null, preview: null, progress: null });
        try {
          const result = await gen().generate(
            { deckId: importedDeckId(deckName), title: deckName, articles },
            (p) => {
              if (token !== findToken) return;
              set({
                progress:
                  p.stage === 'building'
                    ? `Writing questions from ${p.of === 1 ? 'the article' : `all ${p.of} articles`}…`
                    : `Finding dated facts in “${p.title}”${p.of > 1 ? ` (article ${p.article} of ${p.of})` : ''}…`,
              });
            },
          );
          if (token !== findToken) return;
          const found = Object.values(result.found).reduce((a, b) => a + b, 0);
          if (found === 0) {
            set({ step: 'editing', error: NO_FACTS });
            return;
          }
          set({ step: 'preview', preview: { articles, deckName, result } });
        } catch (e) {
          if (token !== findToken) return;
          set({ step: 'editing', error: e instanceof GenerationCancelled ? null : describeFindError(e) });
        }
      },

      cancel: () => {
        if (get().step !== 'finding') return;
        findToken++;
        gen().cancel();
        set({ step: 'editing', error: null });
      },

      backToText: () => {
        if (get().step === 'preview') set({ step: 'editing', preview: null, error: null });
      },

      discard: () => {
        if (get().step === 'saving' || get().step === 'finding') return;
        setDraft({ ...EMPTY_DRAFT, deckName: get().draft.deckName });
        set({ step: 'editing', preview: null, error: null, fileProblems: [] });
      },

      save: async () => {
        const { preview, step } = get();
        if (!preview || step !== 'preview') return;
        set({ step: 'saving', error: null });
        try {
          // An article with no dated fact would add nothing but a line to the list below.
          const articles = preview.articles.filter((a) => (preview.result.found[a.id] ?? 0) > 0);
          const r = await saveArticles(db, preview.deckName, articles, build, clock());
          setDraft({ ...EMPTY_DRAFT, deckName: get().draft.deckName });
          set({
            step: 'editing',
            preview: null,
            fileProblems: [],
            saved: { deckTitle: r.deckTitle, articles: r.articleIds.length, added: r.summary.added },
          });
        } catch (e) {
          set({ step: 'preview', error: describeSaveError(e) });
        }
      },

      removeArticle: async (id) => {
        if (get().removing) return;
        set({ removing: id, removeError: null });
        try {
          await removeArticle(db, id, build, clock());
          set({ removing: null });
        } catch (e) {
          set({ removing: null, removeError: describeRemoveError(e) });
        }
      },
    };
  });
  return store;
}

export type ImportStore = ReturnType<typeof createImportStore>;

/** The app's import session: it outlives the screen, so a preview is still there on coming back. */
export const importStore = createImportStore();

/**
 * A piece of an import session's state, re-rendering when it changes. The store is zustand's vanilla
 * core with this hook over it: importing zustand's React entry here would make the bundler split the
 * app's shared code (React, Dexie) out of the main chunk into a second file loaded on every start.
 */
export function useImport<T>(store: ImportStore, select: (state: ImportState) => T): T {
  return useSyncExternalStore(store.subscribe, () => select(store.getState()));
}
