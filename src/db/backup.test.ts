import { describe, expect, it, vi } from 'vitest';
import { asCardId, asDeckId } from '../domain/ids.ts';
import { newSchedulingFields } from '../domain/scheduler.ts';
import { legacyCard } from '../testing/bad-backups.ts';
import { makeCard, makeDeckRecord } from '../testing/cards.ts';
import { freshDb } from '../testing/db.ts';
import { testScheduler as scheduler } from '../testing/scheduler.ts';
import { backupContents, exportBackup, restoreBackup } from './backup.ts';
import { type Backup, checkBackupText } from './backup-schema.ts';
import { editCard } from './browse-repo.ts';
import { listQuizResults, listStudyFirst, putStudyFirst, saveQuizResult } from './quiz-repo.ts';
import type { CardRecord, QuizResultRecord, RecallDb } from './schema.ts';
import { recordReview } from './study-repo.ts';

const t0 = new Date('2026-03-01T10:00:00Z');
const day = 86_400_000;
const at = (days: number) => new Date(t0.getTime() + days * day);

const IMPORTED = asDeckId('imported-notes');

/** A device with the shipped deck "sample" (cards a, b, c) and an imported deck with one article. */
async function device(): Promise<RecallDb> {
  const db = freshDb();
  await db.decks.bulkAdd([
    makeDeckRecord(),
    makeDeckRecord({ id: IMPORTED, title: 'My notes', origin: 'imported', version: 'i1' }),
  ]);
  await db.cards.bulkAdd([
    makeCard({ id: 'sample:a', due: at(0) }),
    makeCard({ id: 'sample:b', due: at(0) }),
    makeCard({ id: 'sample:c', due: at(0) }),
    makeCard({ id: `${IMPORTED}:x`, deckId: IMPORTED, due: at(0) }),
  ]);
  await db.articles.add({
    id: 'a-1' as never,
    title: 'Notes',
    text: 'Notes\n\nIn 1961 a charter was signed.',
    addedAt: t0,
    deckId: IMPORTED,
  });
  return db;
}

async function rate(db: RecallDb, id: string, rating: 1 | 2 | 3 | 4, when: Date): Promise<void> {
  const card = (await db.cards.get(asCardId(id))) as CardRecord;
  await recordReview(db, card, scheduler.rate(card, rating, when), 4000);
}

/** Every table, as plain JSON, review and quiz ids left out (they are the database's own counters). */
async function dump(db: RecallDb) {
  const out: Record<string, unknown> = {};
  for (const table of db.tables) {
    const rows = await table.toArray();
    const counted = table.name === 'reviews' || table.name === 'quizResults';
    out[table.name] = JSON.parse(JSON.stringify(counted ? rows.map(({ id: _id, ...r }) => r) : rows));
  }
  return out;
}

/** A finished quiz of one typed question on `cardId`. */
const quizOf = (cardId: string, takenAt: Date, grade: 'right' | 'wrong'): Omit<QuizResultRecord, 'id'> => ({
  takenAt,
  settings: { decks: [], eras: [], modes: ['typed'], count: 10, minutes: 5 },
  answers: [{ cardId: asCardId(cardId), era: 'early', mode: 'typed', given: '1961', grade }],
  durationMs: 30_000,
  timedOut: false,
});

const editOf = (prompt: string) => ({ prompt, answer: '12 March 1961', explanation: 'My note.' });

async function backupOf(db: RecallDb, now: Date): Promise<Backup> {
  const checked = checkBackupText(JSON.stringify(await exportBackup(db, now)));
  if (!checked.ok) throw new Error(checked.message);
  return checked.backup;
}

describe('backup', () => {
  it('a full backup restored onto a fresh device gives the same database, imported deck and article included', async () => {
    const from = await device();
    await rate(from, 'sample:a', 3, at(0));
    await rate(from, `${IMPORTED}:x`, 4, at(0));
    await from.cards.update(asCardId('sample:b'), { suspended: 1 });
    await from.settings.bulkPut([
      { key: 'newPerDay', value: 12 },
      { key: 'learningSteps', value: ['2m'] },
    ]);
    const backup = await backupOf(from, at(1));
    expect(backupContents(backup)).toMatchObject({ decks: ['My notes'], cards: 4, studied: 3, reviews: 2 });

    // The fresh device has only the shipped deck, as a new install would.
    const to = freshDb();
    await to.decks.add(makeDeckRecord());
    await to.cards.bulkAdd(['a', 'b', 'c'].map((id) => makeCard({ id: `sample:${id}`, due: at(1) })));
    const summary = await restoreBackup(to, backup, 'replace', at(1));
    expect(summary).toMatchObject({ cards: 4, reviews: 2, unknownCards: 0, decks: 1, articles: 1 });
    expect(await dump(to)).toEqual(await dump(from));
  });

  it('replace puts the file’s progress over newer progress on this device, and nothing else stays', async () => {
    const db = await device();
    await rate(db, 'sample:a', 3, at(0));
    const backup = await backupOf(db, at(0));
    await rate(db, 'sample:a', 3, at(5));
    await rate(db, 'sample:c', 1, at(5));
    await db.settings.put({ key: 'theme', value: 'dark' });
    await restoreBackup(db, backup, 'replace', at(6));
    expect(await db.reviews.count()).toBe(1);
    expect((await db.cards.get(asCardId('sample:a')))?.reps).toBe(1);
    expect(await db.cards.get(asCardId('sample:c'))).toMatchObject({ reps: 0, state: 0 });
    expect(await db.settings.get('theme')).toBeUndefined();
  });

  it('merge keeps a review in both once and computes each card’s schedule again from its whole history', async () => {
    const db = await device();
    await rate(db, 'sample:a', 3, at(0));
    // The same profile, studied on another device after the backup was taken.
    const other = await device();
    await rate(other, 'sample:a', 3, at(0));
    await rate(other, 'sample:a', 3, at(0.01));
    await rate(other, 'sample:b', 4, at(1));
    const otherBackup = await backupOf(other, at(2));
    // Meanwhile this device studied card a again, later.
    await rate(db, 'sample:a', 2, at(3));

    const summary = await restoreBackup(db, otherBackup, 'merge', at(4));
    expect(summary).toMatchObject({ reviews: 2, recomputed: 2 });
    const logs = await db.reviews.where('cardId').equals('sample:a').sortBy('review');
    expect(logs.map((r) => [r.rating, r.review.getTime()])).toEqual([
      [3, at(0).getTime()],
      [3, at(0.01).getTime()],
      [2, at(3).getTime()],
    ]);
    // The card's schedule is what its three ratings give, in time order.
    let expected = newSchedulingFields(at(0));
    for (const r of logs) expected = scheduler.rate(expected, r.rating, r.review).card;
    const { last_review, due, stability, reps, state } = (await db.cards.get(
      asCardId('sample:a'),
    )) as CardRecord;
    expect({ last_review, due, stability, reps, state }).toEqual({
      last_review: expected.last_review,
      due: expected.due,
      stability: expected.stability,
      reps: 3,
      state: expected.state,
    });
    expect((await db.cards.get(asCardId('sample:b')))?.reps).toBe(1);

    // Merging the same file again adds nothing and changes no schedule.
    const before = await dump(db);
    expect(await restoreBackup(db, otherBackup, 'merge', at(5))).toMatchObject({ reviews: 0, recomputed: 0 });
    expect(await dump(db)).toEqual(before);
  });

  it('merge adds an imported deck, its cards and its article from the file and keeps this device’s settings', async () => {
    const other = await device();
    await rate(other, `${IMPORTED}:x`, 3, at(0));
    await other.settings.put({ key: 'newPerDay', value: 5 });
    await other.settings.put({ key: 'theme', value: 'dark' });
    const backup = await backupOf(other, at(1));
    const db = freshDb();
    await db.decks.add(makeDeckRecord());
    await db.settings.put({ key: 'newPerDay', value: 30 });
    expect(await restoreBackup(db, backup, 'merge', at(2))).toMatchObject({ decks: 1, articles: 1 });
    expect((await db.cards.get(asCardId(`${IMPORTED}:x`)))?.reps).toBe(1);
    expect(await db.articles.count()).toBe(1);
    expect(await db.settings.get('newPerDay')).toEqual({ key: 'newPerDay', value: 30 });
    expect(await db.settings.get('theme')).toEqual({ key: 'theme', value: 'dark' });
  });

  it('card edits, quiz results and the cards sent to Study go through export and replace as they were', async () => {
    const from = await device();
    await rate(from, 'sample:a', 3, at(0));
    await editCard(from, asCardId('sample:a'), editOf('When did the ministers open the office?'), at(0.5));
    await editCard(from, asCardId(`${IMPORTED}:x`), editOf('When was my charter signed?'), at(0.6));
    await saveQuizResult(from, quizOf('sample:a', at(0.7), 'wrong'));
    await saveQuizResult(from, quizOf(`${IMPORTED}:x`, at(0.8), 'right'));
    await putStudyFirst(from, [asCardId('sample:a')], at(0.9));
    const backup = await backupOf(from, at(1));
    expect(backupContents(backup)).toMatchObject({ cards: 4, edited: 2, quizResults: 2 });

    // A fresh device with the shipped deck, on which card c was edited: replace makes it the file's.
    const to = freshDb();
    await to.decks.add(makeDeckRecord());
    await to.cards.bulkAdd(['a', 'b', 'c'].map((id) => makeCard({ id: `sample:${id}`, due: at(1) })));
    await editCard(to, asCardId('sample:c'), editOf('Mine only'), at(0.2));
    await saveQuizResult(to, quizOf('sample:c', at(0.3), 'right'));
    await restoreBackup(to, backup, 'replace', at(1));
    const c = await to.cards.get(asCardId('sample:c'));
    expect(c?.edit).toBeUndefined();
    expect(c?.content.prompt).toBe(makeCard({ id: 'sample:c' }).content.prompt);
    await to.cards.put({ ...(c as CardRecord), reps: 0 }); // c starts again as new in both
    expect(await dump(to)).toEqual(await dump(from));
    expect((await to.cards.get(asCardId('sample:a')))?.content.prompt).toBe(
      'When did the ministers open the office?',
    );
    expect((await listStudyFirst(to, at(0))).map((f) => f.cardId)).toEqual(['sample:a']);
    expect((await listQuizResults(to)).map((q) => q.answers[0]?.grade)).toEqual(['right', 'wrong']);
  });

  it('merge keeps the later edit of each card, each quiz result once, and this device’s cards sent to Study', async () => {
    const db = await device();
    const other = await device();
    await editCard(db, asCardId('sample:a'), editOf('Edited here first'), at(1));
    await editCard(other, asCardId('sample:a'), editOf('Edited there later'), at(2));
    await editCard(other, asCardId('sample:b'), editOf('Edited there first'), at(0));
    await editCard(db, asCardId('sample:b'), editOf('Edited here later'), at(3));
    await editCard(other, asCardId('sample:c'), editOf('Edited there only'), at(0));
    await saveQuizResult(db, quizOf('sample:a', at(0.5), 'right'));
    await saveQuizResult(other, quizOf('sample:b', at(1.5), 'wrong'));
    await putStudyFirst(db, [asCardId('sample:a')], at(4));
    await putStudyFirst(other, [asCardId('sample:a'), asCardId('sample:c')], at(2));
    const backup = await backupOf(other, at(5));

    await restoreBackup(db, backup, 'merge', at(6));
    const prompt = async (id: string) => (await db.cards.get(asCardId(`sample:${id}`)))?.content.prompt;
    expect([await prompt('a'), await prompt('b'), await prompt('c')]).toEqual([
      'Edited there later',
      'Edited here later',
      'Edited there only',
    ]);
    expect((await db.cards.get(asCardId('sample:a')))?.edit?.editedAt).toEqual(at(2));
    expect((await listQuizResults(db)).map((q) => q.takenAt)).toEqual([at(1.5), at(0.5)]);
    expect((await db.studyFirst.toArray()).map((f) => [f.cardId, f.addedAt])).toEqual([
      ['sample:a', at(4)],
      ['sample:c', new Date(at(2).getTime() + 1)], // the second card sent, a millisecond later
    ]);

    // Merging the same file again changes nothing.
    const before = await dump(db);
    await restoreBackup(db, backup, 'merge', at(7));
    expect(await dump(db)).toEqual(before);
  });

  it('reads a format 1 file, finding its cards by their id within the deck', async () => {
    const db = await device();
    const file = {
      kind: 'css-recall-backup',
      format: 1,
      exportedAt: at(1).toISOString(),
      cards: [
        { ...legacyCard('a'), stability: 3 },
        { ...newSchedulingFieldsJson(), id: 'gone', suspended: 1 },
      ],
      reviews: [
        {
          cardId: 'a',
          deckId: 'sample',
          rating: 4,
          stateBefore: 0,
          state: 2,
          due: at(3).toISOString(),
          stability: 3,
          difficulty: 5,
          scheduledDays: 3,
          learningSteps: 0,
          review: at(0).toISOString(),
          durationMs: 1000,
        },
      ],
      settings: [{ key: 'newPerDay', value: 9 }],
    };
    const checked = checkBackupText(JSON.stringify(file));
    if (!checked.ok) throw new Error(checked.message);
    const summary = await restoreBackup(db, checked.backup, 'replace', at(2));
    expect(summary).toMatchObject({ cards: 1, unknownCards: 1, reviews: 1 });
    expect(await db.cards.get(asCardId('sample:a'))).toMatchObject({ reps: 1, stability: 3 });
    expect((await db.reviews.toArray()).map((r) => r.cardId)).toEqual(['sample:a']);
    // A format 1 file holds no decks or articles: the imported ones stay.
    expect(await db.articles.count()).toBe(1);
    expect(await db.decks.get(IMPORTED)).toBeDefined();
  });

  it('makes a backup it accepts even when a stored review or article date is not a date', async () => {
    const db = await device();
    await rate(db, 'sample:a', 3, at(0));
    await rate(db, 'sample:b', 3, at(0));
    const [first] = await db.reviews.toArray();
    await db.reviews.update(first?.id as number, { review: new Date(Number.NaN) });
    await db.articles.update('a-1' as never, { addedAt: new Date(Number.NaN) });
    const backup = await backupOf(db, at(1));
    expect(backupContents(backup)).toMatchObject({ reviews: 1, articles: 1 });
  });

  it('writes all or nothing: a failure half-way leaves the database as it was', async () => {
    const db = await device();
    await rate(db, 'sample:a', 3, at(0));
    const backup = await backupOf(db, at(1));
    await rate(db, 'sample:a', 3, at(4));
    const before = await dump(db);
    vi.spyOn(db.cards, 'bulkPut').mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    await expect(restoreBackup(db, backup, 'replace', at(5))).rejects.toThrow();
    expect(await dump(db)).toEqual(before);
  });
});

function newSchedulingFieldsJson() {
  const f = newSchedulingFields(at(0));
  return { ...f, due: f.due.toISOString() };
}
