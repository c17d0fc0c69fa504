// An ordering card: put the events in order with Move up / Move down buttons, then check.
import type { DeckCard } from '../domain/deck-schema.ts';

type OrderItem = NonNullable<DeckCard['order']>[number];

interface OrderAnswerProps {
  card: DeckCard;
  items: OrderItem[];
  checked: boolean;
  onMove: (index: number, delta: -1 | 1) => void;
}

export function OrderAnswer({ card, items, checked, onMove }: OrderAnswerProps) {
  const correct = card.order ?? [];
  return (
    <ol className="study-order" aria-label="Events, earliest first">
      {items.map((item, i) => {
        const right = correct[i]?.fact === item.fact;
        return (
          <li key={item.fact} className={checked ? (right ? 'is-right' : 'is-wrong') : ''}>
            <span className="study-order-label">
              {checked ? <b className="study-order-date">{item.date}</b> : null}
              {item.label}
              {checked ? (
                <span className="visually-hidden">{right ? ' (right place)' : ' (wrong place)'}</span>
              ) : null}
            </span>
            {checked ? (
              <span className="study-mark" aria-hidden="true">
                {right ? '✓' : '✗'}
              </span>
            ) : (
              <span className="study-order-moves">
                <button
                  type="button"
                  className="btn study-move"
                  aria-label={`Move up: ${item.label}`}
                  disabled={i === 0}
                  onClick={() => onMove(i, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="btn study-move"
                  aria-label={`Move down: ${item.label}`}
                  disabled={i === items.length - 1}
                  onClick={() => onMove(i, 1)}
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

/** A suggested rating from how many events stand in the right place. */
export function gradeOrder(card: DeckCard, items: OrderItem[]): 1 | 2 | 3 {
  const correct = card.order ?? [];
  const right = items.filter((it, i) => correct[i]?.fact === it.fact).length;
  if (right === items.length) return 3;
  return right * 2 >= items.length ? 2 : 1;
}
