// A deck downloaded for Anki from Settings in the built app, read back without Anki: the zip holds
// collection.anki2 (opened with sql.js here and, where the machine has it, Python's sqlite3) and an
// empty media list; the collection has Anki's schema 11 and the deck's cards, schedules and reviews.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import initSqlJs from 'sql.js';
import { dumpDatabase } from './db-dump.ts';
import { expect, test } from './fixtures.ts';
import { saveMadeUpArticle } from './import-steps.ts';
import { rateGood } from './study-steps.ts';

type Row = Record<string, unknown>;

test('a deck downloaded for Anki is a package Anki 2.1 reads, with its schedules and reviews', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await rateGood(page, 2);
  await saveMadeUpArticle(page);
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  const section = page.getByRole('region', { name: 'Export to Anki' });
  const deckPicker = section.getByRole('combobox', { name: 'Deck' });
  await expect(deckPicker.getByRole('option')).toHaveText(['My articles', 'Pakistan–Russia relations']);
  await deckPicker.selectOption({ label: 'Pakistan–Russia relations' });
  const downloading = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Download for Anki (.apkg)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^pakistan-russia-relations-\d{4}-\d\d-\d\d\.apkg$/);
  await expect(section.getByRole('status')).toContainText('with their schedules and 2 reviews');

  const dump = JSON.parse(await dumpDatabase(page)) as {
    tables: { cards: [string, { deckId: string; retired: number; state: number }][] };
  };
  const shipped = dump.tables.cards.filter(([, c]) => c.deckId === 'pakistan-russia' && !c.retired);

  const file = readFileSync(await download.path());
  const entries = unzipSync(file);
  expect(Object.keys(entries).sort()).toEqual(['collection.anki2', 'media']);
  expect(new TextDecoder().decode(entries.media)).toBe('{}');
  const collection = entries['collection.anki2'];
  if (!collection) throw new Error('no collection.anki2 in the package');

  const SQL = await initSqlJs();
  const db = new SQL.Database(collection);
  const rows = (sql: string): Row[] => {
    const [r] = db.exec(sql);
    return r ? r.values.map((v) => Object.fromEntries(r.columns.map((c, i) => [c, v[i]]))) : [];
  };
  expect(rows('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
  const tables = rows("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").map((r) => r.name);
  expect(tables).toEqual(['cards', 'col', 'graves', 'notes', 'revlog']);
  const [col] = rows('SELECT * FROM col');
  expect(col?.ver).toBe(11);
  const models = Object.values(JSON.parse(String(col?.models)) as Record<string, Row>);
  expect(models).toHaveLength(1);
  const model = models[0] as { id: number; flds: { name: string }[]; tmpls: { qfmt: string }[] };
  expect(model.flds.map((f) => f.name)).toEqual(['Question', 'Answer', 'Explanation', 'Sources']);
  const decks = Object.values(JSON.parse(String(col?.decks)) as Record<string, { id: number; name: string }>);
  const deck = decks.find((d) => d.name === 'Pakistan–Russia relations');
  expect(decks.map((d) => d.name).sort()).toEqual(['Default', 'Pakistan–Russia relations']);

  const notes = rows('SELECT id, mid, flds, sfld, csum, tags FROM notes');
  expect(notes).toHaveLength(shipped.length);
  for (const n of notes) {
    expect(n.mid).toBe(model.id);
    expect(String(n.flds).split('\x1f')).toHaveLength(4);
    expect(String(n.tags)).toMatch(/^ css-recall .* era::\S+ $/);
  }
  const cards = rows('SELECT nid, did, ord, type, queue FROM cards');
  expect(cards).toHaveLength(shipped.length);
  expect(new Set(cards.map((c) => c.did))).toEqual(new Set([deck?.id]));
  expect(new Set(cards.map((c) => c.nid))).toEqual(new Set(notes.map((n) => n.id)));
  // The two cards rated Good are in learning; the rest are new.
  expect(cards.filter((c) => c.type !== 0)).toHaveLength(2);
  expect(rows('SELECT ease, type FROM revlog')).toEqual([
    { ease: 3, type: 0 },
    { ease: 3, type: 0 },
  ]);
  db.close();

  // A second reader: Python's own SQLite, where the machine has Python.
  const python = spawnSync('python3', ['--version']);
  if (python.status !== 0) {
    console.log('Python 3 is not on this machine: the package was read with sql.js only.');
  } else {
    const path = join(tmpdir(), `css-recall-${Date.now()}.anki2`);
    writeFileSync(path, collection);
    const script = [
      'import sqlite3, sys, json',
      'c = sqlite3.connect(sys.argv[1])',
      'print(json.dumps([c.execute("pragma integrity_check").fetchone()[0],',
      '  c.execute("select count(*) from notes").fetchone()[0],',
      '  c.execute("select count(*) from cards").fetchone()[0],',
      '  c.execute("select ver from col").fetchone()[0]]))',
    ].join('\n');
    const read = spawnSync('python3', ['-c', script, path], { encoding: 'utf8' });
    expect(read.stderr).toBe('');
    expect(JSON.parse(read.stdout)).toEqual(['ok', shipped.length, shipped.length, 11]);
  }
  expect(errors).toEqual([]);
});
