// Quiz data: the cards a paper is drawn from, read through the kind index (kinds not asked are never
// loaded); quiz results and their history; the cards a quiz sends to the front of today's Study queue.
// A quiz never writes a card's schedule or a review: that stays with study-repo.
import type { CardKind } from '../domain/deck-schema.ts';
import type { CardId } from '../domain/ids.ts';
import type { CardRecord, QuizResultRecord, RecallDb, StudyFirstRecord } from './schema.ts';

/** Every card of the given kinds, retired and suspended ones included (the quiz decides what it asks). */
export function listQuizCards(db: RecallDb, kinds: readonly CardKind[]): Promise<CardRecord[]> {
  if (kinds.length === 0) return Promise.resolve([]);
  return db.cards.where('kind').anyOf(kinds).toArray();
}

/** Keeps a finished quiz; returns its id. */
export function saveQuizResult(db: RecallDb, result: Omit<QuizResultRecord, 'id'>): Promise<number> {
  return db.quizResults.add(result) as Promise<number>;
}

/** Finished quizzes, newest first; at most `limit`. */
export function listQuizResults(db: RecallDb, limit = 50): Promise<QuizResultRecord[]> {
  return db.quizResults.orderBy('takenAt').reverse().limit(limit).toArray();
}

/** Puts cards at the front of Study from `now` until each is next rated (or the study day ends). */
export async function putStudyFirst(db: RecallDb, cardIds: readonly CardId[], now: Date): Promise<void> {
  // Later cards get later stamps, so the front of the queue keeps the order they were given in.
  await db.studyFirst.bulkPut(cardIds.map((cardId, i) => ({ cardId, addedAt: new Date(now.getTime() + i) })));
}

/** The cards sent to the front of Study since `since` (the start of the study day), oldest first. */
export function listStudyFirst(db: RecallDb, since: Date): Promise<StudyFirstRecord[]> {
  return db.studyFirst.where('addedAt').aboveOrEqual(since).sortBy('addedAt');
}
