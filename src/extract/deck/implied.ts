// Disagreements no single event shows: one source dates when two states set up ties, another has an
// envoy of one presenting credentials to the other before that. Envoys serve only where ties stand.
import { formatDateValue } from '../../domain/date-format.ts';
import type { Conflict } from '../../domain/deck-schema.ts';
import { inQuestion } from '../retell.ts';
import { dateBounds } from './dates.ts';
import type { FactDraft } from './draft.ts';
import { DEMONYM_NAMES, statesIn } from './states.ts';

/** Deeds that set up ties between two states. */
const SETS_UP_TIES = /^(?:establish|set up|open)$/;
/** An envoy taking up a post: credentials presented, or arrival in the other state. */
const ENVOY = /\b(?:ambassador|envoy|high commissioner|charg[ée] d’affaires)\b/i;

/** The two states whose ties the fact says were set up, or null. */
function tiesSetUp(d: FactDraft): [string, string] | null {
  const c = d.clause;
  if (!c || !SETS_UP_TIES.test(c.infinitive)) return null;
  const text = `${c.subject} ${c.rest}`;
  if (!/\b(?:relations|ties)\b/i.test(text)) return null;
  const states = statesIn(text);
  return states.length === 2 ? [states[0] ?? '', states[1] ?? ''] : null;
}

/** The envoy's state and the state that received the envoy, or null when the fact is no envoy's arrival. */
function envoyArrived(d: FactDraft): { from: string; to: string } | null {
  const c = d.clause;
  if (!c || !ENVOY.test(c.subject)) return null;
  const credentials = /^(?:present|submit)$/.test(c.infinitive) && /\bcredentials\b/i.test(c.rest);
  if (!credentials && !/^(?:arrive|take up)$/.test(c.infinitive)) return null;
  const [from] = statesIn(c.subject);
  const [to] = statesIn(c.rest).filter((s) => s !== from);
  return from && to ? { from, to } : null;
}

/**
 * Adds a date conflict to each fact that dates ties between two states later than an envoy of one
 * took up a post in the other, when the fact has no conflict of its own: the ties stood by the
 * envoy's day. The claims are the fact's own date and "by" the envoy's; the note says which envoy.
 */
export function tiesAfterEnvoys(drafts: readonly FactDraft[]): FactDraft[] {
  const envoys = drafts.flatMap((d) => {
    const e = envoyArrived(d);
    return e ? [{ d, ...e }] : [];
  });
  return drafts.map((d) => {
    const pair = tiesSetUp(d);
    const source = d.fact.sources[0]?.source;
    if (!pair || d.fact.conflict || !source) return d;
    const from = dateBounds(d.fact.date).from;
    const earlier = envoys
      .filter((e) => pair.includes(e.from) && pair.includes(e.to) && dateBounds(e.d.fact.date).to < from)
      .sort((x, y) => dateBounds(x.d.fact.date).to - dateBounds(y.d.fact.date).to)[0];
    const envoySource = earlier?.d.fact.sources[0]?.source;
    if (!earlier?.d.clause || !envoySource || envoySource === source) return d;
    const envoyDate = formatDateValue(earlier.d.fact.date);
    // "Indian ambassador X presented …": an office led by a people's adjective takes "the".
    const subject = inQuestion(earlier.d.clause.subject).replace(
      new RegExp(`^(?=(?:${DEMONYM_NAMES})\\s)`),
      'the ',
    );
    const c = earlier.d.clause;
    const told = `${subject} ${c.passive ? `${c.passive} ` : ''}${c.past}${c.rest}`.trim();
    const conflict: Conflict = {
      field: 'date',
      claims: [
        { source, value: formatDateValue(d.fact.date) },
        { source: envoySource, value: `by ${envoyDate}` },
      ],
      note: `One source dates these ties to ${formatDateValue(d.fact.date)}; another says ${told} on ${envoyDate}, so they stood by then.`,
    };
    return { ...d, fact: { ...d.fact, conflict } };
  });
}
