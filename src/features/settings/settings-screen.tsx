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
  const buryId = useId();
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
          <label className="settings-check">
            <input
              type="checkbox"
              checked={settings.burySiblings}
              onChange={(e) => void update('burySiblings', e.target.checked)}
              aria-describedby={`${buryId}-hint`}
            />
            <span>
              <span className="field-label">One card of a fact a day</span>
              <span id={`${buryId}-hint`} className="field-hint">
                Bury siblings, as Anki does: once you study a card, the other cards of the same fact wait for
                another day, so one never gives another’s answer away.
              </span>
            </span>
          </label>
        </div>
      ) : null}
      <DataPanel />
    </Screen>
  );
}

interface TextSettingProps<T> {
  label: string;
  hint: string;
  /** The saved value, as the box shows it. */
  initial: string;
  inputMode?: 'numeric';
  parse: (text: string) => FieldResult<T>;
  onValid: (value: T) => void;
}

function TextSetting<T>({ label, hint, initial, inputMode, parse, onValid }: TextSettingProps<T>) {
  const id = useId();
  const [text, setText] = useState(initial);
  const [focused, setFocused] = useState(false);
  /** A value typed that could not be used, put back to the saved one when the box was left. */
  const [putBack, setPutBack] = useState<string | null>(null);
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
        onBlur={() => {
          setFocused(false);
          // What was not saved does not stay in the box looking as if it were in force.
          if (!parse(text).ok) {
            setText(initial);
            setPutBack(text.trim());
          }
        }}
        onChange={(e) => {
          setText(e.target.value);
          setPutBack(null);
          const r = parse(e.target.value);
          if (r.ok) onValid(r.value);
        }}
      />
      <span
        id={`${id}-hint`}
        className={result.ok && putBack === null ? 'field-hint' : 'field-hint field-error'}
        aria-live="polite"
      >
        {!result.ok
          ? `${result.message} Not saved: ${initial || 'none'} is still in use.`
          : putBack !== null
            ? `“${putBack.slice(0, 20)}” was not saved; ${initial || 'none'} is still in use.`
            : hint}
      </span>
    </div>
  );
}
