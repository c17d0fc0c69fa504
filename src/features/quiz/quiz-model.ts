// A quiz paper: questions from the chosen decks, eras and kinds (pick one, type it, put in order),
// one per fact, shuffled; graded, scored overall and by era. The schedule is never touched.
import type { CardRecord, QuizAnswerRecord, QuizResultRecord } from '../../db/schema.ts';
import type { CardKind, DeckCard } from '../../domain/deck-schema.ts';
import { typedKind } from '../../domain/typed-answer.ts';

export type QuizMode = QuizAnswerRecord['mode'];
export type PaperSettings = QuizResultRecord['settings'];
export type QuizAnswer = QuizAnswerRecord;

export const MODES: readonly QuizMode[] = ['choice', 'typed', 'order'];
export const MODE_LABELS: Record<QuizMode, string> = {
  choice: 'Multiple choice',
  typed: 'Typed answers',
  order: 'Put in order',
};

export interface QuizQuestion {
  cardId: CardRecord['id'];
  era: string;
  mode: QuizMode;
  card: DeckCard;
  /** The options of a multiple-choice question, shuffled. */
  choices: string[];
  answer: string;
  explanation: string;
}

export interface Paper {
  questions: QuizQuestion[];
  /** How many questions the settings could give (the paper holds the smaller of this and the count). */
  available: number;
}

/** A seeded generator (mulberry32), so a round can be replayed in tests. Returns floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** How a card can be asked in a quiz, or null: multiple choice needs its options, typing a date or name. */
export function modeOf(c: DeckCard): QuizMode | null {
  if (c.kind === 'mcq-date') return c.choices?.includes(c.answer) ? 'choice' : null;
  if (c.kind === 'order') return (c.order?.length ?? 0) > 1 ? 'order' : null;
  return typedKind(c) ? 'typed' : null;
}

/** The card kinds each mode can ask (modeOf decides for each card), so a quiz reads only those. */
const MODE_KINDS: Record<QuizMode, readonly CardKind[]> = {
  choice: ['mcq-date'],
  typed: ['when', 'who'],
  order: ['order'],
};

/** The card kinds the chosen modes can ask, each once. */
export function kindsFor(modes: readonly QuizMode[]): CardKind[] {
  return [...new Set(modes.flatMap((m) => MODE_KINDS[m]))];
}

/** Active cards of the chosen decks, eras and kinds (empty decks or eras mean all). */
export function quizzable(cards: readonly CardRecord[], s: Pick<PaperSettings, 'decks' | 'eras' | 'modes'>) {
  return cards.filter((c) => {
    if (c.retired || c.suspended) return false;
    if (s.decks.length > 0 && !s.decks.includes(c.deckId)) return false;
    if (s.eras.length > 0 && !s.eras.includes(c.era)) return false;
    const mode = modeOf(c.content);
    return mode !== null && s.modes.includes(mode);
  });
}

/**
 * A paper of up to `count` questions in random order, at most one per fact (the cards of one fact give
 * each other away), each multiple-choice question with its options shuffled.
 */
export function buildPaper(cards: readonly CardRecord[], s: PaperSettings, random: () => number): Paper {
  const seen = new Set<string>();
  const picked: CardRecord[] = [];
  for (const c of shuffle(quizzable(cards, s), random)) {
    const key = c.content.kind === 'order' ? c.id : `${c.deckId}:${c.content.facts[0]}`;
    if (seen.has(key)) continue;
    seen.add(key);
    picked.push(c);
  }
  const questions = picked.slice(0, s.count).map((c) => ({
    cardId: c.id,
    era: c.era,
    mode: modeOf(c.content) as QuizMode,
    card: c.content,
    choices: shuffle(c.content.choices ?? [], random),
    answer: c.content.answer,
    // The card's conflict is shown apart on the Study screen; a quiz answer has one line for both.
    explanation: c.content.conflict
      ? `${c.content.explanation} Sources disagree: ${c.content.conflict.note}`
      : c.content.explanation,
  }));
  return { questions, available: picked.length };
}

/** Says when the paper is shorter than asked, or null when it is not. */
export function shortfallNote(paper: Pick<Paper, 'available'>, count: number): string | null {
  if (paper.available >= count) return null;
  if (paper.available === 0) return 'No question matches these choices.';
  const n = paper.available === 1 ? 'Only 1 question matches' : `Only ${paper.available} questions match`;
  return `${n} these choices, so the paper has ${paper.available}, not ${count}.`;
}

export interface Score {
  right: number;
  partial: number;
  total: number;
  /** Right counts whole, partly right half. */
  percent: number;
}

export function score(answers: readonly Pick<QuizAnswer, 'grade'>[]): Score {
  const right = answers.filter((a) => a.grade === 'right').length;
  const partial = answers.filter((a) => a.grade === 'partial').length;
  const total = answers.length;
  return {
    right,
    partial,
    total,
    percent: total === 0 ? 0 : Math.round(((right + partial / 2) / total) * 100),
  };
}

/** The score of each era the answers touch, in the order the eras are given. */
export function scoreByEra(
  answers: readonly QuizAnswer[],
  eraOrder: readonly string[],
): (Score & { era: string })[] {
  const eras = [...new Set(answers.map((a) => a.era))].sort(
    (a, b) => (eraOrder.indexOf(a) + 1 || 1e9) - (eraOrder.indexOf(b) + 1 || 1e9) || a.localeCompare(b),
  );
  return eras.map((era) => ({ era, ...score(answers.filter((a) => a.era === era)) }));
}

/** Every question of the paper answered: those given, then "not answered" (wrong) for the rest. */
export function completeAnswers(
  questions: readonly QuizQuestion[],
  given: readonly QuizAnswer[],
): QuizAnswer[] {
  return questions.map(
    (q, i) => given[i] ?? { cardId: q.cardId, era: q.era, mode: q.mode, given: '', grade: 'wrong' as const },
  );
}

/** Milliseconds left of a timed paper (never below 0); null when the paper has no time limit. */
export function timeLeft(startedAt: number, minutes: number, now: number): number | null {
  if (minutes <= 0) return null;
  return Math.max(0, startedAt + minutes * 60_000 - now);
}

/** "4:05" for a count-down. */
export function formatClock(ms: number): string {
  const s = Math.ceil(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
