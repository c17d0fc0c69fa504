import { useMemo } from 'react';
import { EmptyState, Screen } from '../../components/screen.tsx';
import { listDecks } from '../../db/browse-repo.ts';
import { db } from '../../db/db.ts';
import { useLiveQuery } from '../../db/live.ts';
import { loadProgressData } from '../../db/progress-repo.ts';
import { useSettingsStore } from '../settings/settings-store.ts';
import { percent, reviewsPerDay, streak, type Tally, tallyByEra } from './progress-model.ts';
import './progress.css';

const DAYS = 30;

export function ProgressScreen() {
  const decks = useLiveQuery(() => listDecks(db), []);
  const dayStartHour = useSettingsStore((s) => s.settings.dayStartHour);
  const data = useLiveQuery(() => loadProgressData(db, new Date(), dayStartHour, DAYS), [dayStartHour]);

  const stats = useMemo(() => {
    if (!data) return null;
    const now = new Date();
    return {
      ...tallyByEra(data.cards, data.recent, now),
      perDay: reviewsPerDay(data.recent, now, dayStartHour, DAYS),
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
  const retention = percent(total.recalled, total.checked);
  return (
    <Screen title="Progress" lead="How much you recall, by era and over time.">
      <dl className="stat-tiles">
        <Stat label="Cards seen" value={`${total.seen} / ${total.cards}`} />
        <Stat label="Mature (21+ days)" value={String(total.mature)} />
        <Stat label="Recall, last 30 days" value={retention === null ? '—' : `${retention}%`} />
        <Stat label="Day streak" value={String(stats.streak)} />
      </dl>

      <section className="panel progress-section" aria-labelledby="per-day-title">
        <h2 id="per-day-title">Reviews, last {DAYS} days</h2>
        <ReviewChart counts={stats.perDay} />
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
      </section>
    </Screen>
  );
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div className="stat-tile">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
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

function ReviewChart({ counts }: { counts: number[] }) {
  const max = Math.max(1, ...counts);
  const sum = counts.reduce((a, b) => a + b, 0);
  const w = 300;
  const h = 80;
  const bar = w / counts.length;
  const reviews = sum === 1 ? '1 review' : `${sum} reviews`;
  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${w} ${h}`}
        preserveAspectRatio="none"
        role="img"
        aria-label={`${reviews} in the last ${counts.length} days`}
      >
        {counts.map((n, i) => {
          const bh = n === 0 ? 1 : Math.max(3, (n / max) * (h - 4));
          return (
            <rect
              // biome-ignore lint/suspicious/noArrayIndexKey: one bar per day, in a fixed order
              key={i}
              x={i * bar + 1}
              y={h - bh}
              width={bar - 2}
              height={bh}
              rx={1.5}
              className={n === 0 ? 'bar-empty' : 'bar'}
            />
          );
        })}
      </svg>
      <figcaption className="muted">
        {sum === 0
          ? 'No reviews yet: each day you study adds a bar here.'
          : `${reviews} · busiest day ${max} · today on the right`}
      </figcaption>
    </figure>
  );
}
