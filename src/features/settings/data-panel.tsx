// "Your data": download a backup of everything, restore one or a daily snapshot (shown first, then
// replace or merge), see how much space the app uses, and a reminder when the last backup is old.
import { useEffect, useState } from 'react';
import { backupContents, exportBackup, type RestoreMode, restoreBackup } from '../../db/backup.ts';
import { type Backup, checkBackupText, MAX_BACKUP_BYTES } from '../../db/backup-schema.ts';
import { db } from '../../db/db.ts';
import { exportCardsCsv } from '../../db/export-csv.ts';
import { cacheSnapshotStore, listSnapshots, readSnapshot, type SnapshotInfo } from '../../db/snapshots.ts';
import { isQuotaError } from '../../db/storage-errors.ts';
import { AnkiExport } from './anki-export.tsx';

type Status = { kind: 'ok' | 'error'; text: string } | null;

const LAST_BACKUP_KEY = 'css-recall-last-backup';
/** A backup older than this, on storage the browser may clear, earns a reminder. */
const REMIND_AFTER_DAYS = 14;

function lastBackupAt(): Date | null {
  try {
    const v = localStorage.getItem(LAST_BACKUP_KEY);
    return v ? new Date(v) : null;
  } catch {
    return null;
  }
}

const snapshotStore = cacheSnapshotStore();

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** Saves `data` as a file the browser downloads. */
function downloadText(data: string | Uint8Array<ArrayBuffer>, type: string, fileName: string): void {
  const blob = new Blob([data], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function DataPanel() {
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const [usage, setUsage] = useState<string | null>(null);
  const [pending, setPending] = useState<{ name: string; backup: Backup } | null>(null);
  const [snapshots, setSnapshots] = useState<SnapshotInfo[]>([]);
  const [remind, setRemind] = useState<string | null>(null);

  useEffect(() => {
    if (snapshotStore) void listSnapshots(snapshotStore).then(setSnapshots, () => setSnapshots([]));
    void (navigator.storage?.persisted?.() ?? Promise.resolve(false)).then((persisted) => {
      const last = lastBackupAt();
      const days = last ? Math.floor((Date.now() - last.getTime()) / 86_400_000) : null;
      if (persisted || (days !== null && days < REMIND_AFTER_DAYS)) return;
      setRemind(
        `This browser may clear the app’s data when space runs low. ${days === null ? 'No backup has been downloaded here yet' : `The last backup was downloaded ${days} days ago`}: download one now and keep it somewhere safe.`,
      );
    });
  }, []);

  useEffect(() => {
    void navigator.storage?.estimate?.().then((e) => {
      if (e.usage !== undefined) setUsage(`${(e.usage / 1024 / 1024).toFixed(1)} MB`);
    });
  }, []);

  const download = async () => {
    setBusy(true);
    try {
      const now = new Date();
      const data = JSON.stringify(await exportBackup(db, now));
      downloadText(data, 'application/json', `css-recall-backup-${now.toISOString().slice(0, 10)}.json`);
      try {
        localStorage.setItem(LAST_BACKUP_KEY, now.toISOString());
      } catch {
        // Without localStorage the reminder simply keeps showing.
      }
      setRemind(null);
      setStatus({ kind: 'ok', text: 'Backup downloaded.' });
    } catch {
      setStatus({ kind: 'error', text: 'The backup could not be made. Reload the page and try again.' });
    } finally {
      setBusy(false);
    }
  };

  const downloadCsv = async () => {
    setBusy(true);
    try {
      const now = new Date();
      // A byte order mark, so spreadsheets read the file as UTF-8 (Urdu names, dashes, quotes).
      const csv = `\uFEFF${await exportCardsCsv(db)}`;
      downloadText(csv, 'text/csv', `css-recall-cards-${now.toISOString().slice(0, 10)}.csv`);
      setStatus({ kind: 'ok', text: 'Cards downloaded as CSV.' });
    } catch {
      setStatus({ kind: 'error', text: 'The CSV could not be made. Reload the page and try again.' });
    } finally {
      setBusy(false);
    }
  };

  const open = async (file: File) => {
    setPending(null);
    if (file.size > MAX_BACKUP_BYTES) {
      setStatus({
        kind: 'error',
        text: `This backup was not restored: the file is larger than ${MAX_BACKUP_BYTES / 1024 / 1024} MB, too large to be a CSS Recall backup. Nothing was changed.`,
      });
      return;
    }
    setBusy(true);
    try {
      const checked = checkBackupText(await file.text());
      if (checked.ok) {
        setStatus(null);
        setPending({ name: file.name, backup: checked.backup });
      } else setStatus({ kind: 'error', text: checked.message });
    } catch {
      setStatus({ kind: 'error', text: 'This file could not be read. Nothing was changed.' });
    } finally {
      setBusy(false);
    }
  };

  const openSnapshot = async (s: SnapshotInfo) => {
    if (!snapshotStore) return;
    const checked = await readSnapshot(snapshotStore, s.key);
    if (checked.ok) {
      setStatus(null);
      setPending({ name: `The snapshot of ${s.day}`, backup: checked.backup });
    } else setStatus({ kind: 'error', text: checked.message });
  };

  const restore = async (mode: RestoreMode) => {
    if (!pending) return;
    setBusy(true);
    try {
      const s = await restoreBackup(db, pending.backup, mode, new Date());
      const extra =
        s.unknownCards > 0 ? ` ${plural(s.unknownCards, 'card')} belong to decks not on this device.` : '';
      const recomputed =
        s.recomputed > 0
          ? ` ${plural(s.recomputed, 'card')} had their schedule worked out again from the merged reviews.`
          : '';
      setStatus({
        kind: 'ok',
        text: `${mode === 'replace' ? 'Replaced with the backup' : 'Merged the backup'}: ${plural(s.cards, 'card')}, ${plural(s.reviews, 'new review')}.${recomputed}${extra}`,
      });
      setPending(null);
    } catch (e) {
      setStatus({
        kind: 'error',
        text: isQuotaError(e)
          ? 'This device is out of storage, so the backup was not restored and nothing was changed. Free some space and try again.'
          : 'The backup could not be restored, and nothing was changed. Reload the page and try again.',
      });
    } finally {
      setBusy(false);
    }
  };

  const contents = pending ? backupContents(pending.backup) : null;
  return (
    <div className="panel settings-panel">
      <h2 className="panel-title">Your data</h2>
      <p className="muted data-lead">
        Cards, reviews and imported articles live only in this browser{usage ? ` (${usage} used)` : ''}. Keep
        a backup before you clear browsing data or change phones.
      </p>
      <div className="data-actions">
        <button type="button" className="btn" disabled={busy} onClick={() => void download()}>
          Download backup
        </button>
        <button type="button" className="btn" disabled={busy} onClick={() => void downloadCsv()}>
          Cards as CSV
        </button>
        <label className="btn file-button">
          Restore backup
          <input
            type="file"
            accept="application/json,.json"
            disabled={busy}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void open(file);
            }}
          />
        </label>
      </div>
      {remind ? <p className="notice notice-warn">{remind}</p> : null}
      <AnkiExport onDownload={(bytes, name) => downloadText(bytes, 'application/octet-stream', name)} />
      {snapshots.length > 0 ? (
        <section aria-label="Snapshots">
          <h3 className="panel-subtitle">Daily snapshots</h3>
          <p className="muted">
            Kept on this device each day you study, the last {snapshots.length} of them.
          </p>
          <ul className="snapshot-list">
            {snapshots.map((s) => (
              <li key={s.key}>
                <span>
                  {s.day}: {plural(s.reviews, 'review')}, {plural(s.articles, 'imported article')}
                </span>{' '}
                <button
                  type="button"
                  className="btn btn-quiet"
                  disabled={busy}
                  aria-label={`Restore the snapshot of ${s.day}`}
                  onClick={() => void openSnapshot(s)}
                >
                  Restore
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {pending && contents ? (
        <section className="restore-preview" aria-label="Backup to restore">
          <p>
            <strong>{pending.name}</strong>
            {contents.exportedAt ? `, made ${contents.exportedAt.toLocaleString()}` : ''}, holds{' '}
            {plural(contents.cards, 'card')} ({contents.studied} studied
            {contents.edited > 0 ? `, ${contents.edited} edited by you` : ''}),{' '}
            {plural(contents.reviews, 'review')}, {plural(contents.settings, 'setting')},{' '}
            {plural(contents.articles, 'imported article')}
            {contents.quizResults > 0 ? `, ${plural(contents.quizResults, 'quiz result')}` : ''}
            {contents.decks.length > 0
              ? ` and the imported decks ${contents.decks.map((d) => `“${d}”`).join(', ')}`
              : ''}
            .
          </p>
          <p className="muted">
            <strong>Replace</strong> makes this device’s progress, history and settings the backup’s.{' '}
            <strong>Merge</strong> keeps both: every review of either, each card scheduled from all of its
            reviews.
          </p>
          <div className="data-actions">
            <button type="button" className="btn" disabled={busy} onClick={() => void restore('replace')}>
              Replace
            </button>
            <button
              type="button"
              className="btn btn-primary"
              disabled={busy}
              onClick={() => void restore('merge')}
            >
              Merge
            </button>
            <button type="button" className="btn" disabled={busy} onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </section>
      ) : null}
      {status ? (
        <p className={status.kind === 'ok' ? 'notice notice-ok' : 'notice notice-error'} role="status">
          {status.text}
        </p>
      ) : null}
    </div>
  );
}
