// The session's view of the settings: loaded from IndexedDB, kept in step with other tabs through a
// live query, and written through the settings repository. Works without React (`useSettingsStore`
// is the hook over it, with a selector); the database is passed in.
import { useSyncExternalStore } from 'react';
import { createStore } from 'zustand/vanilla';
import { db as appDb } from '../../db/db.ts';
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

export interface SettingsState {
  settings: Settings;
  loaded: boolean;
  /** The last save that failed, in words a user understands; null when all is saved. */
  error: string | null;
  /** Stored settings the app could not use and replaced by their defaults, in words; null when none. */
  setAside: string | null;
  update: <K extends keyof Settings>(key: K, value: Settings[K]) => Promise<void>;
}

export interface SettingsStoreDeps {
  db: RecallDb;
}

export function createSettingsStore({ db }: SettingsStoreDeps) {
  let subscription: Subscription | null = null;
  const store = createStore<SettingsState>()((set) => ({
    settings: { ...DEFAULT_SETTINGS },
    loaded: false,
    error: null,
    setAside: null,
    update: async (key, value) => {
      set((s) => ({ settings: { ...s.settings, [key]: value } }));
      try {
        await saveSetting(db, key, value);
        set({ error: null });
      } catch (e) {
        set({ error: describeSaveError(e) });
      }
    },
  }));
  /** Starts following the database; returns a function that stops it. */
  const start = () => {
    subscription ??= liveQuery(() => readSettings(db)).subscribe({
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

export type SettingsStore = ReturnType<typeof createSettingsStore>;

function describeSaveError(e: unknown): string {
  if (isQuotaError(e)) {
    return 'Your device is out of storage, so the change was not saved. Free some space and try again.';
  }
  return 'The change could not be saved. Reload the page and try again.';
}

/** The app's settings. */
export const settingsStore = createSettingsStore({ db: appDb });

/** The part of the settings a component shows; re-renders only when that part changes. */
export function useSettingsStore<T>(
  select: (state: SettingsState) => T,
  store: SettingsStore = settingsStore,
): T {
  return useSyncExternalStore(store.subscribe, () => select(store.getState()));
}
