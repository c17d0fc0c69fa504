// The .apkg file: Anki's schema-11 SQLite collection (`collection.anki2`, written with sql.js) and an
// empty media list, zipped (fflate). The only module that imports sql.js or fflate; the app loads it
// only when a person exports, and SQLite's WebAssembly comes from the app's own origin.
import { zipSync } from 'fflate';
import initSqlJs, { type SqlJsStatic, type SqlValue } from 'sql.js';
import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';
import type { AnkiCollection } from './export-anki.ts';

/** The tables and indexes of an Anki 2.1 collection at schema version 11, as Anki itself makes them. */
export const ANKI_SCHEMA_11 = `
CREATE TABLE col (
    id              integer primary key,
    crt             integer not null,
    mod             integer not null,
    scm             integer not null,
    ver             integer not null,
    dty             integer not null,
    usn             integer not null,
    ls              integer not null,
    conf            text not null,
    models          text not null,
    decks           text not null,
    dconf           text not null,
    tags            text not null
);
CREATE TABLE notes (
    id              integer primary key,
    guid            text not null,
    mid             integer not null,
    mod             integer not null,
    usn             integer not null,
    tags            text not null,
    flds            text not null,
    sfld            integer not null,
    csum            integer not null,
    flags           integer not null,
    data            text not null
);
CREATE TABLE cards (
    id              integer primary key,
    nid             integer not null,
    did             integer not null,
    ord             integer not null,
    mod             integer not null,
    usn             integer not null,
    type            integer not null,
    queue           integer not null,
    due             integer not null,
    ivl             integer not null,
    factor          integer not null,
    reps            integer not null,
    lapses          integer not null,
    left            integer not null,
    odue            integer not null,
    odid            integer not null,
    flags           integer not null,
    data            text not null
);
CREATE TABLE revlog (
    id              integer primary key,
    cid             integer not null,
    usn             integer not null,
    ease            integer not null,
    ivl             integer not null,
    lastIvl         integer not null,
    factor          integer not null,
    time            integer not null,
    type            integer not null
);
CREATE TABLE graves (
    usn             integer not null,
    oid             integer not null,
    type            integer not null
);
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);
`;

let loading: Promise<SqlJsStatic> | null = null;

/**
 * sql.js, loaded once. In the browser ('app', the default) its WebAssembly is the app's own file;
 * 'package' lets sql.js find it beside itself, as it does in Node (tests).
 */
export function loadSqlite(from: 'app' | 'package' = 'app'): Promise<SqlJsStatic> {
  if (from === 'package') return initSqlJs();
  loading ??= initSqlJs({ locateFile: () => wasmUrl }).catch((e: unknown) => {
    loading = null;
    throw e;
  });
  return loading;
}

function insertAll<T extends object>(
  db: InstanceType<SqlJsStatic['Database']>,
  table: string,
  rows: T[],
): void {
  const first = rows[0];
  if (!first) return;
  const columns = Object.keys(first);
  const statement = db.prepare(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
  );
  try {
    for (const row of rows) {
      const values = row as Record<string, SqlValue>;
      statement.run(columns.map((c) => values[c] ?? null));
    }
  } finally {
    statement.free();
  }
}

/** The SQLite file of the collection: Anki's schema 11 with every row. */
export function collectionFile(sqlite: SqlJsStatic, collection: AnkiCollection): Uint8Array {
  const db = new sqlite.Database();
  try {
    db.exec(ANKI_SCHEMA_11);
    db.exec('BEGIN');
    insertAll(db, 'col', [collection.col]);
    insertAll(db, 'notes', collection.notes);
    insertAll(db, 'cards', collection.cards);
    insertAll(db, 'revlog', collection.revlog);
    db.exec('COMMIT');
    return db.export();
  } finally {
    db.close();
  }
}

/** The .apkg: `collection.anki2` and a `media` file mapping no media ("{}"), zipped. */
export function apkgFile(sqlite: SqlJsStatic, collection: AnkiCollection): Uint8Array<ArrayBuffer> {
  return zipSync({
    'collection.anki2': collectionFile(sqlite, collection),
    media: new TextEncoder().encode('{}'),
  });
}
