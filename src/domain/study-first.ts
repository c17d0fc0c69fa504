// Cards sent to the front of today's Study queue (by a quiz's "Study these"): they lead the queue, in
// the order sent, until each is next rated. Pure: the caller passes the queue and the cards.
import { inStudySelection, type Queue, type QueueCard } from './queue.ts';

export interface StudyFirstEntry {
  cardId: string;
  addedAt: Date;
}

type FirstCard = QueueCard & { last_review?: Date };

/**
 * The queue with the sent cards first (those in the study selection, not rated since they were sent),
 * whatever their due date, and each counted once under its state. Other cards keep their order.
 */
export function putFirst<C extends FirstCard>(
  queue: Queue<C>,
  all: readonly C[],
  first: readonly StudyFirstEntry[],
  selection: { decks: readonly string[]; eras: readonly string[] },
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
  for (const card of lead) {
    if (queue.cards.includes(card)) continue;
    if (card.state === 0) counts.new += 1;
    else if (card.state === 2) counts.review += 1;
    else counts.learning += 1;
  }
  return { ...queue, cards: [...lead, ...queue.cards.filter((c) => !lead.includes(c))], counts };
}
