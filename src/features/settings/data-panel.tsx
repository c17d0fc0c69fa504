// "Your data": download a backup of all progress, restore one, and see how much space the app uses.
import { useEffect, useState } from 'react';
import { exportBackup, restoreBackup } from '../../db/backup.ts';
import { db } from '../../db/db.ts';

const MAX_BACKUP_BYTES = 100 * 1024 * 1024;

type Status = { kind: 'ok' | 'error'; text: string } | null;

export function DataPanel() {
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const [usage, setUsage] = useState<string | null>(null);

  useEffect(() => {
    void navigator.storage?.estimate?.().then((e) => {
      if (e.usage !== undefined) setUsage(`${(e.usage / 1024 / 1024).toFixed(1)} MB`);
    });
  }, []);

  const download = async () => {
    setBusy(true);
    try {
      const now = new Date();
      const data = await exportBackup(db, now);
      const blob = new Blob([JSON.stringify(data)], { type: 'application/json' });
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = `css-recall-backup-${now.toISOString().slice(0, 10)}.json`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setStatus({ kind: 'ok', text: 'Backup downloaded.' });
    } catch {
      setStatus({ kind: 'error', text: 'The backup could not be made. Reload the page and try again.' });
    } finally {
      setBusy(false);
    }
  };

  const restore = async (file: File) => {
    setBusy(true);
    try {
      if (file.size > MAX_BACKUP_BYTES) throw new Error('This file is too large to be a CSS Recall backup.');
      let json: unknown;
      try {
        json = JSON.parse(await file.text());
      } catch {
        throw new Error('This file is not a CSS Recall backup (it is not JSON).');
      }
      const s = await restoreBackup(db, json);
      const extra = s.unknownCards > 0 ? ` ${s.unknownCards} cards belong to decks not on this device.` : '';
      setStatus({ kind: 'ok', text: `Restored ${s.cards} cards and ${s.reviews} new reviews.${extra}` });
    } catch (e) {
      setStatus({
        kind: 'error',
        text: e instanceof Error ? e.message : 'The backup could not be restored.',
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="panel settings-panel">
      <h2 className="panel-title">Your data</h2>
      <p className="muted data-lead">
        Cards and reviews live only in this browser{usage ? ` (${usage} used)` : ''}. Keep a backup before you
        clear browsing data or change phones.
      </p>
      <div className="data-actions">
        <button type="button" className="btn" disabled={busy} onClick={() => void download()}>
          Download backup
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
              if (file) void restore(file);
            }}
          />
        </label>
      </div>
      {status ? (
        <p className={status.kind === 'ok' ? 'notice notice-ok' : 'notice notice-error'} role="status">
          {status.text}
        </p>
      ) : null}
    </div>
  );
}
