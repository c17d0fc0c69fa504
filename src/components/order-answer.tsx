// An ordering card: put the events in order, then check. Each event is one stop for Tab; the arrow
// keys move the focused event up or down (focus stays on it), and the ↑ ↓ buttons do the same for a
// pointer. Checking counts events in the right order relative to each other, not only exact places.
import { useEffect, useRef } from 'react';
import type { DeckCard } from '../domain/deck-schema.ts';

type OrderItem = NonNullable<DeckCard['order']>[number];

interface OrderAnswerProps {
  card: DeckCard;
  items: OrderItem[];
  checked: boolean;
  onMove: (index: number, delta: -1 | 1) => void;
  /** Focus the first event when the card shows (Study and Quiz: the card's first control). */
  autoFocus?: boolean;
}

export function OrderAnswer({ card, items, checked, onMove, autoFocus = false }: OrderAnswerProps) {
  const inOrder = inOrderFacts(card, items);
  const handles = useRef(new Map<string, HTMLButtonElement>());
  /** The event moved last, to keep the focus on it wherever it went. */
  const moved = useRef<string | null>(null);
  const first = useRef(autoFocus && !checked ? (items[0]?.fact ?? null) : null);
  useEffect(() => {
    // When the card first shows, and after each move (the moved event keeps the focus).
    const fact = moved.current ?? first.current;
    if (fact) handles.current.get(fact)?.focus();
    moved.current = null;
    first.current = null;
  });
  const move = (i: number, delta: -1 | 1, fact: string, keepFocus: boolean) => {
    if (i + delta < 0 || i + delta >= items.length) return;
    if (keepFocus) moved.current = fact;
    onMove(i, delta);
  };
  return (
    <ol className="study-order" aria-label="Events, earliest first">
      {items.map((item, i) => {
        const right = inOrder.has(item.fact);
        return (
          <li key={item.fact} className={checked ? (right ? 'is-right' : 'is-wrong') : ''}>
            {checked ? (
              <span className="study-order-label">
                <b className="study-order-date">{item.date}</b>
                {item.label}
                <span className="visually-hidden">{right ? ' (in order)' : ' (out of place)'}</span>
              </span>
            ) : (
              <button
                type="button"
                className="study-order-label study-order-handle"
                ref={(el) => {
                  if (el) handles.current.set(item.fact, el);
                  else handles.current.delete(item.fact);
                }}
                aria-description={`Position ${i + 1} of ${items.length}. The up and down arrow keys move it.`}
                onKeyDown={(e) => {
                  if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
                  e.preventDefault();
                  move(i, e.key === 'ArrowUp' ? -1 : 1, item.fact, true);
                }}
              >
                {item.label}
              </button>
            )}
            {checked ? (
              <span className="study-mark" aria-hidden="true">
                {right ? '✓' : '✗'}
              </span>
            ) : (
              <span className="study-order-moves">
                <button
                  type="button"
                  className="btn study-move"
                  tabIndex={-1}
                  aria-label={`Move up: ${item.label}`}
                  disabled={i === 0}
                  onClick={() => move(i, -1, item.fact, false)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="btn study-move"
                  tabIndex={-1}
                  aria-label={`Move down: ${item.label}`}
                  disabled={i === items.length - 1}
                  onClick={() => move(i, 1, item.fact, false)}
                >
                  ↓
                </button>
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/** A fixed shuffle for a card (the same each time it is shown), never already in order. */
export function shuffledOrder(card: DeckCard): OrderItem[] {
  const items = [...(card.order ?? [])];
  let seed = 0;
  for (const ch of card.id) seed = (seed * 31 + ch.charCodeAt(0)) >>> 0;
  for (let i = items.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    const j = seed % (i + 1);
    const a = items[i];
    const b = items[j];
    if (a && b) {
      items[i] = b;
      items[j] = a;
    }
  }
  if (items.length > 1 && items.every((it, i) => it.fact === card.order?.[i]?.fact)) items.reverse();
  return items;
}

/** The list with the item at `index` swapped with its neighbour above (-1) or below (1). */
export function moveItem<T>(list: readonly T[], index: number, delta: -1 | 1): T[] {
  const next = [...list];
  const a = next[index];
  const b = next[index + delta];
  if (a === undefined || b === undefined) return [...list];
  next[index] = b;
  next[index + delta] = a;
  return next;
}

/**
 * The events that stand in order: the longest run of events (not necessarily side by side) whose
 * order among themselves is right. One event put at the wrong end leaves all the others in order.
 */
export function inOrderFacts(card: DeckCard, items: readonly OrderItem[]): Set<string> {
  const rank = new Map((card.order ?? []).map((it, i) => [it.fact, i]));
  const ranks = items.map((it) => rank.get(it.fact) ?? -1);
  // Longest increasing subsequence, O(n²): an ordering card has a handful of events.
  const best = ranks.map(() => 1);
  const prev = ranks.map(() => -1);
  for (let i = 0; i < ranks.length; i++) {
    for (let j = 0; j < i; j++) {
      if ((ranks[j] ?? 0) < (ranks[i] ?? 0) && (best[j] ?? 0) + 1 > (best[i] ?? 0)) {
        best[i] = (best[j] ?? 0) + 1;
        prev[i] = j;
      }
    }
  }
  let end = best.indexOf(Math.max(0, ...best));
  const out = new Set<string>();
  while (end >= 0) {
    out.add(items[end]?.fact ?? '');
    end = prev[end] ?? -1;
  }
  return out;
}

/**
 * A suggested rating: Good when every event is in order, Hard when at least half are (in order
 * among themselves, wherever they stand), else Again.
 */
export function gradeOrder(card: DeckCard, items: OrderItem[]): 1 | 2 | 3 {
  const right = inOrderFacts(card, items).size;
  if (right === items.length) return 3;
  return right * 2 >= items.length ? 2 : 1;
}
