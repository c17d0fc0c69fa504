// Hostile text pasted into Import: an HTML page becomes its text (nothing in it runs or loads) and a
// title's bidirectional overrides and zero-width characters are dropped.
import { expect, test } from './fixtures.ts';
import { MADE_UP_TURKEY_ARTICLE } from './import-article.ts';

test('pasted HTML is imported as its text, with no script run and a clean title', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const paragraphs = MADE_UP_TURKEY_ARTICLE.split('\n\n').slice(1);
  const html = `<html><head><style>body{display:none}</style><script>window.__ran = 1</script></head><body>
<h1>Pakistan and Turkey</h1><img src="/pixel.gif" onerror="window.__ran = 2">
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}<iframe src="/elsewhere"></iframe></body></html>`;
  await page.goto('/import');
  await page.getByRole('textbox', { name: 'Article text' }).fill(html);
  await page.getByRole('textbox', { name: /Title/ }).fill('\u202EPakistan\u202C and \u200BTurkey');
  await page.getByRole('button', { name: 'Find facts' }).click();
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview).toBeVisible({ timeout: 30_000 });
  await expect(preview.getByText(/^Found \d+ dated facts in “Pakistan and Turkey”/)).toBeVisible();
  await preview.getByRole('button', { name: 'Save to deck' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Saved 1 article/ })).toBeVisible();

  const stored = await page.evaluate(async () => {
    const req = indexedDB.open('css-recall');
    const idb = await new Promise<IDBDatabase>((resolve) => {
      req.onsuccess = () => resolve(req.result);
    });
    const rows = await new Promise<{ title: string; text: string }[]>((resolve) => {
      const r = idb.transaction('articles').objectStore('articles').getAll();
      r.onsuccess = () => resolve(r.result);
    });
    idb.close();
    return rows;
  });
  expect(stored).toHaveLength(1);
  expect(stored[0]?.title).toBe('Pakistan and Turkey');
  expect(stored[0]?.text).not.toMatch(/[<>]|window\.__ran|display:none/);
  expect(stored[0]?.text).toMatch(
    /^Pakistan and Turkey\n\nBy A\. Made-Up Writer\n\nTurkey recognised Pakistan/,
  );
  expect(await page.evaluate(() => '__ran' in window)).toBe(false);
  expect(requests.filter((u) => /pixel\.gif|elsewhere/.test(u))).toEqual([]);
});

test('an opened HTML file is imported as its text, titled by its file name without hidden characters', async ({
  page,
}) => {
  const paragraphs = MADE_UP_TURKEY_ARTICLE.split('\n\n').slice(1);
  const html = `<!doctype html><html><head><title>x</title><script>window.__ran = 1</script>
<style>p { color: red }</style></head><body><h1>Pakistan and Turkey</h1>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}<svg onload="window.__ran = 3"></svg></body></html>`;
  await page.goto('/import');
  await page.getByLabel('Choose .txt files').setInputFiles({
    name: 'Pakistan \u202Eand\u202C Turkey\u200B.html',
    mimeType: 'text/html',
    buffer: Buffer.from(html),
  });
  await page.getByRole('button', { name: 'Find facts' }).click();
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview).toBeVisible({ timeout: 30_000 });
  await expect(preview.getByText(/^Found \d+ dated facts in “Pakistan and Turkey”/)).toBeVisible();
  expect(await page.evaluate(() => '__ran' in window)).toBe(false);
});
