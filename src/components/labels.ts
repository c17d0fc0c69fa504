// Words shown for the deck format's codes.
import type { CardKind, Era, SourceRef } from '../domain/deck-schema.ts';

export const KIND_LABELS: Readonly<Record<CardKind, string>> = {
  when: 'When',
  who: 'Who',
  what: 'What',
  'mcq-date': 'Multiple choice',
  order: 'Order',
};

export const STATUS_LABELS = {
  new: 'New',
  learning: 'Learning',
  review: 'Review',
  relearning: 'Relearning',
  suspended: 'Suspended',
  retired: 'Retired',
} as const;

export const RATING_LABELS = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' } as const;

/** An era's years: "1954–64", "before 1947", "2014 onward"; empty when the era has no bounds. */
export function eraYears(era: Era): string {
  if (era.from === null && era.to !== null) return `before ${era.to + 1}`;
  if (era.from !== null && era.to === null) return `${era.from} onward`;
  if (era.from !== null && era.to !== null) {
    const sameCentury = Math.floor(era.from / 100) === Math.floor(era.to / 100);
    return `${era.from}–${sameCentury ? String(era.to).slice(2) : era.to}`;
  }
  return '';
}

/** Whether an era's name already says its years ("1954–64: Western pacts", "Before 1947"). */
export function eraNameHasYears(era: Era): boolean {
  return /\b\d{4}\b/.test(era.name);
}

/** An era's name with its years after it, unless the name already gives them: "Early years (before 1970)". */
export function eraLabel(era: Era): string {
  const years = eraYears(era);
  return years === '' || eraNameHasYears(era) ? era.name : `${era.name} (${years})`;
}

/** "paragraph 4" or "paragraph 4, item 2". */
export function whereInSource(ref: SourceRef): string {
  return ref.item === null ? `paragraph ${ref.paragraph}` : `paragraph ${ref.paragraph}, item ${ref.item}`;
}

/** A short relative time: "now", "in 10m", "in 3d", "2mo ago". */
export function relativeTime(date: Date, now: Date): string {
  const ms = date.getTime() - now.getTime();
  const abs = Math.abs(ms);
  const min = 60_000;
  const units: [number, string][] = [
    [365 * 24 * 60 * min, 'y'],
    [30 * 24 * 60 * min, 'mo'],
    [24 * 60 * min, 'd'],
    [60 * min, 'h'],
    [min, 'm'],
  ];
  const unit = units.find(([size]) => abs >= size);
  if (!unit) return 'now';
  const n = Math.round(abs / unit[0]);
  return ms >= 0 ? `in ${n}${unit[1]}` : `${n}${unit[1]} ago`;
}
