// Cards sent to the front of today's Study queue (by a quiz's "Study these"): they lead the queue, in
// the order sent, until each is next rated. Pure: the caller passes the queue and the cards.
import { type BuryOptions, inStudySelection, type Queue, type QueueCard } from './queue.ts';

export interface StudyFirstEntry {
  cardId: string;
  addedAt: Date;
}

type FirstCard = QueueCard & { last_review?: Date };

/**
 * The queue with the sent cards first (those in the study selection, not rated since they were sent),
 * whatever their due date, and each counted once under its state. Other cards keep their order, less
 * the due reviews and new cards that are siblings of a sent card when `selection.bury` is given.
 */
export function putFirst<C extends FirstCard>(
  queue: Queue<C>,
  all: readonly C[],
  first: readonly StudyFirstEntry[],
  selection: { decks: readonly string[]; eras: readonly string[]; bury?: BuryOptions<C> | null | undefined },
): Queue<C> {
  if (first.length === 0) return queue;
  const byId = new Map(all.map((c) => [c.id, c]));
  const lead: C[] = [];
  for (const entry of first) {
    const card = byId.get(entry.cardId);
    if (!card || !inStudySelection(card, selection.decks, selection.eras)) continue;
    if (card.last_review && card.last_review.getTime() >= entry.addedAt.getTime()) continue;
    if (!lead.includes(card)) lead.push(card);
  }
  if (lead.length === 0) return queue;
  const counts = { ...queue.counts };
  const count = (card: C, by: 1 | -1) => {
    if (card.state === 0) counts.new += by;
    else if (card.state === 2) counts.review += by;
    else counts.learning += by;
  };
  for (const card of lead) if (!queue.cards.includes(card)) count(card, 1);
  const bury = selection.bury;
  const leadKeys = new Set(bury ? lead.flatMap((c) => bury.keysOf(c)) : []);
  let buried = queue.buried;
  const rest = queue.cards.filter((c) => {
    if (lead.includes(c)) return false;
    const sibling = (c.state === 0 || c.state === 2) && bury?.keysOf(c).some((k) => leadKeys.has(k));
    if (sibling) {
      count(c, -1);
      buried += 1;
    }
    return !sibling;
  });
  return { ...queue, cards: [...lead, ...rest], counts, buried };
}
