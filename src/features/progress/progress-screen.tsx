import { useMemo } from 'react';
import { EmptyState, Screen } from '../../components/screen.tsx';
import { listDecks } from '../../db/browse-repo.ts';
import { db } from '../../db/db.ts';
import { useLiveQuery } from '../../db/live.ts';
import { loadProgressData } from '../../db/progress-repo.ts';
import { useSettingsStore } from '../settings/settings-store.ts';
import { BarChart, Heatmap } from './charts.tsx';
import {
  dueForecast,
  formatDuration,
  type Retention,
  retentionNote,
  timeSpent,
  trueRetention,
} from './exam-model.ts';
import { ExamPanel } from './exam-panel.tsx';
import { percent, reviewsPerDay, streak, type Tally, tallyByEra } from './progress-model.ts';
import './progress.css';

const DAYS = 30;
const YEAR_DAYS = 365;

export function ProgressScreen() {
  const decks = useLiveQuery(() => listDecks(db), []);
  const dayStartHour = useSettingsStore((s) => s.settings.dayStartHour);
  const data = useLiveQuery(
    () => loadProgressData(db, new Date(), dayStartHour, DAYS, YEAR_DAYS),
    [dayStartHour],
  );
  const examDate = useSettingsStore((s) => s.settings.examDate);
  const updateSetting = useSettingsStore((s) => s.update);

  const stats = useMemo(() => {
    if (!data) return null;
    const now = new Date();
    return {
      ...tallyByEra(data.cards, data.recent, now),
      cards: data.cards,
      recent: data.recent,
      now,
      perDay: reviewsPerDay(data.recent, now, dayStartHour, DAYS),
      year: data.year,
      forecast: dueForecast(data.cards, now, dayStartHour, DAYS),
      week: trueRetention(data.recent, now, 7),
      month: trueRetention(data.recent, now, 30),
      time: timeSpent(data.recent, now, 7),
      streak: streak(data.reviewDays, now, dayStartHour),
    };
  }, [data, dayStartHour]);

  if (!stats || !decks) {
    return (
      <Screen title="Progress">
        <p className="muted">Loading…</p>
      </Screen>
    );
  }
  if (stats.total.cards === 0) {
    return (
      <Screen title="Progress" lead="How much you recall, by era and over time.">
        <EmptyState title="No cards yet">
          <p>Progress appears once a deck is loaded and you start studying.</p>
        </EmptyState>
      </Screen>
    );
  }
  const { total } = stats;
  const done = stats.perDay.reduce((a, b) => a + b, 0);
  const due = stats.forecast.reduce((a, b) => a + b, 0);
  const plural = (n: number, one: string) => (n === 1 ? `1 ${one}` : `${n} ${one}s`);
  return (
    <Screen
      title="Progress"
      lead="How much you recall, by era and over time, and where you will stand on exam day."
    >
      <dl className="stat-tiles">
        <Stat label="Cards seen" value={`${total.seen} / ${total.cards}`} />
        <Stat label="Mature (21+ days)" value={String(total.mature)} />
        <RetentionStat label="Recall, last 7 days" r={stats.week} />
        <RetentionStat label="Recall, last 30 days" r={stats.month} />
        <Stat label="Day streak" value={String(stats.streak)} />
        <Stat
          label={`Time spent, last ${DAYS} days`}
          value={formatDuration(stats.time.total)}
          note={`${formatDuration(stats.time.recent)} in the last 7 days`}
        />
      </dl>

      <ExamPanel
        examDate={examDate}
        onExamDate={(v) => void updateSetting('examDate', v)}
        cards={stats.cards}
        reviews={stats.recent}
        now={stats.now}
        dayStartHour={dayStartHour}
      />

      <section className="panel progress-section" aria-labelledby="forecast-title">
        <h2 id="forecast-title">Reviews due, next {DAYS} days</h2>
        <BarChart
          counts={stats.forecast}
          label={`${plural(due, 'review')} due in the next ${DAYS} days, ${stats.forecast[0] ?? 0} of them today`}
          caption={
            due === 0
              ? 'Nothing due yet: cards you study fall due here.'
              : `${plural(due, 'review')} due · today ${stats.forecast[0] ?? 0} (with any overdue) · busiest day ${Math.max(...stats.forecast)} · today on the left`
          }
        />
      </section>

      <section className="panel progress-section" aria-labelledby="per-day-title">
        <h2 id="per-day-title">Reviews, last {DAYS} days</h2>
        <BarChart
          counts={stats.perDay}
          label={`${plural(done, 'review')} in the last ${DAYS} days`}
          caption={
            done === 0
              ? 'No reviews yet: each day you study adds a bar here.'
              : `${plural(done, 'review')} · busiest day ${Math.max(...stats.perDay)} · today on the right`
          }
        />
      </section>

      <section className="panel progress-section" aria-labelledby="year-title">
        <h2 id="year-title">The last year</h2>
        <Heatmap counts={stats.year} now={stats.now} />
      </section>

      <section className="panel progress-section" aria-labelledby="by-era-title">
        <h2 id="by-era-title">By era</h2>
        <div className="table-scroll">
          <table className="era-table">
            <thead>
              <tr>
                <th scope="col">Era</th>
                <th scope="col">Seen</th>
                <th scope="col">Mature</th>
                <th scope="col">Recall</th>
                <th scope="col">Due</th>
              </tr>
            </thead>
            <tbody>
              {decks.flatMap((d) =>
                d.eras.map((era) => {
                  const t = stats.eras.get(era.id);
                  return t ? <EraRow key={`${d.id}-${era.id}`} name={era.name} tally={t} /> : null;
                }),
              )}
            </tbody>
          </table>
        </div>
        <p className="muted stat-note">
          Recall is the share of reviews of learned cards you did not rate Again; “—” means no card of that
          era has been reviewed since it was learned.
        </p>
      </section>
    </Screen>
  );
}

function Stat({ label, value, note }: { label: string; value: string; note?: string | null }) {
  return (
    <div className="stat-tile">
      <dt>{label}</dt>
      <dd>
        {value}
        {note ? <p className="stat-note">{note}</p> : null}
      </dd>
    </div>
  );
}

function RetentionStat({ label, r }: { label: string; r: Retention }) {
  const note = retentionNote(r) ?? `${r.recalled} of ${r.checked} reviews of learned cards recalled`;
  return <Stat label={label} value={r.percent === null ? '—' : `${r.percent}%`} note={note} />;
}

function EraRow({ name, tally }: { name: string; tally: Tally }) {
  const seen = percent(tally.seen, tally.cards) ?? 0;
  const recall = percent(tally.recalled, tally.checked);
  return (
    <tr>
      <th scope="row">{name}</th>
      <td>
        <span className="meter" aria-hidden="true">
          <span style={{ width: `${seen}%` }} />
        </span>
        {tally.seen}/{tally.cards}
      </td>
      <td>{tally.mature}</td>
      <td>{recall === null ? '—' : `${recall}%`}</td>
      <td>{tally.due}</td>
    </tr>
  );
}
