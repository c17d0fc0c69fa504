// Editing a card (browse-repo's editCard and revertEdit) and how a deck update treats the edit.
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../domain/deck-schema.ts';
import { asCardId, asDeckId } from '../domain/ids.ts';
import { freshDb } from '../testing/db.ts';
import v1File from '../testing/fixtures/decks/sample-friendship.v1.deck.json';
import v2File from '../testing/fixtures/decks/sample-friendship.v2.deck.json';
import { exportBackup, restoreBackup } from './backup.ts';
import { checkBackupText } from './backup-schema.ts';
import { addCard, editCard, revertEdit } from './browse-repo.ts';
import { syncDeck } from './deck-sync.ts';

const now = new Date('2026-03-01T10:00:00Z');
const deckOf = (json: unknown) => {
  const parsed = parseDeck(json);
  if (!parsed.ok) throw new Error(parsed.issues.join('\n'));
  return parsed.deck;
};
const fields = { prompt: ' When did the highway open? ', answer: '1979', explanation: 'My own note.' };

describe('card edits', () => {
  it('saves an edit over the deck text, keeping the schedule', async () => {
    const db = freshDb();
    await syncDeck(db, deckOf(v1File), now);
    const id = asCardId('sample-friendship:c-highway-when');
    const before = await db.cards.get(id);
    await editCard(db, id, fields, now);
    const after = await db.cards.get(id);
    expect(after?.content).toMatchObject({
      prompt: 'When did the highway open?',
      answer: '1979',
      explanation: 'My own note.',
    });
    expect(after?.content.sources).toEqual(before?.content.sources);
    expect(after?.edit).toMatchObject({ deckChanged: false, shipped: { answer: '1978' }, editedAt: now });
    expect(after?.due).toEqual(before?.due);
    db.close();
  });

  it('refuses an edit with no answer, or options without the answer, and changes nothing', async () => {
    const db = freshDb();
    await syncDeck(db, deckOf(v1File), now);
    await expect(
      editCard(db, asCardId('sample-friendship:c-highway-when'), { ...fields, answer: ' ' }, now),
    ).rejects.toThrow('The answer cannot be empty.');
    const mcq = asCardId('sample-friendship:c-bridge-mcq');
    const choices = ['1970', '1971', '1972', '1972'];
    await expect(editCard(db, mcq, { ...fields, answer: '1969', choices }, now)).rejects.toThrow(
      'Two options are the same. One of the options must be the answer.',
    );
    expect((await db.cards.get(mcq))?.edit).toBeUndefined();
    db.close();
  });

  it('keeps the edit through a deck update that changes the card, and says so; revert shows the new text', async () => {
    const db = freshDb();
    await syncDeck(db, deckOf(v1File), now);
    const id = asCardId('sample-friendship:c-highway-when');
    await editCard(db, id, fields, now);
    const summary = await syncDeck(db, deckOf(v2File), new Date('2026-04-01T10:00:00Z'));
    expect(summary.changed).toBeGreaterThanOrEqual(1);
    const card = await db.cards.get(id);
    expect(card?.content.prompt).toBe('When did the highway open?');
    expect(card?.edit?.deckChanged).toBe(true);
    await revertEdit(db, id);
    const reverted = await db.cards.get(id);
    expect(reverted?.content.prompt).toBe('In which year did the mountain highway open to traffic?');
    expect(reverted?.edit).toBeUndefined();
    db.close();
  });

  it('an edited card the deck update leaves alone stays as edited, not marked changed', async () => {
    const db = freshDb();
    await syncDeck(db, deckOf(v1File), now);
    const id = asCardId('sample-friendship:c-recognise-when');
    await editCard(db, id, { ...fields, prompt: 'When was Beijing recognised?' }, now);
    await syncDeck(db, deckOf(v2File), new Date('2026-04-01T10:00:00Z'));
    const card = await db.cards.get(id);
    expect(card?.content.prompt).toBe('When was Beijing recognised?');
    expect(card?.edit?.deckChanged).toBe(false);
    db.close();
  });
});

describe('cards added by hand', () => {
  const deckId = asDeckId('sample-friendship');
  const mine = {
    kind: 'when' as const,
    era: 'early',
    prompt: 'When did the first flight land?',
    answer: '1964',
    explanation: 'From my notes.',
  };

  it('adds a new card to a deck, due now, citing the person', async () => {
    const db = freshDb();
    await syncDeck(db, deckOf(v1File), now);
    const id = await addCard(db, deckId, mine, now, 'flight');
    expect(id).toBe('sample-friendship:own-flight');
    expect(await db.cards.get(id)).toMatchObject({
      deckId,
      era: 'early',
      kind: 'when',
      state: 0,
      due: now,
      content: { prompt: mine.prompt, answer: '1964', facts: ['own-flight'], sources: [{ source: 'own' }] },
    });
    await expect(addCard(db, deckId, { ...mine, era: 'nowhere' }, now)).rejects.toThrow(
      'Choose one of the deck’s eras.',
    );
    await expect(addCard(db, asDeckId('gone'), mine, now)).rejects.toThrow('no longer here');
    db.close();
  });

  it('stays through a deck update that knows nothing of it, and can be edited', async () => {
    const db = freshDb();
    await syncDeck(db, deckOf(v1File), now);
    const id = await addCard(db, deckId, mine, now, 'flight');
    await editCard(db, id, { ...mine, answer: '1965' }, now);
    const summary = await syncDeck(db, deckOf(v2File), new Date('2026-04-01T10:00:00Z'));
    expect(summary.updated).toBe(true);
    expect(await db.cards.get(id)).toMatchObject({ retired: 0, content: { answer: '1965' } });
    db.close();
  });

  it('round-trips through a backup restored on a fresh device', async () => {
    const from = freshDb();
    await syncDeck(from, deckOf(v1File), now);
    const id = await addCard(from, deckId, mine, now, 'flight');
    const checked = checkBackupText(JSON.stringify(await exportBackup(from, now)));
    if (!checked.ok) throw new Error(checked.message);
    const to = freshDb();
    await syncDeck(to, deckOf(v1File), now);
    await restoreBackup(to, checked.backup, 'replace', now);
    expect(await to.cards.get(id)).toEqual(await from.cards.get(id));
    from.close();
    to.close();
  });
});
