// Storage full for real: Chromium runs with its profile on a 40 MB tmpfs (mounted in a user and mount
// namespace, so no root is needed), which gives the origin a quota of about 24 MB. A filler database
// of random bytes takes what is left, so the browser itself refuses the app's next write with a
// QuotaExceededError. Each write path shows its message and the storage-full notice, the database
// stays byte for byte as it was, and once the filler is deleted "I freed some space" lets the same
// write succeed.
//
// (Chromium's DevTools quota override, Storage.overrideQuotaForOrigin, is not used: it holds back
// Cache Storage but, measured here, let IndexedDB write 210 MB past a 3.5 MB quota.)
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { chromiumLaunchOptions } from './browser.ts';
import { expect, test } from './fixtures.ts';
import { checkEveryWritePath } from './write-paths.ts';

/** Starts Chromium as it is, with its profile folder on a fresh tmpfs of the given size. */
const WRAPPER = `#!/bin/sh
for a in "$@"; do case "$a" in --user-data-dir=*) dir="\${a#--user-data-dir=}";; esac; done
exec unshare --user --map-root-user --mount sh -c 'mount -t tmpfs -o size="$1" tmpfs "$2" && shift 2 && exec "$@"' sh "$SMALL_DISK_SIZE" "$dir" "$SMALL_DISK_CHROMIUM" "$@"
`;

function namespacesWork(): boolean {
  const dir = mkdtempSync(join(tmpdir(), 'css-recall-ns-'));
  const r = spawnSync('unshare', [
    '--user',
    '--map-root-user',
    '--mount',
    'mount',
    '-t',
    'tmpfs',
    'tmpfs',
    dir,
  ]);
  rmSync(dir, { recursive: true, force: true });
  return r.status === 0;
}

/** Fills what is left of the origin's quota with random (incompressible) bytes; returns the bytes written. */
function fillDisk(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const req = indexedDB.open('filler');
    req.onupgradeneeded = () => req.result.createObjectStore('blobs');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    let written = 0;
    let key = 0;
    for (let size = 1024 * 1024; size >= 1024; ) {
      const bytes = new Uint8Array(size);
      for (let o = 0; o < size; o += 65_536) crypto.getRandomValues(bytes.subarray(o, o + 65_536));
      const ok = await new Promise<boolean>((resolve) => {
        const tx = db.transaction('blobs', 'readwrite');
        tx.objectStore('blobs').put(bytes, key++);
        tx.oncomplete = () => resolve(true);
        tx.onabort = () => resolve(false);
      });
      if (ok) written += size;
      else size /= 4;
    }
    db.close();
    return written;
  });
}

const freeDisk = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const r = indexedDB.deleteDatabase('filler');
        r.onsuccess = () => resolve();
        r.onerror = () => reject(r.error);
      }),
  );

test('on a really full disk every write path says so, keeps what was stored, and recovers once space is freed', async ({
  playwright,
  baseURL,
}) => {
  test.skip(
    !namespacesWork(),
    'This machine does not let a user mount a tmpfs in a user namespace (unshare), so the small disk cannot be made.',
  );
  test.setTimeout(300_000);
  const profile = mkdtempSync(join(tmpdir(), 'css-recall-small-disk-'));
  const wrapper = join(profile, '..', `${profile.split('/').pop()}-chromium.sh`);
  writeFileSync(wrapper, WRAPPER);
  chmodSync(wrapper, 0o755);
  const launch = await chromiumLaunchOptions();
  process.env.SMALL_DISK_SIZE = '40m';
  process.env.SMALL_DISK_CHROMIUM = launch.executablePath;
  let context: BrowserContext | null = null;
  try {
    context = await playwright.chromium.launchPersistentContext(profile, {
      executablePath: wrapper,
      args: launch.args,
      headless: true,
      baseURL: baseURL ?? '',
    });
    const page = context.pages()[0] ?? (await context.newPage());
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
    // The quota follows the small disk.
    const { quota } = await page.evaluate(() => navigator.storage.estimate());
    expect(quota).toBeLessThan(40 * 1024 * 1024);

    await checkEveryWritePath(page, {
      fill: async () => {
        expect(await fillDisk(page), 'the filler got some space').toBeGreaterThan(0);
      },
      free: () => freeDisk(page),
    });
    expect(errors).toEqual([]);
  } finally {
    await context?.close();
    rmSync(wrapper, { force: true });
    rmSync(profile, { recursive: true, force: true });
  }
});
