// Cuts a sentence into clauses, one per event it may report: "X happened in 1954 and Y in 1955",
// "After A in 1991, B did C", "... and signed ...". Offsets stay relative to the sentence.

export interface Clause {
  start: number;
  end: number;
  text: string;
  /** Starts with a verb: a second action of the previous clause's subject. */
  sharesSubject: boolean;
  /** Has a finite verb of its own. */
  hasVerb: boolean;
}

const BOUNDARY =
  /;\s+|,?\s+(?:and|but|while|whereas)\s+(?=(?:in|on|during|by|the same|later)\b)|,\s+(?:and|but|while|whereas|however|later|then)\s+|\s+(?:but|while|whereas)\s+|\s+and\s+(?=(?:then\s+|later\s+|also\s+)?[a-z]+ed\b)|\s+and\s+(?=(?:the|a|an|his|her|its|their)\s)|,\s+(?=later\b)|(?<=^(?:(?:soon|immediately|shortly|just|long)\s+)?(?:after|following|before)\s[^,]{3,90}),\s+/gi;

/** Subordinate pieces stay with the clause before them. */
const SUBORDINATE =
  /^(?:which|who|whom|whose|where|when|that|as|because|since|so that|due to|after which)\b/i;

const VERB =
  /\b(?:was|were|is|are|has|had|have|did|became|began|met|went|paid|held|made|took|gave|sent|led|won|lost|left|came|sang|laid|built|set|sold|bought|said|told|saw|got|broke|fought|ran|became|[a-z]{3,}ed|[a-z]{3,}s\s+(?:to|a|an|the)\b)\b/i;

const STARTS_WITH_VERB =
  /^(?:(?:then|later|also|finally|further|subsequently)\s+)?(?:was|were|has|had|did|became|began|met|went|paid|held|made|took|gave|sent|led|laid|signed|said|[a-z]+ed|[a-z]+ing)\b/i;

/** The sentence's clauses, in order; always at least one. */
export function splitClauses(sentence: string): Clause[] {
  const cuts: Array<[number, number]> = [];
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(sentence); m; m = BOUNDARY.exec(sentence)) {
    if (m[0].length === 0) {
      BOUNDARY.lastIndex++;
      continue;
    }
    cuts.push([m.index, m.index + m[0].length]);
  }
  const pieces: Array<[number, number]> = [];
  let from = 0;
  for (const [a, b] of cuts) {
    pieces.push([from, a]);
    from = b;
  }
  pieces.push([from, sentence.length]);
  const out: Clause[] = [];
  for (const [a, b] of pieces) {
    const text = sentence.slice(a, b);
    const last = out[out.length - 1];
    if (last && SUBORDINATE.test(text.trim())) {
      last.end = b;
      last.text = sentence.slice(last.start, b);
      continue;
    }
    const trimmed = text.trim();
    out.push({
      start: a,
      end: b,
      text,
      sharesSubject: STARTS_WITH_VERB.test(trimmed),
      hasVerb: VERB.test(trimmed),
    });
  }
  return out;
}
