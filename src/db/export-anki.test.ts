import { unzipSync } from 'fflate';
import type { SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { asDeckId } from '../domain/ids.ts';
import { makeCard, makeDeckCard, makeDeckRecord } from '../testing/cards.ts';
import { freshDb } from '../testing/db.ts';
import { testScheduler as scheduler } from '../testing/scheduler.ts';
import { ANKI_SCHEMA_11, apkgFile, loadSqlite } from './anki-package.ts';
import { ANKI_FIELDS, ANKI_MODEL_ID, exportDeckToAnki, fieldChecksum } from './export-anki.ts';
import { recordReview } from './study-repo.ts';

let sqlite: SqlJsStatic;
beforeAll(async () => {
  // In Node, sql.js reads its WebAssembly from the package's own folder.
  sqlite = await loadSqlite('package');
});

const now = new Date('2026-03-10T12:00:00Z');

/** A deck of three cards: one reviewed twice (now in review), one new, one suspended new; and a retired one. */
async function seeded() {
  const db = freshDb();
  await db.decks.add(makeDeckRecord());
  const learnt = makeCard({
    id: 'sample:a',
    content: makeDeckCard({ id: 'a', prompt: 'When did <the> two & ministers meet?', era: 'early' }),
  });
  await db.cards.bulkAdd([
    learnt,
    makeCard({ id: 'sample:b', content: makeDeckCard({ id: 'b', era: 'late', prompt: 'Who signed?' }) }),
    makeCard({ id: 'sample:c', suspended: 1 }),
    makeCard({ id: 'sample:d', retired: 1 }),
    makeCard({ id: 'other:x', deckId: asDeckId('other') }),
  ]);
  let card = learnt;
  for (const [at, ms] of [
    ['2026-03-01T10:00:00Z', 4000],
    ['2026-03-01T10:11:00Z', 90_000],
    ['2026-03-02T10:00:00Z', 2000],
  ] as const) {
    card = (await recordReview(db, card, scheduler.rate(card, 3, new Date(at)), ms)).card;
  }
  return db;
}

/** The rows of a table in the file, as objects. */
function rows(db: InstanceType<SqlJsStatic['Database']>, sql: string): Record<string, unknown>[] {
  const [result] = db.exec(sql);
  if (!result) return [];
  return result.values.map((v) => Object.fromEntries(result.columns.map((c, i) => [c, v[i]])));
}

describe('a deck exported as an Anki package', () => {
  it('is a zip of collection.anki2 (Anki schema 11) and an empty media list', async () => {
    const db = await seeded();
    const file = apkgFile(sqlite, await exportDeckToAnki(db, asDeckId('sample'), now));
    const entries = unzipSync(file);
    expect(Object.keys(entries).sort()).toEqual(['collection.anki2', 'media']);
    expect(new TextDecoder().decode(entries.media)).toBe('{}');
    const col = new sqlite.Database(entries['collection.anki2']);
    // Every table and index Anki 2.1 expects, defined as Anki defines them.
    const master = rows(col, "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'");
    expect(master.map((m) => m.name).sort()).toEqual(
      [
        'cards',
        'col',
        'graves',
        'ix_cards_nid',
        'ix_cards_sched',
        'ix_cards_usn',
        'ix_notes_csum',
        'ix_notes_usn',
        'ix_revlog_cid',
        'ix_revlog_usn',
        'notes',
        'revlog',
      ].sort(),
    );
    const columns = (table: string) => rows(col, `PRAGMA table_info(${table})`).map((c) => c.name);
    expect(columns('col')).toEqual('id crt mod scm ver dty usn ls conf models decks dconf tags'.split(' '));
    expect(columns('notes')).toEqual('id guid mid mod usn tags flds sfld csum flags data'.split(' '));
    expect(columns('cards')).toEqual(
      'id nid did ord mod usn type queue due ivl factor reps lapses left odue odid flags data'.split(' '),
    );
    expect(columns('revlog')).toEqual('id cid usn ease ivl lastIvl factor time type'.split(' '));
    expect(columns('graves')).toEqual(['usn', 'oid', 'type']);
    for (const m of master)
      expect(ANKI_SCHEMA_11.replace(/\s+/g, ' ')).toContain(String(m.sql).replace(/\s+/g, ' '));
    col.close();
  });

  it('holds the note type, the deck, one note and card per live card, and the review log', async () => {
    const db = await seeded();
    const entries = unzipSync(apkgFile(sqlite, await exportDeckToAnki(db, asDeckId('sample'), now)));
    const col = new sqlite.Database(entries['collection.anki2']);
    const [meta] = rows(col, 'SELECT * FROM col');
    expect(meta?.ver).toBe(11);
    expect(JSON.parse(String(meta?.conf))).toMatchObject({ schedVer: 2, curModel: String(ANKI_MODEL_ID) });
    const models = JSON.parse(String(meta?.models)) as Record<string, Record<string, unknown>>;
    const model = models[String(ANKI_MODEL_ID)] as {
      id: number;
      type: number;
      sortf: number;
      flds: { name: string; ord: number }[];
      tmpls: { name: string; ord: number; qfmt: string; afmt: string }[];
      req: unknown[];
      css: string;
    };
    expect(model.id).toBe(ANKI_MODEL_ID);
    expect(model.type).toBe(0);
    expect(model.flds.map((f) => [f.name, f.ord])).toEqual(ANKI_FIELDS.map((n, i) => [n, i]));
    expect(model.tmpls).toHaveLength(1);
    expect(model.tmpls[0]?.qfmt).toBe('{{Question}}');
    expect(model.tmpls[0]?.afmt).toContain('{{Answer}}');
    expect(model.req).toEqual([[0, 'all', [0]]]);
    const decks = JSON.parse(String(meta?.decks)) as Record<
      string,
      { id: number; name: string; conf: number }
    >;
    expect(
      Object.values(decks)
        .map((d) => d.name)
        .sort(),
    ).toEqual(['Default', 'Sample relations']);
    for (const [key, d] of Object.entries(decks)) expect(String(d.id)).toBe(key);
    const deck = Object.values(decks).find((d) => d.name === 'Sample relations');
    const dconf = JSON.parse(String(meta?.dconf)) as Record<string, unknown>;
    expect(Object.keys(dconf)).toEqual([String(deck?.conf)]);

    const notes = rows(col, 'SELECT * FROM notes ORDER BY id');
    // The retired card and the other deck's card are left out.
    expect(notes).toHaveLength(3);
    const first = notes[0] as {
      flds: string;
      sfld: string;
      csum: number;
      tags: string;
      mid: number;
      guid: string;
    };
    const fields = first.flds.split('\x1f');
    expect(fields).toHaveLength(ANKI_FIELDS.length);
    expect(fields[0]).toBe('When did &lt;the&gt; two &amp; ministers meet?');
    expect(fields[1]).toBe('12 March 1961');
    expect(fields[2]).toBe('The office was the first of its kind.');
    expect(fields[3]).toBe('A made-up article (A. Writer), ¶2');
    expect(first.sfld).toBe('When did <the> two & ministers meet?');
    expect(first.csum).toBe(await fieldChecksum(first.sfld));
    expect(first.mid).toBe(ANKI_MODEL_ID);
    expect(first.tags).toBe(' css-recall Early_years era::early ');
    expect(new Set(notes.map((n) => n.guid)).size).toBe(3);

    const cards = rows(col, 'SELECT * FROM cards ORDER BY id');
    expect(cards.map((c) => c.nid)).toEqual(notes.map((n) => n.id));
    for (const c of cards) {
      expect(c.did).toBe(deck?.id);
      expect(c.ord).toBe(0);
    }
    const [reviewed, fresh, suspended] = cards;
    expect(reviewed).toMatchObject({ type: 2, queue: 2, reps: 3, lapses: 0 });
    // Due in days from the collection's start, at the day the schedule says.
    const card = await db.cards.get('sample:a' as never);
    const crt = Number(meta?.crt);
    expect(reviewed?.due).toBe(Math.floor(((card?.due.getTime() ?? 0) - crt * 1000) / 86_400_000));
    expect(Number(reviewed?.due)).toBeGreaterThan(0);
    expect(reviewed?.ivl).toBe(card?.scheduled_days);
    expect(JSON.parse(String(reviewed?.data))).toEqual({
      s: expect.closeTo(card?.stability ?? 0, 3),
      d: expect.closeTo(card?.difficulty ?? 0, 2),
    });
    expect(fresh).toMatchObject({ type: 0, queue: 0, due: 2 });
    expect(suspended).toMatchObject({ type: 0, queue: -1 });

    const log = rows(col, 'SELECT * FROM revlog ORDER BY id');
    expect(log.map((r) => r.cid)).toEqual([reviewed?.id, reviewed?.id, reviewed?.id]);
    expect(log.map((r) => r.ease)).toEqual([3, 3, 3]);
    expect(log.map((r) => r.id)).toEqual([
      Date.parse('2026-03-01T10:00:00Z'),
      Date.parse('2026-03-01T10:11:00Z'),
      Date.parse('2026-03-02T10:00:00Z'),
    ]);
    // Learning steps in negative seconds, then days; Anki caps the time taken at a minute.
    expect(log.map((r) => r.type)).toEqual([0, 0, 1]);
    expect(Number(log[0]?.ivl)).toBeLessThan(0);
    expect(Number(log[2]?.ivl)).toBeGreaterThan(0);
    expect(log.map((r) => r.time)).toEqual([4000, 60_000, 2000]);
    expect(log[1]?.lastIvl).toBe(log[0]?.ivl);
    col.close();
  });

  it('gives a card the same guid in every export, so Anki updates rather than duplicates it', async () => {
    const db = await seeded();
    const a = await exportDeckToAnki(db, asDeckId('sample'), now);
    const b = await exportDeckToAnki(db, asDeckId('sample'), new Date('2026-04-01T00:00:00Z'));
    expect(b.notes.map((n) => n.guid)).toEqual(a.notes.map((n) => n.guid));
    expect(a.retired).toBe(1);
  });

  it('refuses a deck that is not there', async () => {
    await expect(exportDeckToAnki(freshDb(), asDeckId('nothing'), now)).rejects.toThrow(/No deck nothing/);
  });
});
