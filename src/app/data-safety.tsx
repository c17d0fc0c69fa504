// Keeps the daily snapshot and notices a wiped database: on start (and whenever the tab is hidden) it
// snapshots the day's state; if the browser deleted the data since the app last saw it, it says so and
// offers the latest snapshot, and takes no snapshot until the person has chosen.
import { useEffect, useState } from 'react';
import { restoreBackup } from '../db/backup.ts';
import { db } from '../db/db.ts';
import {
  acceptFreshStart,
  cacheSnapshotStore,
  checkForWipe,
  readSnapshot,
  takeSnapshot,
  type WipeCheck,
} from '../db/snapshots.ts';

const store = cacheSnapshotStore();
let choosing = false;

function snapshotNow(): void {
  if (store && !choosing) void takeSnapshot(db, store, new Date()).catch(() => undefined);
}

export function DataSafety() {
  const [wipe, setWipe] = useState<WipeCheck | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!store) return;
    let live = true;
    void checkForWipe(db, store).then(
      (check) => {
        if (!live) return;
        if (check.wiped) {
          choosing = true;
          setWipe(check);
        } else snapshotNow();
      },
      () => undefined,
    );
    const onHide = () => {
      if (document.visibilityState === 'hidden') snapshotNow();
    };
    document.addEventListener('visibilitychange', onHide);
    return () => {
      live = false;
      document.removeEventListener('visibilitychange', onHide);
    };
  }, []);

  if (!store || (!wipe && !status)) return null;
  const restoreLatest = async () => {
    if (!wipe?.latest) return;
    setBusy(true);
    const snap = await readSnapshot(store, wipe.latest.key);
    try {
      if (!snap.ok) throw new Error(snap.message);
      const s = await restoreBackup(db, snap.backup, 'replace', new Date());
      choosing = false;
      setWipe(null);
      setStatus(
        `Restored the snapshot of ${wipe.latest.day}: ${s.reviews} reviews and ${s.articles} imported articles.`,
      );
    } catch (e) {
      setStatus(`The snapshot could not be restored (${e instanceof Error ? e.message : String(e)}).`);
    } finally {
      setBusy(false);
    }
  };
  const startAfresh = async () => {
    await acceptFreshStart(store, new Date());
    choosing = false;
    setWipe(null);
  };
  if (!wipe) {
    return (
      <div className="notice notice-ok data-safety" role="status">
        <span>{status}</span>
        <button type="button" className="btn" onClick={() => setStatus(null)}>
          OK
        </button>
      </div>
    );
  }
  const had = wipe.had;
  return (
    <div className="notice notice-error data-safety" role="alert">
      <span>
        The browser has deleted CSS Recall’s data on this device
        {had
          ? ` (it held ${had.reviews} reviews and ${had.articles} imported articles on ${had.seenAt.toLocaleDateString()})`
          : ''}
        .{' '}
        {wipe.latest
          ? `The latest snapshot, of ${wipe.latest.day}, holds ${wipe.latest.reviews} reviews and ${wipe.latest.articles} imported articles.`
          : 'No snapshot is left; restore a backup file from Settings if you have one.'}
      </span>
      {wipe.latest ? (
        <button
          type="button"
          className="btn btn-primary"
          disabled={busy}
          onClick={() => void restoreLatest()}
        >
          Restore the snapshot
        </button>
      ) : null}
      <button type="button" className="btn" disabled={busy} onClick={() => void startAfresh()}>
        Start afresh
      </button>
    </div>
  );
}
