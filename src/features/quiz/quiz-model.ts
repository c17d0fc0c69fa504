// A quiz round: multiple-choice date questions from chosen eras, shuffled, scored; the schedule is untouched.
import type { CardRecord } from '../../db/schema.ts';

export interface QuizQuestion {
  cardId: string;
  prompt: string;
  choices: string[];
  answer: string;
  explanation: string;
}

export interface QuizAnswer {
  cardId: string;
  chosen: string;
  correct: boolean;
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

/** Cards that can be asked as multiple choice: active, with options that include the answer. */
export function quizzable(cards: readonly CardRecord[], eras: ReadonlySet<string>): CardRecord[] {
  return cards.filter(
    (c) =>
      c.kind === 'mcq-date' &&
      !c.retired &&
      !c.suspended &&
      (eras.size === 0 || eras.has(c.era)) &&
      (c.content.choices?.includes(c.content.answer) ?? false),
  );
}

/** Up to `size` questions, in random order, each with its options shuffled. */
export function buildRound(cards: readonly CardRecord[], size: number, random: () => number): QuizQuestion[] {
  return shuffle(cards, random)
    .slice(0, size)
    .map((c) => ({
      cardId: c.id,
      prompt: c.content.prompt,
      choices: shuffle(c.content.choices ?? [], random),
      answer: c.content.answer,
      // The card's conflict is shown apart on the Study screen; a quiz answer has one line for both.
      explanation: c.content.conflict
        ? `${c.content.explanation} Sources disagree: ${c.content.conflict.note}`
        : c.content.explanation,
    }));
}

export function score(answers: readonly QuizAnswer[]): { right: number; total: number; percent: number } {
  const right = answers.filter((a) => a.correct).length;
  const total = answers.length;
  return { right, total, percent: total === 0 ? 0 : Math.round((right / total) * 100) };
}
