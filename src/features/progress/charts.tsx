// The Progress screen's charts, as plain SVG, each with a text alternative: bars for one count a
// day (reviews done, reviews due), and a calendar heatmap of a year's reviews.
import { heatLevel, heatmapWeeks } from './exam-model.ts';

interface BarChartProps {
  counts: readonly number[];
  /** What the chart says, for screen readers (the SVG's accessible name). */
  label: string;
  caption: string;
}

export function BarChart({ counts, label, caption }: BarChartProps) {
  const max = Math.max(1, ...counts);
  const w = 300;
  const h = 80;
  const bar = w / counts.length;
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${w} ${h}`} preserveAspectRatio="none" role="img" aria-label={label}>
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
      <figcaption className="muted">{caption}</figcaption>
    </figure>
  );
}

const CELL = 11;
const GAP = 2;

/** A year of reviews, a column a week (Monday at the top), darker for more reviews. */
export function Heatmap({ counts, now }: { counts: readonly number[]; now: Date }) {
  const weeks = heatmapWeeks(counts, now);
  const sum = counts.reduce((a, b) => a + b, 0);
  const active = counts.filter((n) => n > 0).length;
  const max = Math.max(0, ...counts);
  const label =
    sum === 0
      ? `No reviews in the last ${counts.length} days`
      : `${sum === 1 ? '1 review' : `${sum} reviews`} on ${active} of the last ${counts.length} days; the busiest day had ${max}`;
  const width = weeks.length * (CELL + GAP);
  const height = 7 * (CELL + GAP);
  return (
    <figure className="chart heatmap">
      <svg viewBox={`0 0 ${width} ${height}`} style={{ maxWidth: width }} role="img" aria-label={label}>
        {weeks.map((week, x) =>
          week.map((n, y) =>
            n === null ? null : (
              <rect
                // biome-ignore lint/suspicious/noArrayIndexKey: one cell per day, in a fixed order
                key={`${x}-${y}`}
                x={x * (CELL + GAP)}
                y={y * (CELL + GAP)}
                width={CELL}
                height={CELL}
                rx={2}
                className={`heat heat-${heatLevel(n)}`}
              />
            ),
          ),
        )}
      </svg>
      <figcaption className="muted">
        {label}. Each square is a day, each column a week, today at the bottom right.
      </figcaption>
    </figure>
  );
}
