import { describe, expect, it } from 'vitest';
import { asCardId } from '../domain/ids.ts';
import { makeCard, makeDeckCard, makeDeckRecord } from '../testing/cards.ts';
import { freshDb } from '../testing/db.ts';
import { testScheduler as scheduler } from '../testing/scheduler.ts';
import { editCard } from './browse-repo.ts';
import { exportCardsCsv } from './export-csv.ts';
import { recordReview } from './study-repo.ts';

describe('exportCardsCsv', () => {
  it('lists every card with its progress and review count, one row each', async () => {
    const db = freshDb();
    await db.decks.add(makeDeckRecord());
    const card = makeCard({ id: 'sample:a', content: makeDeckCard({ id: 'a', prompt: 'When, and where?' }) });
    await db.cards.bulkAdd([card, makeCard({ id: 'sample:b', suspended: 1 })]);
    await recordReview(db, card, scheduler.rate(card, 3, new Date('2026-03-01T10:00:00Z')), 1000);
    const lines = (await exportCardsCsv(db)).split('\r\n');
    expect(lines[0]).toMatch(/^deck,card id,question,answer,era,kind,state,due,/);
    expect(lines[1]).toMatch(
      /^Sample relations,sample:a,"When, and where\?",12 March 1961,early,when,learning,2026-03-01T10:10:00.000Z,[\d.]+,[\d.]+,0,1,0,2026-03-01T10:00:00.000Z,1,no,no,no$/,
    );
    expect(lines[2]).toMatch(/,new,.*,0,yes,no,no$/);
    expect(lines).toHaveLength(4); // header, two cards, and the empty line after the last CRLF
  });

  it('shows the person’s edited text of a card, and says it is edited', async () => {
    const db = freshDb();
    await db.decks.add(makeDeckRecord());
    await db.cards.add(makeCard({ id: 'sample:a' }));
    const fields = { prompt: 'When was the trade office opened?', answer: 'March 1961', explanation: '' };
    await editCard(db, asCardId('sample:a'), fields, new Date('2026-03-01T10:00:00Z'));
    const [, row] = (await exportCardsCsv(db)).split('\r\n');
    expect(row).toMatch(
      /^Sample relations,sample:a,When was the trade office opened\?,March 1961,.*,no,no,yes$/,
    );
  });
});
