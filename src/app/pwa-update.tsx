// Registers the service worker (so the app works offline) and offers a reload when a new version is ready.

import { useRegisterSW } from 'virtual:pwa-register/react';
import { useEffect } from 'react';

/** How long the "works offline" news stays up: it asks nothing of the person, so it need not wait. */
const OFFLINE_READY_MS = 8000;

export function PwaUpdate() {
  const {
    offlineReady: [offlineReady, setOfflineReady],
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW();

  useEffect(() => {
    if (!offlineReady || needRefresh) return;
    const timer = setTimeout(() => setOfflineReady(false), OFFLINE_READY_MS);
    return () => clearTimeout(timer);
  }, [offlineReady, needRefresh, setOfflineReady]);

  if (!offlineReady && !needRefresh) return null;
  return (
    <div className="toast" role="status">
      <span>{needRefresh ? 'A new version of CSS Recall is ready.' : 'CSS Recall now works offline.'}</span>
      {needRefresh ? (
        <button type="button" className="btn btn-primary" onClick={() => void updateServiceWorker(true)}>
          Reload
        </button>
      ) : null}
      <button
        type="button"
        className="btn"
        onClick={() => {
          setOfflineReady(false);
          setNeedRefresh(false);
        }}
      >
        {needRefresh ? 'Later' : 'OK'}
      </button>
    </div>
  );
}
