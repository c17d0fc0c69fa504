import { describe, expect, it, vi } from 'vitest';
import { asCardId, asDeckId } from '../domain/ids.ts';
import { newSchedulingFields } from '../domain/scheduler.ts';
import { legacyCard } from '../testing/bad-backups.ts';
import { makeCard, makeDeckRecord } from '../testing/cards.ts';
import { freshDb } from '../testing/db.ts';
import { testScheduler as scheduler } from '../testing/scheduler.ts';
import { backupContents, exportBackup, restoreBackup } from './backup.ts';
import { type Backup, checkBackupText } from './backup-schema.ts';
import type { CardRecord, RecallDb } from './schema.ts';
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

/** Every table, as plain JSON, review ids left out (they are the database's own counter). */
async function dump(db: RecallDb) {
  const out: Record<string, unknown> = {};
  for (const table of db.tables) {
    const rows = await table.toArray();
    out[table.name] = JSON.parse(
      JSON.stringify(table.name === 'reviews' ? rows.map(({ id: _id, ...r }) => r) : rows),
    );
  }
  return out;
}

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
