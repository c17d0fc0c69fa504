// The built page's Content-Security-Policy: present, strict, and never violated over a whole session
// (every screen, studying, a quiz paper, an import through the worker, a card's details, a backup
// downloaded and restored, the CSV and the Anki exports with SQLite's WebAssembly, a reload under the
// service worker); and no request ever leaves the app's origin.
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { saveMadeUpArticle } from './import-steps.ts';
import { reloadUnderServiceWorker } from './offline-steps.ts';

test('a strict CSP, 0 violations over a session, and no request off the origin', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(180_000);
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const offOrigin: string[] = [];
  const consoleCsp: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(`${baseURL}/`) && !url.startsWith('data:') && !url.startsWith('blob:'))
      offOrigin.push(url);
  });
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) consoleCsp.push(m.text());
  });
  const violations = async () =>
    page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

  await page.goto('/');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const directives = new Map(
    (csp ?? '').split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values.join(' ')] as const;
    }),
  );
  expect(directives.get('default-src')).toBe("'self'");
  // WebAssembly (SQLite, for the Anki export) may be compiled; JavaScript may not be evaluated.
  expect(directives.get('script-src')).toBe("'self' 'wasm-unsafe-eval'");
  expect(directives.get('object-src')).toBe("'none'");
  expect(directives.get('base-uri')).toBe("'none'");
  expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|\*|https?:/);
  // No inline script in the page.
  expect(await page.locator('script:not([src])').count()).toBe(0);

  await page.getByRole('button', { name: 'Show answer' }).click();
  await page.getByRole('button', { name: /^Good/ }).click();
  for (const name of ['Quiz', 'Timeline', 'Progress', 'Browse', 'Settings']) {
    await page.getByRole('link', { name, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
  }
  const download = async (click: () => Promise<void>) => {
    const downloading = page.waitForEvent('download');
    await click();
    return readFileSync(await (await downloading).path());
  };
  const backup = await download(() => page.getByRole('button', { name: 'Download backup' }).click());
  await download(() => page.getByRole('button', { name: 'Cards as CSV' }).click());
  const anki = page.getByRole('region', { name: 'Export to Anki' });
  await download(() => anki.getByRole('button', { name: 'Download for Anki (.apkg)' }).click());
  await expect(anki.getByRole('status')).toContainText('downloaded for Anki');
  await page.getByLabel('Restore backup').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: backup,
  });
  await page
    .getByRole('region', { name: 'Backup to restore' })
    .getByRole('button', { name: 'Merge' })
    .click();
  await expect(page.getByRole('status').filter({ hasText: 'Merged the backup' })).toBeVisible();

  // A quiz paper, answered to its result.
  await page.getByRole('link', { name: 'Quiz', exact: true }).click();
  await page.getByRole('button', { name: 'Start quiz' }).click();
  const total = Number(/of (\d+)/.exec((await page.getByText(/^Question 1 of/).textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThan(0);
  for (let i = 0; i < total; i++) {
    await expect(page.getByText(`Question ${i + 1} of ${total}`)).toBeVisible();
    await page.keyboard.press('2');
    await page.getByRole('button', { name: /Next question|See results/ }).click();
  }
  await expect(page.getByRole('heading', { level: 2, name: /right \(\d+%\)$/ })).toBeVisible();
  await page.getByRole('link', { name: 'Browse', exact: true }).click();
  await page.getByRole('button', { name: /\?/ }).first().click();
  await expect(page.getByRole('dialog', { name: 'Card' })).toBeVisible();
  await page.getByRole('dialog', { name: 'Card' }).getByRole('button', { name: 'Close' }).click();

  await saveMadeUpArticle(page);

  await reloadUnderServiceWorker(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Import' })).toBeVisible();
  expect(await violations()).toEqual([]);
  expect(consoleCsp).toEqual([]);
  expect(offOrigin).toEqual([]);

  // The policy is enforced: a script written into the page is refused, and the refusal is seen.
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true';
    document.head.append(s);
  });
  await expect.poll(violations).toEqual(['script-src-elem inline']);
  expect(await page.evaluate(() => 'inlineRan' in window || '__inlineRan' in window)).toBe(false);
});
