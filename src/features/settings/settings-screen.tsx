import { useEffect, useId, useState } from 'react';
import { Screen } from '../../components/screen.tsx';
import type { ThemeSetting } from '../../db/settings-repo.ts';
import { DataPanel } from './data-panel.tsx';
import {
  type FieldResult,
  NUMERIC_FIELDS,
  parseRetention,
  parseSteps,
  parseWhole,
} from './settings-fields.ts';
import { useSettingsStore } from './settings-store.ts';

const THEMES: { value: ThemeSetting; label: string }[] = [
  { value: 'system', label: 'Match device' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

export function SettingsScreen() {
  const settings = useSettingsStore((s) => s.settings);
  const loaded = useSettingsStore((s) => s.loaded);
  const update = useSettingsStore((s) => s.update);
  const error = useSettingsStore((s) => s.error);
  const setAside = useSettingsStore((s) => s.setAside);
  return (
    <Screen title="Settings" lead="Appearance and how cards are scheduled. Changes save as you type.">
      {error ? (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      ) : null}
      {setAside ? (
        <p className="notice notice-error" role="status">
          {setAside}
        </p>
      ) : null}
      <div className="panel settings-panel">
        <fieldset className="segmented">
          <legend>Theme</legend>
          {THEMES.map((t) => (
            <label key={t.value} className="segment">
              <input
                type="radio"
                name="theme"
                value={t.value}
                checked={settings.theme === t.value}
                onChange={() => void update('theme', t.value)}
              />
              <span>{t.label}</span>
            </label>
          ))}
        </fieldset>
      </div>
      {loaded ? (
        <div className="panel settings-panel">
          <h2 className="panel-title">Scheduling</h2>
          <div className="settings-grid">
            <TextSetting
              label="Desired retention (%)"
              hint="The chance of recalling a card when it comes due. Higher means more reviews."
              initial={String(Math.round(settings.desiredRetention * 100))}
              inputMode="numeric"
              parse={parseRetention}
              onValid={(v) => void update('desiredRetention', v)}
            />
            {NUMERIC_FIELDS.map((f) => (
              <TextSetting
                key={f.key}
                label={f.label}
                hint={f.hint}
                initial={String(settings[f.key])}
                inputMode="numeric"
                parse={(t) => parseWhole(t, f.min, f.max)}
                onValid={(v) => void update(f.key, v)}
              />
            ))}
            <TextSetting
              label="Learning steps"
              hint="Waits before a new card graduates, e.g. 1m 10m."
              initial={settings.learningSteps.join(' ')}
              parse={(t) => parseSteps(t, false)}
              onValid={(v) => void update('learningSteps', v)}
            />
            <TextSetting
              label="Relearning steps"
              hint="Waits after you forget a card, e.g. 10m. Leave empty for none."
              initial={settings.relearningSteps.join(' ')}
              parse={(t) => parseSteps(t, true)}
              onValid={(v) => void update('relearningSteps', v)}
            />
          </div>
        </div>
      ) : null}
      <DataPanel />
    </Screen>
  );
}

interface TextSettingProps<T> {
  label: string;
  hint: string;
  initial: string;
  inputMode?: 'numeric';
  parse: (text: string) => FieldResult<T>;
  onValid: (value: T) => void;
}

function TextSetting<T>({ label, hint, initial, inputMode, parse, onValid }: TextSettingProps<T>) {
  const id = useId();
  const [text, setText] = useState(initial);
  const [focused, setFocused] = useState(false);
  const result = parse(text);
  // Follow saved changes (from another tab, say) unless the person is typing here.
  useEffect(() => {
    if (!focused) setText(initial);
  }, [initial, focused]);
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        value={text}
        inputMode={inputMode}
        maxLength={60}
        aria-invalid={!result.ok}
        aria-describedby={`${id}-hint`}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        onChange={(e) => {
          setText(e.target.value);
          const r = parse(e.target.value);
          if (r.ok) onValid(r.value);
        }}
      />
      <span id={`${id}-hint`} className={result.ok ? 'field-hint' : 'field-hint field-error'}>
        {result.ok ? hint : result.message}
      </span>
    </div>
  );
}
