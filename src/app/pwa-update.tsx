// Registers the service worker (so the app works offline) and offers a reload when a new version is
// ready. Only the tab where the person accepts the update reloads; any other open tab is told, and
// reloads when its person chooses (a quiz or an answer in progress there is not thrown away).

import { useRegisterSW } from 'virtual:pwa-register/react';
import { useEffect, useState } from 'react';

/** How long the "works offline" news stays up: it asks nothing of the person, so it need not wait. */
const OFFLINE_READY_MS = 8000;

/** Set in the tab whose person pressed Reload: that tab alone reloads when the new version takes over. */
let acceptedHere = false;

export function PwaUpdate() {
  const [updatedElsewhere, setUpdatedElsewhere] = useState(false);
  const {
    offlineReady: [offlineReady, setOfflineReady],
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onNeedReload: () => {
      if (acceptedHere) window.location.reload();
      else setUpdatedElsewhere(true);
    },
  });

  useEffect(() => {
    if (!offlineReady || needRefresh) return;
    const timer = setTimeout(() => setOfflineReady(false), OFFLINE_READY_MS);
    return () => clearTimeout(timer);
  }, [offlineReady, needRefresh, setOfflineReady]);

  if (updatedElsewhere) {
    return (
      // In the page's flow above the screen, not floating over it: it covers nothing while it is up.
      <div className="notice notice-ok pwa-notice" role="status">
        <span>CSS Recall was updated in another tab. Reload this tab when you are ready.</span>
        <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
          Reload
        </button>
      </div>
    );
  }
  if (!offlineReady && !needRefresh) return null;
  return (
    // In the page's flow above the screen, not floating over it: it covers nothing while it is up.
    <div className="notice notice-ok pwa-notice" role="status">
      <span className="pwa-notice-text">
        {needRefresh ? 'A new version of CSS Recall is ready.' : 'CSS Recall now works offline.'}
      </span>
      {needRefresh ? (
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => {
            acceptedHere = true;
            void updateServiceWorker(true);
          }}
        >
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
