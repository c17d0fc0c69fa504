// Loads deck files into the database and brings a stored deck up to a newer version: new cards are
// added, changed cards get their new text, removed cards are retired (cards added by hand stay), and
// every card's progress is kept.
import { isOwnCard } from '../domain/card-add.ts';
import { layEdit } from '../domain/card-edit.ts';
import { type Deck, parseDeck } from '../domain/deck-schema.ts';
import { asDeckId, type CardId, type DeckId, deckCardId } from '../domain/ids.ts';
import { newSchedulingFields } from '../domain/scheduler.ts';
import type { CardRecord, DeckRecord, RecallDb, StudyFirstRecord } from './schema.ts';
import { isQuotaError } from './storage-errors.ts';

export interface DeckSyncSummary {
  deckId: DeckId;
  /** False when the stored deck already had this version, so nothing was written. */
  updated: boolean;
  added: number;
  changed: number;
  retired: number;
  unchanged: number;
  /** Cards moved to a new id by the deck's aliases, with their progress and history. */
  rekeyed: number;
}

/**
 * Stores `deck`, or updates the stored one to it, in one transaction. New cards are due at `now`, in
 * the deck's order (each a millisecond after the one before, so the queue shows them in that order).
 */
export async function syncDeck(
  db: RecallDb,
  deck: Deck,
  now: Date,
  origin: DeckRecord['origin'] = 'shipped',
): Promise<DeckSyncSummary> {
  const deckId = asDeckId(deck.id);
  // Only a deck with aliases moves reviews and the rest: other callers may hold a narrower transaction.
  const aliased = Object.keys(deck.aliases ?? {}).length > 0;
  const tables = aliased
    ? [db.decks, db.cards, db.reviews, db.studyFirst, db.quizResults]
    : [db.decks, db.cards];
  return db.transaction('rw', tables, async () => {
    const stored = await db.decks.get(deckId);
    const summary: DeckSyncSummary = {
      deckId,
      updated: false,
      added: 0,
      changed: 0,
      retired: 0,
      unchanged: 0,
      rekeyed: 0,
    };
    if (stored?.version === deck.version) {
      summary.unchanged = await db.cards.where('deckId').equals(deckId).count();
      return summary;
    }
    summary.updated = true;
    const existing = new Map((await db.cards.where('deckId').equals(deckId).toArray()).map((c) => [c.id, c]));
    summary.rekeyed = await applyAliases(db, deckId, deck.aliases ?? {}, existing);
    const puts: CardRecord[] = [];
    deck.cards.forEach((content, index) => {
      const id = deckCardId(deckId, content.id);
      const old = existing.get(id);
      existing.delete(id);
      if (!old) {
        const fields = newSchedulingFields(new Date(now.getTime() + index));
        puts.push({
          id,
          deckId,
          era: content.era,
          kind: content.kind,
          content,
          conflict: content.conflict,
          ...fields,
          suspended: 0,
          retired: 0,
        });
        summary.added += 1;
        return;
      }
      // A card the person edited keeps their text over the deck's, and notes when the deck's changed.
      const laid = old.edit ? layEdit(content, old.edit) : null;
      const edit = laid?.edit;
      const shown = laid?.content ?? content;
      if (old.retired === 0 && JSON.stringify(old.content) === JSON.stringify(shown)) {
        if (!edit || edit.deckChanged === old.edit?.deckChanged) {
          summary.unchanged += 1;
          return;
        }
      }
      // Text changed (or a retired card came back): new content, same schedule and history.
      puts.push({
        ...old,
        era: content.era,
        kind: content.kind,
        content: shown,
        conflict: content.conflict,
        retired: 0,
        ...(edit ? { edit } : {}),
      });
      summary.changed += 1;
    });
    for (const gone of existing.values()) {
      // A card the person added by hand is no deck's to retire.
      if (gone.retired === 1 || isOwnCard(gone.content)) continue;
      puts.push({ ...gone, retired: 1 });
      summary.retired += 1;
    }
    await db.cards.bulkPut(puts);
    await db.decks.put({
      id: deckId,
      title: deck.title,
      description: deck.description,
      version: deck.version,
      eras: deck.eras,
      sources: deck.sources,
      facts: deck.facts,
      origin,
      loadedAt: now,
    });
    return summary;
  });
}

/**
 * Moves each stored card an alias names (old id → new id) to its new id, with its reviews, its place
 * in Study's front and its quiz answers, unless a card already has the new id. `existing` (the
 * deck's stored cards by id) is updated to match. Returns how many cards moved.
 */
async function applyAliases(
  db: RecallDb,
  deckId: DeckId,
  aliases: Readonly<Record<string, string>>,
  existing: Map<CardId, CardRecord>,
): Promise<number> {
  const moves = new Map<CardId, CardId>();
  for (const [oldId, newId] of Object.entries(aliases).sort(([a], [b]) => a.localeCompare(b))) {
    const from = deckCardId(deckId, oldId);
    const to = deckCardId(deckId, newId);
    const card = existing.get(from);
    if (!card || existing.has(to) || from === to) continue;
    existing.delete(from);
    existing.set(to, { ...card, id: to });
    moves.set(from, to);
  }
  if (moves.size === 0) return 0;
  const from = [...moves.keys()];
  await db.cards.bulkDelete(from);
  await db.cards.bulkPut(from.map((id) => existing.get(moves.get(id) as CardId) as CardRecord));
  await db.reviews
    .where('cardId')
    .anyOf(from)
    .modify((r) => {
      r.cardId = moves.get(r.cardId) ?? r.cardId;
    });
  const first = await db.studyFirst.bulkGet(from);
  const queued = first.filter((r): r is StudyFirstRecord => r !== undefined);
  await db.studyFirst.bulkDelete(queued.map((r) => r.cardId));
  await db.studyFirst.bulkPut(queued.map((r) => ({ ...r, cardId: moves.get(r.cardId) ?? r.cardId })));
  await db.quizResults
    .filter((q) => q.answers.some((a) => moves.has(a.cardId)))
    .modify((q) => {
      q.answers = q.answers.map((a) => ({ ...a, cardId: moves.get(a.cardId) ?? a.cardId }));
    });
  return moves.size;
}

export type DeckFileResult =
  | { file: string; ok: true; summary: DeckSyncSummary }
  | { file: string; ok: false; message: string };

/**
 * Validates and stores each deck file. A file that fails to load or validate is reported with a
 * readable message and changes nothing; the others are loaded all the same. Never throws.
 */
export async function syncDeckFiles(
  db: RecallDb,
  files: Record<string, () => Promise<unknown>>,
  now: Date,
): Promise<DeckFileResult[]> {
  const results: DeckFileResult[] = [];
  for (const [path, load] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const file = path.split('/').pop() ?? path;
    try {
      const raw = await load();
      const json = raw && typeof raw === 'object' && 'default' in raw ? raw.default : raw;
      const parsed = parseDeck(json);
      if (!parsed.ok) {
        results.push({
          file,
          ok: false,
          message: `${file} is not a valid deck: ${parsed.issues.slice(0, 3).join('; ')}`,
        });
        continue;
      }
      results.push({ file, ok: true, summary: await syncDeck(db, parsed.deck, now) });
    } catch (e) {
      results.push({ file, ok: false, message: `${file} could not be loaded: ${describeError(e)}` });
    }
  }
  return results;
}

function describeError(e: unknown): string {
  if (isQuotaError(e)) {
    return 'your device is out of storage.';
  }
  return e instanceof Error ? e.message : String(e);
}
