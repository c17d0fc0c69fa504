// Planning for the exam from cards and review logs: the coming reviews, true retention over a window,
// time spent, and how many cards will be mature on the exam date at today's pace. Pure: `now` is passed.
import type { CardRecord, ReviewRecord } from '../../db/schema.ts';
import { MATURE_DAYS, studyDayIndex } from './progress-model.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Fewer reviews of learned cards than this make a retention figure a guess, and it is not shown. */
export const MIN_RETENTION_REVIEWS = 20;
/** Days a new card takes, at the least, to reach a 21-day interval under FSRS's usual intervals. */
export const DAYS_TO_MATURE = 21;
/** Days of history that set "today's pace" of new cards. */
export const PACE_DAYS = 14;

const active = (c: CardRecord) => !c.retired && !c.suspended;

/**
 * Cards falling due on each of the next `days` study days, today first (today includes what is
 * overdue). Learning and review cards only; new cards have no due date of their own.
 */
export function dueForecast(
  cards: readonly CardRecord[],
  now: Date,
  dayStartHour: number,
  days = 30,
): number[] {
  const today = studyDayIndex(now, dayStartHour);
  const out = new Array<number>(days).fill(0);
  for (const c of cards) {
    if (!active(c) || c.state === 0) continue;
    const i = Math.max(0, studyDayIndex(c.due, dayStartHour) - today);
    if (i < days) out[i] = (out[i] ?? 0) + 1;
  }
  return out;
}

export interface Retention {
  /** Reviews of cards in review (due after a day or more) in the window, and how many were recalled. */
  checked: number;
  recalled: number;
  /** Whole percent, or null when fewer than MIN_RETENTION_REVIEWS reviews were checked. */
  percent: number | null;
}

/** True retention, as Anki counts it: the share of reviews of learned cards not rated Again. */
export function trueRetention(reviews: readonly ReviewRecord[], now: Date, days: number): Retention {
  const since = now.getTime() - days * DAY_MS;
  let checked = 0;
  let recalled = 0;
  for (const r of reviews) {
    if (r.stateBefore !== 2 || r.review.getTime() < since || r.review.getTime() > now.getTime()) continue;
    checked += 1;
    if (r.rating > 1) recalled += 1;
  }
  const percent = checked < MIN_RETENTION_REVIEWS ? null : Math.round((recalled / checked) * 100);
  return { checked, recalled, percent };
}

/** Why a retention figure is missing, in words; null when it is shown. */
export function retentionNote(r: Retention): string | null {
  if (r.percent !== null) return null;
  if (r.checked === 0)
    return 'No learned card has come back yet: recall is measured on cards due after a day or more.';
  const n = r.checked === 1 ? '1 review' : `${r.checked} reviews`;
  return `Only ${n} of learned cards so far; a figure needs ${MIN_RETENTION_REVIEWS}.`;
}

/** Milliseconds spent answering, in all and in the last `days` days. */
export function timeSpent(
  reviews: readonly ReviewRecord[],
  now: Date,
  days = 7,
): { total: number; recent: number } {
  const since = now.getTime() - days * DAY_MS;
  let total = 0;
  let recent = 0;
  for (const r of reviews) {
    total += r.durationMs;
    if (r.review.getTime() >= since) recent += r.durationMs;
  }
  return { total, recent };
}

/** "2 h 05 min", "14 min", "under a minute". */
export function formatDuration(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return ms > 0 ? 'under a minute' : 'none';
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

export interface ExamProjection {
  /** Study days from today to the exam day (0 on the day itself); negative once it has passed. */
  daysLeft: number;
  /** New cards a day over the last PACE_DAYS days. */
  pace: number;
  mature: number;
  /** Cards expected to be mature on the exam day. */
  projected: number;
  cards: number;
}

/**
 * How many cards will be mature (interval of 21 days or more) on the exam day if new cards keep
 * coming at the pace of the last two weeks: cards mature now stay mature; cards already started, and
 * new cards started at least DAYS_TO_MATURE days before the exam, mature by then. A plain estimate,
 * not a simulation of each card.
 */
export function projectExam(
  cards: readonly CardRecord[],
  reviews: readonly ReviewRecord[],
  now: Date,
  examDay: Date,
  dayStartHour: number,
): ExamProjection {
  const list = cards.filter(active);
  const today = studyDayIndex(now, dayStartHour);
  const daysLeft = studyDayIndex(examDay, dayStartHour) - today;
  const ids = new Set(list.map((c) => c.id));
  const firstSeen = reviews.filter(
    (r) =>
      r.stateBefore === 0 && ids.has(r.cardId) && today - studyDayIndex(r.review, dayStartHour) < PACE_DAYS,
  ).length;
  const pace = firstSeen / PACE_DAYS;
  const mature = list.filter((c) => c.state === 2 && c.scheduled_days >= MATURE_DAYS).length;
  const started = list.filter((c) => c.state !== 0).length - mature;
  const unseen = list.filter((c) => c.state === 0).length;
  let projected = mature;
  if (daysLeft >= DAYS_TO_MATURE) {
    projected += started + Math.min(unseen, Math.floor(pace * (daysLeft - DAYS_TO_MATURE + 1)));
  }
  return { daysLeft, pace, mature, projected: Math.min(projected, list.length), cards: list.length };
}

/** The exam day typed in a date field ("2027-02-15") as a moment in its study day (noon), or null. */
export function examDayOf(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12);
  return Number.isNaN(d.getTime()) || d.getDate() !== Number(m[3]) ? null : d;
}

/** The heatmap's grid: `days` counts ending today, in week columns (Monday first), blanks before. */
export function heatmapWeeks(counts: readonly number[], now: Date): (number | null)[][] {
  const weekday = (now.getDay() + 6) % 7; // Monday 0 … Sunday 6, of today
  const lead = (((weekday - (counts.length - 1)) % 7) + 7) % 7;
  const cells: (number | null)[] = [...new Array<null>(lead).fill(null), ...counts];
  const weeks: (number | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** A heatmap cell's shade: 0 for none, then 1–4 for 1–4, 5–9, 10–19 and 20 or more reviews. */
export function heatLevel(n: number): 0 | 1 | 2 | 3 | 4 {
  if (n <= 0) return 0;
  if (n < 5) return 1;
  if (n < 10) return 2;
  if (n < 20) return 3;
  return 4;
}
