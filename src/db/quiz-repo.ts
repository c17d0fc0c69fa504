// Quiz data: the multiple-choice cards a round is drawn from, read through the kind index (the other
// kinds are never loaded).
import type { CardRecord, RecallDb } from './schema.ts';

/** Every multiple-choice card, retired and suspended ones included (the quiz decides what it asks). */
export function listQuizCards(db: RecallDb): Promise<CardRecord[]> {
  return db.cards.where('kind').equals('mcq-date').toArray();
}
