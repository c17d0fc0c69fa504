// The one message shown while storage is full: what happened, that nothing was lost, and a way to try
// again once space is freed (also tried each time the tab comes back into view).
import { useEffect, useState, useSyncExternalStore } from 'react';
import { db } from '../db/db.ts';
import {
  isStorageFull,
  onStorageFullChange,
  probeStorage,
  STORAGE_FULL_MESSAGE,
} from '../db/storage-full.ts';

export function StorageFullBanner() {
  const full = useSyncExternalStore(onStorageFullChange, isStorageFull);
  const [checking, setChecking] = useState(false);
  const check = async () => {
    setChecking(true);
    await probeStorage(db);
    setChecking(false);
  };
  useEffect(() => {
    if (!full) return;
    const onVisible = () => {
      if (document.visibilityState === 'visible') void probeStorage(db);
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [full]);
  if (!full) return null;
  return (
    <div className="notice notice-error storage-full" role="alert">
      <span>{STORAGE_FULL_MESSAGE}</span>
      <button type="button" className="btn" disabled={checking} onClick={() => void check()}>
        {checking ? 'Checking…' : 'I freed some space'}
      </button>
    </div>
  );
}
