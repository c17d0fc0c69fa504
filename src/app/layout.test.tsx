import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { Layout } from './layout.tsx';
import { NAV_ITEMS } from './nav-items.ts';

describe('layout', () => {
  it('has one link per screen and marks the current one', async () => {
    const { hook } = memoryLocation({ path: '/' });
    render(
      <Router hook={hook}>
        <Layout>
          <p>content</p>
        </Layout>
      </Router>,
    );
    for (const item of NAV_ITEMS) {
      expect(screen.getByRole('link', { name: item.label })).toBeTruthy();
    }
    expect(screen.getByRole('link', { name: 'Study' }).getAttribute('aria-current')).toBe('page');
    await userEvent.click(screen.getByRole('link', { name: 'Browse' }));
    expect(screen.getByRole('link', { name: 'Browse' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: 'Study' }).getAttribute('aria-current')).toBeNull();
    expect(screen.getByRole('main').textContent).toBe('content');
  });
});
