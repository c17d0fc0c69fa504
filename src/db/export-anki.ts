// One deck as an Anki collection (schema 11, the `collection.anki2` every Anki 2.1 opens): a note type
// with the card's question, answer, explanation and sources, one note and one card per card with its
// era as a tag, each card's schedule and its review log. Rows only; anki-package.ts writes the file.
import type { CardId, DeckId } from '../domain/ids.ts';
import type { CardRecord, DeckRecord, RecallDb, ReviewRecord } from './schema.ts';

/** The note type's fields, in Anki's order: the first is the sort field and the question's. */
export const ANKI_FIELDS = ['Question', 'Answer', 'Explanation', 'Sources'] as const;

/** A fixed id, so every export shares one note type in the person's Anki (a re-import matches it). */
export const ANKI_MODEL_ID = 1_733_600_000_001;
/** Anki's own default deck and options group: every collection has them. */
const DEFAULT_DECK_ID = 1;
const DEFAULT_CONF_ID = 1;
/** Anki's starting ease (2.5) in permille; FSRS ignores it, the older scheduler needs one. */
const FACTOR = 2500;
const DAY_MS = 86_400_000;

export interface AnkiNote {
  id: number;
  guid: string;
  mid: number;
  mod: number;
  usn: number;
  tags: string;
  /** The fields' HTML, joined by the unit separator (0x1f). */
  flds: string;
  sfld: string;
  csum: number;
  flags: number;
  data: string;
}

export interface AnkiCard {
  id: number;
  nid: number;
  did: number;
  ord: number;
  mod: number;
  usn: number;
  /** 0 new, 1 learning, 2 review, 3 relearning. */
  type: number;
  /** As type, with -1 for suspended. */
  queue: number;
  /** New: its position; learning: a Unix time in seconds; review: days since the collection's `crt`. */
  due: number;
  /** Days (review cards). */
  ivl: number;
  factor: number;
  reps: number;
  lapses: number;
  left: number;
  odue: number;
  odid: number;
  flags: number;
  data: string;
}

export interface AnkiRevlog {
  /** The review's time in milliseconds (unique). */
  id: number;
  cid: number;
  usn: number;
  /** 1 Again, 2 Hard, 3 Good, 4 Easy (the same numbers as ours). */
  ease: number;
  /** Days, or negative seconds for a learning step. */
  ivl: number;
  lastIvl: number;
  factor: number;
  /** Milliseconds taken to answer (Anki caps it at 60 s). */
  time: number;
  /** 0 learn, 1 review, 2 relearn. */
  type: number;
}

export interface AnkiCol {
  id: number;
  /** The collection's creation, in seconds: the day review cards' `due` counts from. */
  crt: number;
  mod: number;
  scm: number;
  ver: number;
  dty: number;
  usn: number;
  ls: number;
  conf: string;
  models: string;
  decks: string;
  dconf: string;
  tags: string;
}

export interface AnkiCollection {
  col: AnkiCol;
  notes: AnkiNote[];
  cards: AnkiCard[];
  revlog: AnkiRevlog[];
  /** What the export left out, to say so: cards retired by a deck update. */
  retired: number;
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '<br>');

/** Anki's sort-field text: the field without its HTML, entities read back. */
function stripHtml(html: string): string {
  return html
    .replace(/<br>/g, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();
}

async function sha1Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-1', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Anki's duplicate check: the first 8 hex digits of the SHA-1 of the stripped sort field, as a number. */
export async function fieldChecksum(sortField: string): Promise<number> {
  return Number.parseInt((await sha1Hex(sortField)).slice(0, 8), 16);
}

/** A tag Anki keeps as one word: spaces joined, nothing Anki reads as syntax. */
export function ankiTag(text: string): string {
  return text
    .trim()
    .replace(/[\s\u3000]+/g, '_')
    .replace(/["*:]/g, '')
    .replace(/^-+/, '');
}

/** The deck's id in Anki: a stable number from the deck's own id, away from Anki's default deck. */
async function ankiDeckId(deckId: string): Promise<number> {
  return 1_000_000_000 + (Number.parseInt((await sha1Hex(`deck:${deckId}`)).slice(0, 8), 16) % 1_000_000_000);
}

function sourcesHtml(deck: DeckRecord, card: CardRecord): string {
  const titles = new Map(deck.sources.map((s) => [s.id, s]));
  return card.content.sources
    .map((ref) => {
      const s = titles.get(ref.source);
      const where = `¶${ref.paragraph}${ref.item === null ? '' : ` #${ref.item}`}`;
      return escapeHtml(
        s ? `${s.title}${s.author ? ` (${s.author})` : ''}, ${where}` : `${ref.source}, ${where}`,
      );
    })
    .join('<br>');
}

function explanationHtml(card: CardRecord): string {
  const parts = [card.content.explanation];
  if (card.content.kind === 'order' && card.content.order)
    parts.push(card.content.order.map((o, i) => `${i + 1}. ${o.label} (${o.date})`).join('\n'));
  if (card.conflict) parts.push(card.conflict.note);
  return escapeHtml(parts.filter((p) => p.trim() !== '').join('\n'));
}

const whole = (n: number) => (Number.isFinite(n) ? Math.round(n) : 0);

/** Anki's card type and queue for one of our cards, and its due in Anki's units. */
function schedule(
  card: CardRecord,
  position: number,
  crtMs: number,
): Pick<AnkiCard, 'type' | 'queue' | 'due' | 'ivl' | 'factor' | 'left' | 'data'> {
  const dueMs = card.due.getTime();
  if (card.state === 0 || !Number.isFinite(dueMs)) {
    return { type: 0, queue: card.suspended ? -1 : 0, due: position, ivl: 0, factor: 0, left: 0, data: '' };
  }
  // Anki's FSRS reads a card's memory (stability in days, difficulty 1–10, as ts-fsrs's) from `data`.
  const memory =
    Number.isFinite(card.stability) && card.stability > 0 && Number.isFinite(card.difficulty)
      ? JSON.stringify({
          s: Math.round(card.stability * 10_000) / 10_000,
          d: Math.round(card.difficulty * 1000) / 1000,
        })
      : '';
  if (card.state === 2) {
    return {
      type: 2,
      queue: card.suspended ? -1 : 2,
      due: Math.floor((dueMs - crtMs) / DAY_MS),
      ivl: Math.max(1, whole(card.scheduled_days)),
      factor: FACTOR,
      left: 0,
      data: memory,
    };
  }
  // Learning and relearning: due at a moment, one step left today.
  return {
    type: card.state,
    queue: card.suspended ? -1 : 1,
    due: Math.floor(dueMs / 1000),
    ivl: card.state === 3 ? Math.max(1, whole(card.scheduled_days)) : 0,
    factor: FACTOR,
    left: 1001,
    data: memory,
  };
}

/** Anki's interval for a log entry: negative seconds while learning, else days. */
function logInterval(r: ReviewRecord): number {
  if (r.state === 1 || r.state === 3)
    return -Math.max(1, Math.round((r.due.getTime() - r.review.getTime()) / 1000));
  return Math.max(1, whole(r.scheduledDays));
}

const REVLOG_TYPE: Record<number, number> = { 0: 0, 1: 0, 2: 1, 3: 2 };

/**
 * The Anki collection of one deck's cards (retired ones left out) and their reviews, as of `now`.
 * Ids are milliseconds counted from `now` as Anki makes them; guids come from our card ids, so the
 * same card exported twice is one note in Anki.
 */
export async function toAnkiCollection(
  deck: DeckRecord,
  cards: CardRecord[],
  reviews: ReviewRecord[],
  now: Date,
): Promise<AnkiCollection> {
  const nowMs = now.getTime();
  const nowS = Math.floor(nowMs / 1000);
  let firstMs = nowMs;
  for (const r of reviews) if (r.review.getTime() < firstMs) firstMs = r.review.getTime();
  // The collection began on the day of the first review (or today), at midnight UTC.
  const crtMs = Math.floor(firstMs / DAY_MS) * DAY_MS;
  const did = await ankiDeckId(deck.id);
  const eraNames = new Map(deck.eras.map((e) => [e.id, e.name]));
  const kept = cards.filter((c) => !c.retired).sort((a, b) => a.id.localeCompare(b.id));

  const notes: AnkiNote[] = [];
  const ankiCards: AnkiCard[] = [];
  const cardIds = new Map<CardId, number>();
  for (const [i, card] of kept.entries()) {
    const id = nowMs + i;
    cardIds.set(card.id, id);
    const fields = [
      escapeHtml(card.content.prompt),
      escapeHtml(card.content.answer),
      explanationHtml(card),
      sourcesHtml(deck, card),
    ];
    const sfld = stripHtml(fields[0] ?? '');
    const tags = ['css-recall', ankiTag(eraNames.get(card.era) ?? card.era), `era::${ankiTag(card.era)}`];
    notes.push({
      id,
      guid: (await sha1Hex(`css-recall:${card.id}`)).slice(0, 16),
      mid: ANKI_MODEL_ID,
      mod: nowS,
      usn: -1,
      tags: ` ${tags.filter((t) => t !== '').join(' ')} `,
      flds: fields.join('\x1f'),
      sfld,
      csum: await fieldChecksum(sfld),
      flags: 0,
      data: '',
    });
    ankiCards.push({
      id,
      nid: id,
      did,
      ord: 0,
      mod: nowS,
      usn: -1,
      reps: whole(card.reps),
      lapses: whole(card.lapses),
      odue: 0,
      odid: 0,
      flags: 0,
      ...schedule(card, i + 1, crtMs),
    });
  }

  const revlog: AnkiRevlog[] = [];
  const lastIvl = new Map<number, number>();
  const taken = new Set<number>();
  for (const r of [...reviews].sort((a, b) => a.review.getTime() - b.review.getTime())) {
    const cid = cardIds.get(r.cardId);
    let id = r.review.getTime();
    if (cid === undefined || !Number.isFinite(id)) continue;
    while (taken.has(id)) id += 1;
    taken.add(id);
    const ivl = logInterval(r);
    revlog.push({
      id,
      cid,
      usn: -1,
      ease: r.rating,
      ivl,
      lastIvl: lastIvl.get(cid) ?? 0,
      factor: FACTOR,
      time: Math.min(60_000, Math.max(0, whole(r.durationMs))),
      type: REVLOG_TYPE[r.stateBefore] ?? 0,
    });
    lastIvl.set(cid, ivl);
  }

  return {
    col: {
      id: 1,
      crt: Math.floor(crtMs / 1000),
      mod: nowMs,
      scm: nowMs,
      ver: 11,
      dty: 0,
      usn: 0,
      ls: 0,
      conf: JSON.stringify(collectionConf(did)),
      models: JSON.stringify({ [ANKI_MODEL_ID]: noteType(did, nowS) }),
      decks: JSON.stringify({
        [DEFAULT_DECK_ID]: ankiDeck(DEFAULT_DECK_ID, 'Default', '', nowS),
        [did]: ankiDeck(did, deck.title, deck.description, nowS),
      }),
      dconf: JSON.stringify({ [DEFAULT_CONF_ID]: deckOptions(nowS) }),
      tags: '{}',
    },
    notes,
    cards: ankiCards,
    revlog,
    retired: cards.length - kept.length,
  };
}

function collectionConf(did: number) {
  return {
    activeDecks: [did],
    curDeck: did,
    newSpread: 0,
    collapseTime: 1200,
    timeLim: 0,
    estTimes: true,
    dueCounts: true,
    curModel: String(ANKI_MODEL_ID),
    nextPos: 1,
    sortType: 'noteFld',
    sortBackwards: false,
    addToCur: true,
    // The schedule is written as Anki's v2 scheduler keeps it (relearning as type 3, learning due
    // at a moment); without this Anki reads the file as made by its first scheduler.
    schedVer: 2,
  };
}

const CSS = `.card { font-family: system-ui, sans-serif; font-size: 20px; text-align: center; color: black; background-color: white; }
.explanation, .sources { font-size: 15px; color: #555; margin-top: 1em; }`;

function noteType(did: number, mod: number) {
  return {
    id: ANKI_MODEL_ID,
    name: 'CSS Recall',
    type: 0,
    mod,
    usn: -1,
    sortf: 0,
    did,
    tmpls: [
      {
        name: 'Card 1',
        ord: 0,
        qfmt: '{{Question}}',
        afmt: '{{FrontSide}}<hr id=answer>{{Answer}}<div class="explanation">{{Explanation}}</div><div class="sources">{{Sources}}</div>',
        bqfmt: '',
        bafmt: '',
        did: null,
      },
    ],
    flds: ANKI_FIELDS.map((name, ord) => ({
      name,
      ord,
      sticky: false,
      rtl: false,
      font: 'Arial',
      size: 20,
      media: [],
    })),
    css: CSS,
    latexPre:
      '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n',
    latexPost: '\\end{document}',
    latexsvg: false,
    // The one template needs the first field.
    req: [[0, 'all', [0]]],
    tags: [],
    vers: [],
  };
}

function ankiDeck(id: number, name: string, desc: string, mod: number) {
  return {
    id,
    name,
    desc,
    mod,
    usn: -1,
    conf: DEFAULT_CONF_ID,
    dyn: 0,
    collapsed: false,
    browserCollapsed: false,
    extendNew: 10,
    extendRev: 50,
    newToday: [0, 0],
    revToday: [0, 0],
    lrnToday: [0, 0],
    timeToday: [0, 0],
  };
}

function deckOptions(mod: number) {
  return {
    id: DEFAULT_CONF_ID,
    name: 'Default',
    mod,
    usn: 0,
    maxTaken: 60,
    autoplay: true,
    timer: 0,
    replayq: true,
    dyn: false,
    new: {
      bury: true,
      delays: [1, 10],
      initialFactor: FACTOR,
      ints: [1, 4, 7],
      order: 1,
      perDay: 20,
      separate: true,
    },
    lapse: { delays: [10], leechAction: 1, leechFails: 8, minInt: 1, mult: 0 },
    rev: { bury: true, ease4: 1.3, fuzz: 0.05, ivlFct: 1, maxIvl: 36500, minSpace: 1, perDay: 200 },
  };
}

/** Reads one deck, its cards and their reviews in one transaction, as an Anki collection. */
export async function exportDeckToAnki(db: RecallDb, deckId: DeckId, now: Date): Promise<AnkiCollection> {
  const read = await db.transaction('r', db.decks, db.cards, db.reviews, async () => {
    const deck = await db.decks.get(deckId);
    if (!deck) return null;
    const cards = await db.cards.where('deckId').equals(deck.id).toArray();
    const reviews = await db.reviews.where('deckId').equals(deck.id).toArray();
    return { deck, cards, reviews };
  });
  if (!read) throw new Error(`No deck ${deckId} in the database`);
  // Outside the transaction: hashing awaits the browser's crypto, which would end it.
  return toAnkiCollection(read.deck, read.cards, read.reviews, now);
}
