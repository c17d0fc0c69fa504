// The Import screen (route "/import"): paste an article or pick .txt files, find the dated facts and
// write questions in a worker, preview them, and save them to a deck; below, the imported decks.
import './import.css';
import { useContext, useEffect } from 'react';
import { Link } from 'wouter';
import { counted } from '../../components/counted.ts';
import { Screen } from '../../components/screen.tsx';
import { db } from '../../db/db.ts';
import { listImportedDecks } from '../../db/import-repo.ts';
import { useLiveQuery } from '../../db/live.ts';
import { ImportStoreContext } from './import-context.ts';
import { ImportForm } from './import-form.tsx';
import { ImportPreviewPanel } from './import-preview.tsx';
import { useImport } from './import-store.ts';
import { ImportedDecks } from './imported-decks.tsx';

/** The saved notice takes focus (and so scrolls into view) where the preview's buttons were. */
const focusOnShow = (el: HTMLElement | null) => el?.focus();

export function ImportScreen() {
  const store = useContext(ImportStoreContext);
  const preview = useImport(store, (s) => s.preview);
  const saved = useImport(store, (s) => s.saved);
  const decks = useLiveQuery(() => listImportedDecks(db), []);
  // News of a save is for now: coming back to the screen later should not show it again.
  useEffect(() => () => store.setState({ saved: null }), [store]);

  return (
    <Screen
      title="Import"
      lead="Paste an article or choose .txt files. The app finds the dated facts and writes questions, all on this device."
    >
      {saved ? (
        <p className="notice notice-ok" role="status" tabIndex={-1} ref={focusOnShow}>
          Saved {counted(saved.articles, 'article', 'articles')} to “{saved.deckTitle}”:{' '}
          {counted(saved.added, 'new card', 'new cards')} in your study queue. <Link href="/">Study now</Link>
        </p>
      ) : null}
      {preview ? (
        <ImportPreviewPanel key={preview.articles[0]?.id} store={store} preview={preview} />
      ) : (
        <ImportForm store={store} deckNames={(decks ?? []).map((d) => d.title)} />
      )}
      <ImportedDecks store={store} decks={decks} />
    </Screen>
  );
}
