import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { TypedAnswer } from './typed-answer.tsx';

const when = { kind: 'when' as const, answer: '10 January 1966', conflict: null };

describe('TypedAnswer', () => {
  it('refuses an ambiguous date with a hint, then grades the retyped one', async () => {
    const user = userEvent.setup();
    const onGraded = vi.fn();
    render(<TypedAnswer card={when} revealed={false} onGraded={onGraded} />);
    const field = screen.getByRole('textbox', { name: 'Type the date' });
    await user.type(field, '10/1/1966{Enter}');
    expect(screen.getByRole('alert').textContent).toBe(
      'Is that 10 January 1966 or 1 October 1966? Write the month as a word.',
    );
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(onGraded).not.toHaveBeenCalled();
    await user.clear(field);
    await user.type(field, '1966');
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(onGraded).toHaveBeenCalledWith({ grade: 'partial', suggested: 2, typed: '1966' });
    expect(screen.getByRole('status').textContent).toBe(
      'Partly right. The year is right; the full answer is 10 January 1966.',
    );
    expect(screen.queryByRole('button', { name: 'Check' })).toBeNull();
    expect(field.hasAttribute('readonly')).toBe(true);
  });

  it('asks for a name on a who card and grades it without the title', async () => {
    const user = userEvent.setup();
    const onGraded = vi.fn();
    render(
      <TypedAnswer
        card={{ kind: 'who', answer: 'Alexei Kosygin', conflict: null }}
        revealed={false}
        onGraded={onGraded}
      />,
    );
    await user.type(screen.getByRole('textbox', { name: 'Type the name' }), 'Premier Kosigin{Enter}');
    expect(onGraded).toHaveBeenCalledWith({ grade: 'right', suggested: 3, typed: 'Premier Kosigin' });
    expect(screen.getByRole('status').textContent).toBe('Right: Alexei Kosygin.');
  });

  it('says nothing for a card that cannot be typed', () => {
    const { container } = render(
      <TypedAnswer
        card={{ kind: 'what', answer: 'A sentence.', conflict: null }}
        revealed={false}
        onGraded={vi.fn()}
      />,
    );
    expect(container.textContent).toBe('');
  });
});
