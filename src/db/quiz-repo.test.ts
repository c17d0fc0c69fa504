import { describe, expect, it } from 'vitest';
import { asCardId } from '../domain/ids.ts';
import { makeCard, makeDeckCard } from '../testing/cards.ts';
import { freshDb } from '../testing/db.ts';
import {
  listQuizCards,
  listQuizResults,
  listStudyFirst,
  putStudyFirst,
  saveQuizResult,
} from './quiz-repo.ts';
import type { QuizResultRecord } from './schema.ts';

const result = (takenAt: string): Omit<QuizResultRecord, 'id'> => ({
  takenAt: new Date(takenAt),
  settings: { decks: [], eras: ['early'], modes: ['choice', 'typed'], count: 10, minutes: 5 },
  answers: [{ cardId: asCardId('a'), era: 'early', mode: 'typed', given: '1966', grade: 'partial' }],
  durationMs: 61_000,
  timedOut: false,
});

describe('quiz repository', () => {
  it('reads only the cards of the kinds asked, through the kind index', async () => {
    const db = freshDb();
    const card = (id: string, kind: 'when' | 'who' | 'what' | 'mcq-date' | 'order') =>
      makeCard({ id, content: makeDeckCard({ id, kind }), kind });
    await db.cards.bulkAdd([card('w', 'when'), card('n', 'who'), card('x', 'what'), card('m', 'mcq-date')]);
    expect((await listQuizCards(db, ['mcq-date'])).map((c) => c.id)).toEqual(['m']);
    expect((await listQuizCards(db, ['when', 'who'])).map((c) => c.id).sort()).toEqual(['n', 'w']);
    expect(await listQuizCards(db, [])).toEqual([]);
    db.close();
  });

  it('keeps results with their settings and answers, newest first', async () => {
    const db = freshDb();
    await saveQuizResult(db, result('2026-02-01T10:00:00Z'));
    await saveQuizResult(db, result('2026-02-03T10:00:00Z'));
    const list = await listQuizResults(db);
    expect(list.map((r) => r.takenAt.toISOString())).toEqual([
      '2026-02-03T10:00:00.000Z',
      '2026-02-01T10:00:00.000Z',
    ]);
    expect(list[0]?.answers[0]).toEqual(result('x').answers[0]);
    expect(list[0]?.settings.minutes).toBe(5);
    db.close();
  });

  it('lists the cards sent to Study since the day began, in the order given', async () => {
    const db = freshDb();
    await putStudyFirst(db, [asCardId('old')], new Date('2026-02-01T10:00:00Z'));
    await putStudyFirst(db, [asCardId('b'), asCardId('a')], new Date('2026-02-02T10:00:00Z'));
    const list = await listStudyFirst(db, new Date('2026-02-02T04:00:00Z'));
    expect(list.map((r) => r.cardId)).toEqual(['b', 'a']);
    db.close();
  });
});
