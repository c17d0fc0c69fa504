// The built page's Content-Security-Policy: present, strict, and never violated over a whole session
// (every screen, studying, an import through the worker, a card's details, a backup, a reload under the
// service worker); and no request ever leaves the app's origin.
import { expect, test } from './fixtures.ts';
import { saveMadeUpArticle } from './import-steps.ts';
import { reloadUnderServiceWorker } from './offline-steps.ts';

test('a strict CSP, 0 violations over a session, and no request off the origin', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
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
  expect(directives.get('script-src')).toBe("'self'");
  expect(directives.get('object-src')).toBe("'none'");
  expect(directives.get('base-uri')).toBe("'none'");
  expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
  // No inline script in the page.
  expect(await page.locator('script:not([src])').count()).toBe(0);

  await page.getByRole('button', { name: 'Show answer' }).click();
  await page.getByRole('button', { name: /^Good/ }).click();
  for (const name of ['Quiz', 'Timeline', 'Progress', 'Browse', 'Settings']) {
    await page.getByRole('link', { name, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
  }
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download backup' }).click();
  await downloading;
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
