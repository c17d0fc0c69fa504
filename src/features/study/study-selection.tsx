// "What to study": the decks and eras the queue draws from (none ticked means all), saved as settings.
import { db } from '../../db/db.ts';
import { useLiveQuery } from '../../db/live.ts';
import { type Settings, saveSetting } from '../../db/settings-repo.ts';
import { noteWriteError } from '../../db/storage-full.ts';
import { listStudyDecks } from '../../db/study-repo.ts';

export function StudySelection({ settings }: { settings: Settings }) {
  const decks = useLiveQuery(() => listStudyDecks(db), []) ?? [];
  if (decks.length === 0) return null;
  const eras = new Map<string, string>();
  for (const d of decks) {
    if (settings.studyDecks.length > 0 && !settings.studyDecks.includes(d.id)) continue;
    for (const e of d.eras) if (!eras.has(e.id)) eras.set(e.id, e.name);
  }
  const toggle = (key: 'studyDecks' | 'studyEras', list: string[], id: string) => {
    const next = list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
    // A failure for want of space is shown by the storage-full notice; the choice on screen stays.
    saveSetting(db, key, next).catch(noteWriteError);
  };
  const chosen = [
    settings.studyDecks.length === 0 ? 'all decks' : `${settings.studyDecks.length} of ${decks.length} decks`,
    settings.studyEras.length === 0 ? 'all eras' : `${settings.studyEras.length} of ${eras.size} eras`,
  ].join(', ');
  return (
    <details className="panel study-selection">
      <summary>
        What to study: <span className="muted">{chosen}</span>
      </summary>
      {decks.length > 1 ? (
        <fieldset className="segmented">
          <legend>Decks (none ticked means all)</legend>
          {decks.map((d) => (
            <label key={d.id} className="segment">
              <input
                type="checkbox"
                checked={settings.studyDecks.includes(d.id)}
                onChange={() => toggle('studyDecks', settings.studyDecks, d.id)}
              />
              <span>{d.title}</span>
            </label>
          ))}
        </fieldset>
      ) : null}
      <fieldset className="segmented">
        <legend>Eras (none ticked means all)</legend>
        {[...eras].map(([id, name]) => (
          <label key={id} className="segment">
            <input
              type="checkbox"
              checked={settings.studyEras.includes(id)}
              onChange={() => toggle('studyEras', settings.studyEras, id)}
            />
            <span>{name}</span>
          </label>
        ))}
      </fieldset>
      {settings.studyDecks.length + settings.studyEras.length > 0 ? (
        <button
          type="button"
          className="btn"
          onClick={() => {
            saveSetting(db, 'studyDecks', []).catch(noteWriteError);
            saveSetting(db, 'studyEras', []).catch(noteWriteError);
          }}
        >
          Study everything
        </button>
      ) : null}
    </details>
  );
}
