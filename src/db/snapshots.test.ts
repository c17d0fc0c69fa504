import { describe, expect, it } from 'vitest';
import { asCardId } from '../domain/ids.ts';
import { makeCard, makeDeckRecord } from '../testing/cards.ts';
import { freshDb } from '../testing/db.ts';
import { testScheduler as scheduler } from '../testing/scheduler.ts';
import { restoreBackup } from './backup.ts';
import { editCard } from './browse-repo.ts';
import { putStudyFirst, saveQuizResult } from './quiz-repo.ts';
import type { CardRecord, RecallDb } from './schema.ts';
import {
  acceptFreshStart,
  checkForWipe,
  listSnapshots,
  readSnapshot,
  SNAPSHOTS_KEPT,
  type SnapshotStore,
  takeSnapshot,
} from './snapshots.ts';
import { recordReview } from './study-repo.ts';

function memoryStore(): SnapshotStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    keys: async () => [...data.keys()],
    get: async (k) => data.get(k) ?? null,
    put: async (k, v) => {
      data.set(k, v);
    },
    delete: async (k) => {
      data.delete(k);
    },
  };
}

const day = (n: number) => new Date(2026, 2, n, 12, 0, 0);

async function device(): Promise<RecallDb> {
  const db = freshDb();
  await db.decks.add(makeDeckRecord());
  await db.cards.bulkAdd(['a', 'b', 'c'].map((id) => makeCard({ id: `sample:${id}` })));
  return db;
}

async function rate(db: RecallDb, id: string, when: Date) {
  const card = (await db.cards.get(asCardId(id))) as CardRecord;
  await recordReview(db, card, scheduler.rate(card, 3, when), 1000);
}

describe('snapshots', () => {
  it('takes none of an empty profile, one a day when something changed, and keeps the last seven days', async () => {
    const db = await device();
    const store = memoryStore();
    expect(await takeSnapshot(db, store, day(1))).toBe(false);
    await rate(db, 'sample:a', day(1));
    expect(await takeSnapshot(db, store, day(1))).toBe(true);
    expect(await takeSnapshot(db, store, day(1))).toBe(false); // nothing changed
    await rate(db, 'sample:b', day(1));
    expect(await takeSnapshot(db, store, day(1))).toBe(true); // today's replaced
    expect((await listSnapshots(store)).map((s) => [s.day, s.reviews])).toEqual([['2026-03-01', 2]]);
    for (let d = 2; d <= 10; d++) {
      await rate(db, 'sample:c', day(d));
      await takeSnapshot(db, store, day(d));
    }
    const kept = await listSnapshots(store);
    expect(kept).toHaveLength(SNAPSHOTS_KEPT);
    expect(kept[0]?.day).toBe('2026-03-10');
    // Compact: the card never studied is left out.
    const latest = await readSnapshot(store, kept[0]?.key ?? '');
    if (!latest.ok) throw new Error(latest.message);
    expect(latest.backup.format === 2 && latest.backup.cards.map((c) => c.id)).toEqual([
      'sample:a',
      'sample:b',
      'sample:c',
    ]);
  });

  it('notices a wiped database and restores the latest snapshot onto a fresh one', async () => {
    const db = await device();
    const store = memoryStore();
    await rate(db, 'sample:a', day(1));
    await rate(db, 'sample:b', day(1));
    await takeSnapshot(db, store, day(1));
    expect((await checkForWipe(db, store)).wiped).toBe(false);

    const fresh = await device(); // the browser wiped it; the app loaded its decks again
    const check = await checkForWipe(fresh, store);
    expect(check).toMatchObject({ wiped: true, had: { reviews: 2, articles: 0 }, latest: { reviews: 2 } });
    const snap = await readSnapshot(store, check.latest?.key ?? '');
    if (!snap.ok) throw new Error(snap.message);
    await restoreBackup(fresh, snap.backup, 'replace', day(2));
    expect(await fresh.reviews.count()).toBe(2);
    expect((await fresh.cards.get(asCardId('sample:a')))?.reps).toBe(1);
    expect((await checkForWipe(fresh, store)).wiped).toBe(false);

    // Starting afresh on purpose is no wipe.
    const other = await device();
    await acceptFreshStart(store, day(3));
    expect((await checkForWipe(other, store)).wiped).toBe(false);
  });

  it('keeps the cards edited or sent to Study, and the quiz history, though never studied', async () => {
    const db = await device();
    const store = memoryStore();
    await rate(db, 'sample:a', day(1));
    const fields = { prompt: 'When was the office opened?', answer: '1961', explanation: '' };
    await editCard(db, asCardId('sample:b'), fields, day(1));
    await putStudyFirst(db, [asCardId('sample:c')], day(1));
    await saveQuizResult(db, {
      takenAt: day(1),
      settings: { decks: [], eras: [], modes: ['typed'], count: 10, minutes: 0 },
      answers: [{ cardId: asCardId('sample:c'), era: 'early', mode: 'typed', given: '1960', grade: 'wrong' }],
      durationMs: 9000,
      timedOut: false,
    });
    await takeSnapshot(db, store, day(1));
    const [latest] = await listSnapshots(store);
    const snap = await readSnapshot(store, latest?.key ?? '');
    if (!snap.ok) throw new Error(snap.message);
    expect(snap.backup.format === 2 && snap.backup.cards.map((c) => c.id)).toEqual([
      'sample:a',
      'sample:b',
      'sample:c',
    ]);

    const fresh = await device();
    await restoreBackup(fresh, snap.backup, 'replace', day(2));
    expect(await fresh.cards.get(asCardId('sample:b'))).toMatchObject({
      reps: 0,
      content: { prompt: 'When was the office opened?', answer: '1961' },
      edit: { fields, editedAt: day(1) },
    });
    expect((await fresh.studyFirst.toArray()).map((f) => f.cardId)).toEqual(['sample:c']);
    expect(await fresh.quizResults.count()).toBe(1);
  });
});
