// "Take a deck to Anki": pick a deck and download it as an Anki package (.apkg) with its cards'
// schedules and review history. The SQLite and zip code loads only when a person exports.
import { useEffect, useId, useState } from 'react';
import { listDecks } from '../../db/browse-repo.ts';
import { db } from '../../db/db.ts';
import { useLiveQuery } from '../../db/live.ts';
import { asDeckId } from '../../domain/ids.ts';

type Status = { kind: 'ok' | 'error'; text: string } | null;

/** A file name from a deck's title: letters, digits and dashes. */
function fileName(title: string, day: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, ' ')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase();
  return `${base || 'deck'}-${day}.apkg`;
}

export function AnkiExport({
  onDownload,
}: {
  onDownload: (bytes: Uint8Array<ArrayBuffer>, name: string) => void;
}) {
  const id = useId();
  const decks = useLiveQuery(() => listDecks(db), []);
  const [chosen, setChosen] = useState('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  useEffect(() => {
    if (decks && !decks.some((d) => d.id === chosen)) setChosen(decks[0]?.id ?? '');
  }, [decks, chosen]);
  if (!decks || decks.length === 0) return null;

  const exportDeck = async () => {
    const deck = decks.find((d) => d.id === chosen);
    if (!deck) return;
    setBusy(true);
    setStatus(null);
    try {
      const [{ exportDeckToAnki }, { apkgFile, loadSqlite }] = await Promise.all([
        import('../../db/export-anki.ts'),
        import('../../db/anki-package.ts'),
      ]);
      const now = new Date();
      const [collection, sqlite] = await Promise.all([
        exportDeckToAnki(db, asDeckId(deck.id), now),
        loadSqlite(),
      ]);
      onDownload(apkgFile(sqlite, collection), fileName(deck.title, now.toISOString().slice(0, 10)));
      const count = collection.cards.length;
      setStatus({
        kind: 'ok',
        text: `“${deck.title}” downloaded for Anki: ${count.toLocaleString('en')} ${count === 1 ? 'card' : 'cards'} with their schedules and ${collection.revlog.length.toLocaleString('en')} reviews. In Anki, choose File → Import and pick the file.`,
      });
    } catch {
      setStatus({
        kind: 'error',
        text: 'The Anki file could not be made. Reload the page and try again; nothing was changed.',
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-label="Export to Anki">
      <h3 className="panel-subtitle">Take a deck to Anki</h3>
      <div className="anki-export">
        <div className="field">
          <label className="field-label" htmlFor={id}>
            Deck
          </label>
          <select id={id} value={chosen} disabled={busy} onChange={(e) => setChosen(e.target.value)}>
            {decks.map((d) => (
              <option key={d.id} value={d.id}>
                {d.title}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="btn"
          disabled={busy || chosen === ''}
          onClick={() => void exportDeck()}
        >
          {busy ? 'Making the file…' : 'Download for Anki (.apkg)'}
        </button>
      </div>
      {status ? (
        <p className={status.kind === 'ok' ? 'notice notice-ok' : 'notice notice-error'} role="status">
          {status.text}
        </p>
      ) : null}
    </section>
  );
}
