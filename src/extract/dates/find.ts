// Finds the date mentions of a text: chrono-node's day dates and every rule of the table, the
// negative rules' matches taken out, then one mention per stretch of text (the longest wins).
// Each pattern runs once over the whole text, so the work grows with the text's length.
import { type Candidate, chronoCandidates } from './chrono-day.ts';
import { CHRONO_RULE, DATE_RULES, NEGATIVE_RULES } from './rules.ts';
import { compilePattern, readSlots } from './slots.ts';

export type { Candidate } from './chrono-day.ts';

const POSITIVE = DATE_RULES.map((rule, rank) => ({ rule, rank, re: compilePattern(rule.pattern) }));
const NEGATIVE = NEGATIVE_RULES.map((rule) => ({
  rule,
  re: compilePattern(rule.pattern, rule.caseSensitive),
}));

const LEAD =
  /^(?:in|on|at|by|of|during|since|from|until|till|to|through|throughout|for|and|or|between|before|after)\s+/i;

function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '') re.lastIndex++;
    yield m;
  }
}

/** Stretches of `text` that negative rules say are no date, sorted by start. */
function negativeSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const { re } of NEGATIVE)
    for (const m of matches(re, text)) spans.push([m.index, m.index + m[0].length]);
  return spans.sort((a, b) => a[0] - b[0]);
}

/** Keeps the candidates no negative span overlaps; both lists sorted by start. */
function withoutNegatives(candidates: Candidate[], negatives: Array<[number, number]>): Candidate[] {
  const out: Candidate[] = [];
  let j = 0;
  let reach = -1; // the furthest end of the negative spans that start before the candidate's end
  for (const c of candidates) {
    while (j < negatives.length && (negatives[j]?.[0] ?? 0) < c.end) {
      reach = Math.max(reach, negatives[j]?.[1] ?? 0);
      j++;
    }
    if (reach > c.start) continue;
    out.push(c);
  }
  return out;
}

/** One candidate per overlapping stretch: the longest, then the first in rule order. */
function longestFirst(candidates: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  for (const c of candidates) {
    let wins = true;
    while (kept.length > 0) {
      const last = kept[kept.length - 1] as Candidate;
      if (last.end <= c.start) break;
      const longer = c.end - c.start - (last.end - last.start);
      if (longer > 0 || (longer === 0 && c.rank < last.rank)) kept.pop();
      else {
        wins = false;
        break;
      }
    }
    if (wins) kept.push(c);
  }
  return kept;
}

/**
 * The mentions of the texts read last: the extractor asks again for a sentence's clauses and a
 * fact's sentence, and the answer for a text never changes. Bounded, so it cannot grow without end.
 */
const recent = new Map<string, readonly Candidate[]>();
const RECENT_MAX = 4000;

/** Every date mention in `text` with its rule and underspecified value, in order of appearance. */
export function findMentions(text: string): readonly Candidate[] {
  const known = recent.get(text);
  if (known) return known;
  const found = Object.freeze(find(text));
  if (recent.size >= RECENT_MAX) recent.clear();
  recent.set(text, found);
  return found;
}

function find(text: string): Candidate[] {
  const candidates = chronoCandidates(text, CHRONO_RULE.id);
  for (const { rule, rank, re } of POSITIVE) {
    for (const m of matches(re, text)) {
      const slots = readSlots(m.groups);
      if (!slots) continue;
      if (rule.unless?.test(text.slice(m.index, m.index + m[0].length + 40))) continue;
      const value = rule.value(slots, m[0].toLowerCase());
      // The word that leads a date ("in March", "between 1954 and 1958") is no part of its span.
      const lead = LEAD.exec(m[0])?.[0].length ?? 0;
      if (value)
        candidates.push({ start: m.index + lead, end: m.index + m[0].length, rule: rule.id, value, rank });
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  return longestFirst(withoutNegatives(candidates, negativeSpans(text)));
}
