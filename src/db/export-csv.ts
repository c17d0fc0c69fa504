// Every card and its progress as CSV, so a person can always leave with their data: deck, question,
// answer (the person's edited text where they edited it), era, kind, FSRS state and schedule, and the
// count of reviews in the log.
import { toCsv } from '../domain/csv.ts';
import type { RecallDb } from './schema.ts';

const STATE_NAMES = ['new', 'learning', 'review', 'relearning'] as const;

export const CSV_HEADER = [
  'deck',
  'card id',
  'question',
  'answer',
  'era',
  'kind',
  'state',
  'due',
  'stability (days)',
  'difficulty',
  'interval (days)',
  'repetitions',
  'lapses',
  'last review',
  'reviews logged',
  'suspended',
  'retired',
  'edited',
] as const;

/** The CSV of every card, deck by deck in card-id order. One read transaction. */
export async function exportCardsCsv(db: RecallDb): Promise<string> {
  return db.transaction('r', db.decks, db.cards, db.reviews, async () => {
    const titles = new Map((await db.decks.toArray()).map((d) => [d.id as string, d.title]));
    const logged = new Map<string, number>();
    await db.reviews.each((r) => {
      logged.set(r.cardId, (logged.get(r.cardId) ?? 0) + 1);
    });
    const cards = (await db.cards.toArray()).sort((a, b) => a.id.localeCompare(b.id));
    const date = (d: Date | undefined) => (d && !Number.isNaN(d.getTime()) ? d.toISOString() : null);
    return toCsv([
      CSV_HEADER,
      ...cards.map((c) => [
        titles.get(c.deckId) ?? c.deckId,
        c.id,
        c.content.prompt,
        c.content.answer,
        c.era,
        c.kind,
        STATE_NAMES[c.state] ?? String(c.state),
        date(c.due),
        Math.round(c.stability * 100) / 100,
        Math.round(c.difficulty * 100) / 100,
        c.scheduled_days,
        c.reps,
        c.lapses,
        date(c.last_review),
        logged.get(c.id) ?? 0,
        c.suspended ? 'yes' : 'no',
        c.retired ? 'yes' : 'no',
        c.edit ? 'yes' : 'no',
      ]),
    ]);
  });
}
