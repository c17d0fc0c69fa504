import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { DeckCard } from '../domain/deck-schema.ts';
import { gradeOrder, inOrderFacts, moveItem, OrderAnswer } from './order-answer.tsx';

const item = (fact: string) => ({ fact, label: `event ${fact}`, date: fact });
const card = { id: 'o', kind: 'order', order: ['a', 'b', 'c', 'd'].map(item) } as unknown as DeckCard;
const order = (facts: string) => facts.split('').map(item);

describe('grading an order', () => {
  it('counts events in order among themselves, not only in their exact places', () => {
    expect(gradeOrder(card, order('abcd'))).toBe(3);
    // One event put at the wrong end: no exact place is right, but three stand in order.
    expect([...inOrderFacts(card, order('bcda'))].sort()).toEqual(['b', 'c', 'd']);
    expect(gradeOrder(card, order('bcda'))).toBe(2);
    expect(gradeOrder(card, order('dcba'))).toBe(1);
  });
});

function Harness() {
  const [items, setItems] = useState(order('bcda'));
  return (
    <OrderAnswer
      card={card}
      items={items}
      checked={false}
      onMove={(i, d) => setItems((l) => moveItem(l, i, d))}
      autoFocus
    />
  );
}

describe('ordering by keyboard', () => {
  it('focuses the first event, moves it with the arrow keys and keeps the focus on it, even at the end', async () => {
    render(<Harness />);
    const first = screen.getByRole('button', { name: 'event b' });
    expect(document.activeElement).toBe(first);
    for (let i = 0; i < 4; i++) await userEvent.keyboard('{ArrowDown}');
    const labels = screen.getAllByRole('button', { name: /^event/ }).map((b) => b.textContent);
    expect(labels).toEqual(['event c', 'event d', 'event a', 'event b']);
    expect(document.activeElement?.textContent).toBe('event b');
    // One Tab stop per event: the ↑ ↓ buttons are for a pointer.
    expect(screen.getByRole('button', { name: 'Move up: event b' }).tabIndex).toBe(-1);
  });
});
