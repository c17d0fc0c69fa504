// On start, rebuilds cards whose stored schedule the app cannot use and says which, so one bad value
// never empties Study without a word.
import { useEffect, useState } from 'react';
import { db } from '../db/db.ts';
import { type RepairReport, repairCards } from '../db/repair.ts';

export function RepairNotice() {
  const [report, setReport] = useState<RepairReport | null>(null);
  useEffect(() => {
    void repairCards(db, new Date()).then(setReport, () => setReport(null));
  }, []);
  const repaired = report?.repaired ?? [];
  const first = repaired[0];
  if (!first) return null;
  const others = repaired.length - 1;
  return (
    <div className="toast" role="alert">
      <span>
        {repaired.length === 1 ? 'One card' : `${repaired.length} cards`} had a stored schedule the app could
        not use (“{first.prompt.slice(0, 80)}”: {first.problem}
        {others > 0 ? `, and ${others} more` : ''}). {repaired.length === 1 ? 'It was' : 'Each was'} rebuilt
        from its review history.
      </span>
      <button type="button" className="btn" onClick={() => setReport(null)}>
        OK
      </button>
    </div>
  );
}
