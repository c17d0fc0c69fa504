import { Screen } from '../../components/screen.tsx';
import type { ThemeSetting } from '../../db/settings-repo.ts';
import { useSettingsStore } from './settings-store.ts';

const THEMES: { value: ThemeSetting; label: string }[] = [
  { value: 'system', label: 'Match device' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

export function SettingsScreen() {
  const theme = useSettingsStore((s) => s.settings.theme);
  const update = useSettingsStore((s) => s.update);
  const error = useSettingsStore((s) => s.error);
  return (
    <Screen title="Settings" lead="Appearance and how cards are scheduled.">
      {error ? (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="panel">
        <fieldset className="segmented">
          <legend>Theme</legend>
          {THEMES.map((t) => (
            <label key={t.value} className="segment">
              <input
                type="radio"
                name="theme"
                value={t.value}
                checked={theme === t.value}
                onChange={() => void update('theme', t.value)}
              />
              <span>{t.label}</span>
            </label>
          ))}
        </fieldset>
      </div>
    </Screen>
  );
}
