// The session's view of the settings: loaded from IndexedDB, kept in step with other tabs through a
// live query, and written through the settings repository.

import { create } from 'zustand';
import { db } from '../../db/db.ts';
import { liveQuery, type Subscription } from '../../db/live.ts';
import type { RecallDb } from '../../db/schema.ts';
import {
  DEFAULT_SETTINGS,
  readSettings,
  SETTING_LABELS,
  type Settings,
  saveSetting,
} from '../../db/settings-repo.ts';
import { isQuotaError } from '../../db/storage-errors.ts';

interface SettingsState {
  settings: Settings;
  loaded: boolean;
  /** The last save that failed, in words a user understands; null when all is saved. */
  error: string | null;
  /** Stored settings the app could not use and replaced by their defaults, in words; null when none. */
  setAside: string | null;
  update: <K extends keyof Settings>(key: K, value: Settings[K]) => Promise<void>;
}

export function createSettingsStore(database: RecallDb) {
  let subscription: Subscription | null = null;
  const store = create<SettingsState>()((set) => ({
    settings: { ...DEFAULT_SETTINGS },
    loaded: false,
    error: null,
    setAside: null,
    update: async (key, value) => {
      set((s) => ({ settings: { ...s.settings, [key]: value } }));
      try {
        await saveSetting(database, key, value);
        set({ error: null });
      } catch (e) {
        set({ error: describeSaveError(e) });
      }
    },
  }));
  /** Starts following the database; returns a function that stops it. */
  const start = () => {
    subscription ??= liveQuery(() => readSettings(database)).subscribe({
      next: ({ settings, setAside }) =>
        store.setState({
          settings,
          loaded: true,
          setAside:
            setAside.length === 0
              ? null
              : `The saved ${setAside.map((k) => SETTING_LABELS[k]).join(', ')} could not be used, so the default is in use. Change the setting to save a new value.`,
        }),
      error: (e: unknown) => store.setState({ loaded: true, error: describeSaveError(e) }),
    });
    return () => {
      subscription?.unsubscribe();
      subscription = null;
    };
  };
  return Object.assign(store, { start });
}

function describeSaveError(e: unknown): string {
  if (isQuotaError(e)) {
    return 'Your device is out of storage, so the change was not saved. Free some space and try again.';
  }
  return 'The change could not be saved. Reload the page and try again.';
}

export const useSettingsStore = createSettingsStore(db);
