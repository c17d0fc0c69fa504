import { describe, expect, it } from 'vitest';
import { makeCard, makeDeckCard } from '../testing/cards.ts';
import { freshDb } from '../testing/db.ts';
import { listQuizCards } from './quiz-repo.ts';

describe('quiz repository', () => {
  it('reads only the multiple-choice cards', async () => {
    const db = freshDb();
    await db.cards.bulkAdd([
      makeCard({ id: 'w', content: makeDeckCard({ id: 'w', kind: 'when' }), kind: 'when' }),
      makeCard({ id: 'm', content: makeDeckCard({ id: 'm', kind: 'mcq-date' }), kind: 'mcq-date' }),
    ]);
    expect((await listQuizCards(db)).map((c) => c.id)).toEqual(['m']);
  });
});
