import { type ReactNode, useMemo, useState } from 'react';
import { eraLabel } from '../../components/labels.ts';
import { EmptyState, Screen } from '../../components/screen.tsx';
import { listDecks } from '../../db/browse-repo.ts';
import { db } from '../../db/db.ts';
import { useLiveQuery } from '../../db/live.ts';
import { listQuizCards, listQuizResults, saveQuizResult } from '../../db/quiz-repo.ts';
import type { QuizResultRecord } from '../../db/schema.ts';
import {
  buildPaper,
  completeAnswers,
  kindsFor,
  MODE_LABELS,
  MODES,
  type PaperSettings,
  type QuizAnswer,
  type QuizMode,
  type QuizQuestion,
  quizzable,
  shortfallNote,
} from './quiz-model.ts';
import { QuizHistory, QuizResult } from './quiz-result.tsx';
import { QuizRound } from './quiz-round.tsx';
import './quiz.css';

const COUNTS = [10, 20, 50] as const;
const QUIZ_KINDS = kindsFor(MODES);
const TIMERS = [0, 5, 10, 20] as const;
const LEAD =
  'An exam paper from the decks, eras and kinds of question you choose. Your schedule is untouched.';

type Phase =
  | { kind: 'setup' }
  | { kind: 'paper'; questions: QuizQuestion[]; settings: PaperSettings; note: string | null }
  | { kind: 'result'; questions: QuizQuestion[]; result: QuizResultRecord; saveError: string | null };

export function QuizScreen() {
  const decks = useLiveQuery(() => listDecks(db), []);
  const history = useLiveQuery(() => listQuizResults(db), []);
  const [settings, setSettings] = useState<PaperSettings>({
    decks: [],
    eras: [],
    modes: ['choice'],
    count: 10,
    minutes: 0,
  });
  // Only the kinds of card a quiz can ask are read, through the kind index; all modes' at once, so
  // changing the modes reads nothing again and the screen knows whether any question exists at all.
  const cards = useLiveQuery(() => listQuizCards(db, QUIZ_KINDS), []);
  const [phase, setPhase] = useState<Phase>({ kind: 'setup' });

  const eraNames = useMemo(() => {
    const names = new Map<string, string>();
    for (const d of decks ?? []) for (const e of d.eras) if (!names.has(e.id)) names.set(e.id, eraLabel(e));
    return names;
  }, [decks]);
  const available = useMemo(() => quizzable(cards ?? [], settings), [cards, settings]);
  const preview = useMemo(() => buildPaper(available, settings, () => 0), [available, settings]);

  if (phase.kind === 'paper') {
    const done = async (given: QuizAnswer[], timedOut: boolean, durationMs: number) => {
      const result: QuizResultRecord = {
        takenAt: new Date(),
        settings: phase.settings,
        answers: completeAnswers(phase.questions, given),
        durationMs,
        timedOut,
      };
      let saveError: string | null = null;
      try {
        result.id = await saveQuizResult(db, result);
      } catch (e) {
        saveError = `This result could not be kept in the history: ${e instanceof Error ? e.message : String(e)}`;
      }
      setPhase({ kind: 'result', questions: phase.questions, result, saveError });
    };
    return (
      <Screen title="Quiz" lead="Answers here do not change your study schedule.">
        <QuizRound
          questions={phase.questions}
          minutes={phase.settings.minutes}
          note={phase.note}
          onDone={(answers, timedOut, ms) => void done(answers, timedOut, ms)}
        />
      </Screen>
    );
  }
  if (phase.kind === 'result') {
    return (
      <Screen title="Quiz" lead="Answers here do not change your study schedule.">
        {phase.saveError ? (
          <p className="field-error" role="alert">
            {phase.saveError}
          </p>
        ) : null}
        <QuizResult
          result={phase.result}
          questions={phase.questions}
          eraNames={eraNames}
          onNew={() => setPhase({ kind: 'setup' })}
        />
      </Screen>
    );
  }

  const toggle = (list: string[], id: string) =>
    list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
  const update = (over: Partial<PaperSettings>) => setSettings((s) => ({ ...s, ...over }));
  const note = shortfallNote(preview, settings.count);
  const start = () => {
    const paper = buildPaper(available, settings, Math.random);
    setPhase({
      kind: 'paper',
      questions: paper.questions,
      settings,
      note: shortfallNote(paper, settings.count),
    });
  };
  const empty =
    cards !== undefined && quizzable(cards, { decks: [], eras: [], modes: [...MODES] }).length === 0;

  return (
    <Screen title="Quiz" lead={LEAD}>
      {cards === undefined || decks === undefined ? (
        <p className="muted">Loading…</p>
      ) : empty ? (
        <EmptyState title="No questions yet">
          <p>Quiz questions come from your decks; add one from Import.</p>
        </EmptyState>
      ) : (
        <div className="panel quiz-setup">
          {decks.length > 1 ? (
            <Chips legend="Decks" all="All decks" chosen={settings.decks} onAll={() => update({ decks: [] })}>
              {decks.map((d) => (
                <Chip
                  key={d.id}
                  label={d.title}
                  checked={settings.decks.includes(d.id)}
                  onChange={() => update({ decks: toggle(settings.decks, d.id) })}
                />
              ))}
            </Chips>
          ) : null}
          <Chips legend="Eras" all="All eras" chosen={settings.eras} onAll={() => update({ eras: [] })}>
            {[...eraNames].map(([id, label]) => (
              <Chip
                key={id}
                label={label}
                checked={settings.eras.includes(id)}
                onChange={() => update({ eras: toggle(settings.eras, id) })}
              />
            ))}
          </Chips>
          <fieldset className="segmented chips-wrap">
            <legend>Kinds of question</legend>
            {MODES.map((m) => (
              <Chip
                key={m}
                label={MODE_LABELS[m]}
                checked={settings.modes.includes(m)}
                onChange={() => update({ modes: toggle(settings.modes, m) as QuizMode[] })}
              />
            ))}
          </fieldset>
          <Radios
            legend="Questions"
            name="quiz-count"
            values={COUNTS}
            value={settings.count}
            label={String}
            onChange={(count) => update({ count })}
          />
          <Radios
            legend="Time limit"
            name="quiz-timer"
            values={TIMERS}
            value={settings.minutes}
            label={(n) => (n === 0 ? 'None' : `${n} min`)}
            onChange={(minutes) => update({ minutes })}
          />
          <div className="quiz-start">
            <span className={note ? 'quiz-note' : 'muted'} role="status">
              {settings.modes.length === 0
                ? 'Choose at least one kind of question.'
                : (note ?? `${settings.count} questions, one per fact.`)}
            </span>
            <button
              type="button"
              className="btn btn-primary"
              disabled={preview.available === 0 || settings.modes.length === 0}
              onClick={start}
            >
              Start quiz
            </button>
          </div>
        </div>
      )}
      {history && history.length > 0 ? <QuizHistory results={history} eraNames={eraNames} /> : null}
    </Screen>
  );
}

function Chips(props: {
  legend: string;
  all: string;
  chosen: string[];
  onAll: () => void;
  children: ReactNode;
}) {
  return (
    <fieldset className="segmented chips-wrap">
      <legend>{props.legend}</legend>
      <Chip label={props.all} checked={props.chosen.length === 0} onChange={props.onAll} />
      {props.children}
    </fieldset>
  );
}

function Chip({ label, checked, onChange }: { label: string; checked: boolean; onChange: () => void }) {
  return (
    <label className="segment">
      <input type="checkbox" checked={checked} onChange={onChange} />
      <span>{label}</span>
    </label>
  );
}

function Radios(props: {
  legend: string;
  name: string;
  values: readonly number[];
  value: number;
  label: (n: number) => string;
  onChange: (n: number) => void;
}) {
  return (
    <fieldset className="segmented">
      <legend>{props.legend}</legend>
      {props.values.map((n) => (
        <label key={n} className="segment">
          <input
            type="radio"
            name={props.name}
            checked={props.value === n}
            onChange={() => props.onChange(n)}
          />
          <span>{props.label(n)}</span>
        </label>
      ))}
    </fieldset>
  );
}
