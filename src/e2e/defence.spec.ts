// The app defends itself against stored values it cannot use: a bad setting is set aside with a
// message, a card with an unusable schedule is rebuilt and named; nothing crashes or goes blank.
import { readFileSync } from 'node:fs';
import { checkBackupText } from '../db/backup-schema.ts';
import { expect, test } from './fixtures.ts';

test('a mistyped setting and broken card schedules are set aside or rebuilt, with a message', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
  await page.evaluate(async () => {
    const req = indexedDB.open('css-recall');
    const idb = await new Promise<IDBDatabase>((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = idb.transaction(['cards', 'settings'], 'readwrite');
    tx.objectStore('settings').put({ key: 'learningSteps', value: '1m 10m' });
    const cards = tx.objectStore('cards');
    const all = await new Promise<Record<string, unknown>[]>((resolve) => {
      const r = cards.getAll();
      r.onsuccess = () => resolve(r.result);
    });
    const [a, b] = all;
    if (!a || !b) throw new Error('no cards');
    cards.put({ ...a, due: new Date(Number.NaN) });
    cards.put({ ...b, state: 2, stability: Number.POSITIVE_INFINITY });
    await new Promise<void>((resolve) => {
      tx.oncomplete = () => resolve();
    });
    idb.close();
  });
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: '2 cards had a stored schedule' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();

  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await expect(
    page.getByText(/The saved learning steps could not be used, so the default is in use/),
  ).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Learning steps', exact: true })).toHaveValue('1m 10m');
  // The app's own next backup is one it accepts.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download backup' }).click();
  const text = readFileSync(await (await downloading).path(), 'utf8');
  expect(checkBackupText(text)).toMatchObject({ ok: true });
  expect(errors).toEqual([]);
});
