// The tense of the clause a date stands in, read from the verb cues nearest to it in its sentence:
// "will visit on 3 May" is future, "said on Friday" past. Null when the sentence gives no cue.
import { FUTURE_CUES, matchAny, PAST_CUES } from '../lexicon/index.ts';

export type Tense = 'past' | 'future';

const FUTURE = new RegExp(`(?<![\\p{L}’'])${matchAny(FUTURE_CUES)}(?![\\p{L}])`, 'giu');
// "to be completed", "will be paid": a participle after "be" is passive, and says nothing of the time.
const PAST = new RegExp(
  `(?<![\\p{L}’'])(?:${matchAny(PAST_CUES)}|(?<!\\b(?:be|being|been)\\s+)\\p{Ll}{2,}ed)(?![\\p{L}])`,
  'gu',
);
/** How far a sentence is looked at on each side of the date, in characters. */
const REACH = 160;

function sentenceAround(text: string, start: number, end: number): [number, number] {
  let a = start;
  const lo = Math.max(0, start - REACH);
  while (a > lo && !/[.!?\n]/.test(text[a - 1] ?? '')) a--;
  let b = end;
  const hi = Math.min(text.length, end + REACH);
  while (b < hi && !/[.!?\n]/.test(text[b] ?? '')) b++;
  return [a, b];
}

/** The tense of the clause around [start, end) of `text`. */
export function tenseAt(text: string, start: number, end: number): Tense | null {
  const [a, b] = sentenceAround(text, start, end);
  const sentence = text.slice(a, b);
  let best: { tense: Tense; distance: number } | null = null;
  const consider = (re: RegExp, tense: Tense): void => {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const from = a + m.index;
      const to = from + m[0].length;
      if (to > start && from < end) continue;
      // A cue after the date counts a little less than one before it.
      const distance = to <= start ? start - to : from - end + 8;
      if (!best || distance < best.distance) best = { tense, distance };
    }
  };
  consider(FUTURE, 'future');
  consider(PAST, 'past');
  return (best as { tense: Tense } | null)?.tense ?? null;
}
