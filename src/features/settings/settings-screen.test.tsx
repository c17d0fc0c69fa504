import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../db/db.ts';
import { validBackup } from '../../testing/bad-backups.ts';
import { SettingsScreen } from './settings-screen.tsx';
import { settingsStore } from './settings-store.ts';

beforeEach(async () => {
  await db.settings.clear();
});

describe('Settings screen', () => {
  it('saves a valid number and explains an invalid one without saving it', async () => {
    const stop = settingsStore.start();
    render(<SettingsScreen />);
    const input = await screen.findByRole('textbox', { name: 'New cards a day' });
    await userEvent.clear(input);
    await userEvent.type(input, '35');
    await waitFor(async () => expect((await db.settings.get('newPerDay'))?.value).toBe(35));

    await userEvent.clear(input);
    await userEvent.type(input, 'lots');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(
      screen.getByText('Enter a whole number from 0 to 9999. Not saved: 35 is still in use.'),
    ).toBeTruthy();
    expect((await db.settings.get('newPerDay'))?.value).toBe(35);
    // Leaving the box puts the value in force back, and says what was not saved.
    await userEvent.tab();
    expect((input as HTMLInputElement).value).toBe('35');
    expect(input.getAttribute('aria-invalid')).toBe('false');
    expect(screen.getByText('“lots” was not saved; 35 is still in use.')).toBeTruthy();
    stop();
  });

  it('turns burying siblings off and on', async () => {
    const stop = settingsStore.start();
    render(<SettingsScreen />);
    const bury = await screen.findByRole('checkbox', { name: /One card of a fact a day/ });
    expect((bury as HTMLInputElement).checked).toBe(true);
    await userEvent.click(bury);
    await waitFor(async () => expect((await db.settings.get('burySiblings'))?.value).toBe(false));
    stop();
  });

  it('saves retention as a fraction and learning steps as a list', async () => {
    const stop = settingsStore.start();
    render(<SettingsScreen />);
    const retention = await screen.findByRole('textbox', { name: 'Desired retention (%)' });
    await userEvent.clear(retention);
    await userEvent.type(retention, '85');
    const steps = screen.getByRole('textbox', { name: 'Learning steps' });
    await userEvent.clear(steps);
    await userEvent.type(steps, '2m 15m 1h');
    await waitFor(async () => {
      expect((await db.settings.get('desiredRetention'))?.value).toBe(0.85);
      expect((await db.settings.get('learningSteps'))?.value).toEqual(['2m', '15m', '1h']);
    });
    stop();
  });
});

describe('Your data', () => {
  it('explains a file that is not a backup', async () => {
    render(<SettingsScreen />);
    const input = screen.getByLabelText('Restore backup');
    await userEvent.upload(input, new File(['not json at all'], 'notes.json', { type: 'application/json' }));
    expect((await screen.findByRole('status')).textContent).toMatch(/not a CSS Recall backup/);
  });

  it('shows what a backup holds, then merges it on request', async () => {
    await db.delete();
    await db.open();
    render(<SettingsScreen />);
    const file = new File([JSON.stringify(validBackup())], 'phone.json', { type: 'application/json' });
    await userEvent.upload(screen.getByLabelText('Restore backup'), file);
    const preview = await screen.findByRole('region', { name: 'Backup to restore' });
    expect(preview.textContent).toMatch(
      /phone\.json.*holds 1 card \(1 studied, 1 edited by you\), 1 review, 2 settings, 1 imported article, 1 quiz result and the imported decks “Sample notes”/,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Merge' }));
    expect((await screen.findByRole('status')).textContent).toMatch(
      /Merged the backup: 1 card, 1 new review\./,
    );
    expect(await db.articles.count()).toBe(1);
    expect(await db.reviews.count()).toBe(1);
    expect(await db.quizResults.count()).toBe(1);
    expect(await db.studyFirst.count()).toBe(1);
    expect((await db.cards.toArray())[0]?.edit?.editedAt).toEqual(new Date('2026-03-01T11:00:00.000Z'));
  });

  it('refuses a bad backup with its reason, showing no choice', async () => {
    render(<SettingsScreen />);
    const bad = { ...validBackup(), format: 9 };
    await userEvent.upload(
      screen.getByLabelText('Restore backup'),
      new File([JSON.stringify(bad)], 'b.json'),
    );
    expect((await screen.findByRole('status')).textContent).toMatch(/newer version of CSS Recall/);
    expect(screen.queryByRole('button', { name: 'Merge' })).toBeNull();
  });
});
