// Tells the person when this tab has to reload because another tab moved the database on.
import { useEffect, useState } from 'react';
import { type ConnectionProblem, requestPersistentStorage, watchConnection } from '../db/connection.ts';
import { db } from '../db/db.ts';

export function ConnectionNotice() {
  const [problem, setProblem] = useState<ConnectionProblem | null>(null);
  useEffect(() => watchConnection(db, setProblem), []);
  useEffect(() => {
    void requestPersistentStorage();
  }, []);
  if (!problem) return null;
  return (
    <div className="toast" role="alert">
      <span>
        {problem === 'blocked'
          ? 'CSS Recall is open in another tab with an older version. Close it to continue.'
          : 'CSS Recall was updated in another tab. Reload to keep studying.'}
      </span>
      <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
        Reload
      </button>
    </div>
  );
}
