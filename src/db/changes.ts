// What changed in the database, in this tab or another, as Dexie reports it after each write
// ("storagemutated", carried between tabs by a BroadcastChannel): the ids of the cards written, and
// whether reviews, settings, decks or the cards sent to Study first were. Lets a screen read only
// what changed.
import { Dexie, type IntervalTree, type ObservabilitySet } from 'dexie';
import type { CardId } from '../domain/ids.ts';
import type { RecallDb } from './schema.ts';

/** Past this many changed cards in one write, a listener is told 'many' (re-read, don't patch). */
const MAX_KEYS = 200;

export interface DbChanges {
  /** The cards written or deleted; 'many' for a large or unbounded change (a clear, a deck load). */
  cards: CardId[] | 'many';
  reviews: boolean;
  settings: boolean;
  decks: boolean;
  /** The cards a quiz sends to the front of Study. */
  studyFirst: boolean;
}

interface Node {
  from: unknown;
  to: unknown;
  l?: Node | null;
  r?: Node | null;
}

/** The single keys of an interval tree, or null when it holds a range or too many keys. */
function keysOf(tree: IntervalTree, into: Set<string>): boolean {
  const stack: Node[] = [];
  let node: Node | null | undefined = 'from' in tree ? (tree as Node) : null;
  while (node || stack.length > 0) {
    while (node) {
      stack.push(node);
      node = node.l;
    }
    const n = stack.pop();
    if (!n) break;
    if (typeof n.from !== 'string' || n.from !== n.to) return false;
    into.add(n.from);
    if (into.size > MAX_KEYS) return false;
    node = n.r;
  }
  return true;
}

/** Calls `onChange` after every committed write to `db`, here or in another tab. Returns a stop function. */
export function watchChanges(db: RecallDb, onChange: (changes: DbChanges) => void): () => void {
  const prefix = `idb://${db.name}/`;
  const listener = (parts: ObservabilitySet) => {
    const changes: DbChanges = {
      cards: [],
      reviews: false,
      settings: false,
      decks: false,
      studyFirst: false,
    };
    const cardKeys = new Set<string>();
    let many = 'all' in parts;
    let touched = many;
    for (const [part, tree] of Object.entries(parts)) {
      if (!part.startsWith(prefix)) continue;
      const [table, index = ''] = part.slice(prefix.length).split('/');
      if (table === 'reviews') changes.reviews = true;
      else if (table === 'settings') changes.settings = true;
      else if (table === 'decks') changes.decks = true;
      else if (table === 'studyFirst') changes.studyFirst = true;
      else if (table === 'cards') {
        touched = true;
        // The primary keys of the written cards and of the deleted ones; the index parts add nothing.
        if ((index === '' || index === ':dels') && !keysOf(tree, cardKeys)) many = true;
      }
    }
    if ('all' in parts)
      Object.assign(changes, { reviews: true, settings: true, decks: true, studyFirst: true });
    if (!touched && !changes.reviews && !changes.settings && !changes.decks && !changes.studyFirst) return;
    changes.cards = many ? 'many' : ([...cardKeys] as CardId[]);
    onChange(changes);
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on.storagemutated.unsubscribe(listener);
}
