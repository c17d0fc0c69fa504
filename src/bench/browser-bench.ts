// The app's speed as a person feels it, measured on the production build in headless Chromium with a
// large database (seed.ts): cold start to the first card, a rating to the next card painted, long
// tasks after ratings, today's queue against a bare indexed read, Browse search, opening screens.
// Every time is taken inside the page (performance.now(), after the next paint), so the cost of
// driving the browser is not counted.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { parseDeck } from '../domain/deck-schema.ts';
import { chromiumLaunchOptions } from '../e2e/browser.ts';
import { type Seed, seedRecords } from './seed.ts';

const ROOT = join(import.meta.dirname, '../..');

export interface Spread {
  runs: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

export interface BrowserFigures {
  cards: number;
  reviews: number;
  seedMs: number;
  coldStart: Spread;
  /** The app's own measure of building today's queue (user timing "study:queue"), when it has one. */
  queueBuild: Spread | null;
  bareDueRead: Spread & { cards: number };
  rating: Spread;
  /** Tasks over 50 ms (the Long Tasks API reports no others) from the first rating on. */
  longTasks: { count: number; longestMs: number };
  screens: Record<'browse' | 'progress' | 'timeline' | 'quiz', { first: number; again: Spread }>;
  browseSearch: Spread;
}

export function spread(samples: readonly number[]): Spread {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))] ?? Number.NaN;
  return { runs: s.length, medianMs: at(0.5), p95Ms: at(0.95), maxMs: s.at(-1) ?? Number.NaN };
}

function serve(dist: string, port: number): Promise<ChildProcess> {
  const child = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', dist],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    const onData = (b: Buffer) => {
      out += b.toString();
      if (out.includes(`:${port}`)) resolve(child);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`vite preview stopped (${code}): ${out}`)));
  });
}

function stop(child: ChildProcess): void {
  if (child.pid !== undefined) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

/**
 * Writes the seed into the page's IndexedDB with plain IndexedDB calls, in chunks. To keep what
 * crosses into the page small, rows travel as value lists under one key list, and a card's content
 * is sent once per template card (a copy's id is the template's id, "~", and the copy's number).
 */
async function seedPage(page: Page, seed: Seed): Promise<void> {
  const templates = new Map<string, unknown>();
  for (const c of seed.cards) templates.set(c.id.slice(0, c.id.lastIndexOf('~')), c.content);
  await page.evaluate((t) => {
    (window as unknown as { __templates: Record<string, unknown> }).__templates = t;
  }, Object.fromEntries(templates));
  const write = (store: string, rows: readonly object[], clear: boolean) => {
    const keys = Object.keys(rows[0] ?? {}).filter(
      (k) => store !== 'cards' || (k !== 'content' && k !== 'conflict'),
    );
    const values = rows.map((r) => keys.map((k) => (r as Record<string, unknown>)[k]));
    return page.evaluate(
      async ({ store, keys, values, clear }) => {
        const templates = (window as unknown as { __templates: Record<string, { conflict: unknown }> })
          .__templates;
        const open = indexedDB.open('css-recall');
        const idb = await new Promise<IDBDatabase>((resolve, reject) => {
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        const tx = idb.transaction(store, 'readwrite');
        const os = tx.objectStore(store);
        if (clear) os.clear();
        for (const list of values) {
          const row: Record<string, unknown> = {};
          keys.forEach((k, i) => {
            const v = list[i];
            if (k.endsWith('Ms') && k !== 'durationMs') {
              if (v !== null)
                row[k === 'lastReviewMs' ? 'last_review' : k.slice(0, -2)] = new Date(v as number);
            } else row[k] = v;
          });
          if (store === 'cards') {
            const id = String(row.id);
            const content = templates[id.slice(0, id.lastIndexOf('~'))];
            row.content = { ...content, id };
            row.conflict = content?.conflict ?? null;
          }
          os.put(row);
        }
        await new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
        idb.close();
      },
      { store, keys, values, clear },
    );
  };
  await write('decks', [seed.deck], false);
  for (let i = 0; i < seed.cards.length; i += 2000)
    await write('cards', seed.cards.slice(i, i + 2000), false);
  for (let i = 0; i < seed.reviews.length; i += 20_000)
    await write('reviews', seed.reviews.slice(i, i + 20_000), i === 0);
  await write(
    'settings',
    [
      { key: 'studyDecks', value: [] },
      { key: 'studyEras', value: [] },
    ],
    false,
  );
}

// Installed before the app's scripts on every load: long-task and first-card observers, and a helper
// that resolves once a condition holds and the frame showing it has been painted.
const PAGE_HELPERS = `
  window.__name = (f) => f;
  window.__longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  window.__afterPaint = (fn) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = fn; c.port2.postMessage(0); });
  window.__until = (check, ms = 60000) => new Promise((resolve, reject) => {
    const done = () => window.__afterPaint(() => resolve(performance.now()));
    if (check()) return done();
    const mo = new MutationObserver(() => { if (check()) { clearTimeout(timer); mo.disconnect(); done(); } });
    const timer = setTimeout(() => { mo.disconnect(); reject(new Error('Waited ' + ms + ' ms for: ' + check)); }, ms);
    mo.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
  });
  window.__settle = () => new Promise((resolve) => setTimeout(() => setTimeout(resolve, 0), 0));
  window.__firstCard = null;
  document.addEventListener('DOMContentLoaded', () => {
    window.__until(() => document.querySelector('#study-question')).then((t) => { window.__firstCard = t; });
  });
`;

declare global {
  interface Window {
    __longTasks: { start: number; duration: number }[];
    __until: (check: () => unknown, ms?: number) => Promise<number>;
    /** Two macrotasks: lets React run the effects that attach the key listeners. */
    __settle: () => Promise<void>;
    __firstCard: number | null;
  }
}

async function coldStart(page: Page): Promise<{ firstCardMs: number; queueMs: number | null }> {
  await page.reload();
  await page.waitForFunction(() => window.__firstCard !== null, undefined, { timeout: 120_000 });
  return page.evaluate(() => {
    const q = performance.getEntriesByName('study:queue', 'measure')[0];
    return { firstCardMs: window.__firstCard ?? Number.NaN, queueMs: q ? q.duration : null };
  });
}

/** A bare read of every card due by now through the `due` index, with Dexie's own build. */
async function bareDueRead(page: Page, dexiePath: string): Promise<{ ms: number; cards: number }> {
  await page.addScriptTag({ path: dexiePath });
  return page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: the UMD build of Dexie, added to the page above
    const DexieUmd = (window as any).Dexie;
    const d = new DexieUmd('css-recall');
    await d.open();
    const t = performance.now();
    const due = await d.table('cards').where('due').belowOrEqual(new Date()).toArray();
    const ms = performance.now() - t;
    d.close();
    return { ms, cards: due.length };
  });
}

/** Shows the answer, rates it, and times the rating to the next card painted. Null when none is left. */
async function rateOnce(page: Page, key: string): Promise<{ ms: number; at: number } | null> {
  return page.evaluate(async (key) => {
    const press = (k: string) =>
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
    if (!document.querySelector('.study-show')) return null;
    // Showing the answer is not timed; a key pressed before the card's listener is attached is
    // lost, so it is pressed again until the answer shows.
    for (let tries = 0; ; tries++) {
      await window.__settle();
      press(' ');
      try {
        await window.__until(() => document.querySelector('.study-ratings button:not([disabled])'), 1000);
        break;
      } catch (e) {
        if (tries >= 60) throw e;
      }
    }
    await window.__settle();
    const t0 = performance.now();
    press(key);
    const t1 = await window.__until(
      () => document.querySelector('.study-show') || document.querySelector('.study-summary'),
    );
    return { ms: t1 - t0, at: t0 };
  }, key);
}

/** Clicks a navigation link and times it until `ready` matches, painted. */
async function openScreen(page: Page, link: string, ready: string): Promise<number> {
  return page.evaluate(
    async ({ link, ready }) => {
      const a = [...document.querySelectorAll('nav a')].find((e) => e.textContent?.trim() === link);
      if (!(a instanceof HTMLElement)) throw new Error(`No link ${link}`);
      const t0 = performance.now();
      a.click();
      const t1 = await window.__until(() => {
        const main = document.querySelector('main');
        if (!main || main.querySelector('h1')?.textContent !== link) return false;
        if (!document.querySelector(ready)) return false;
        return ![...main.querySelectorAll('.muted')].some((e) => /^Loading/.test(e.textContent ?? ''));
      });
      return t1 - t0;
    },
    { link, ready },
  );
}

async function browseSearch(page: Page, query: string): Promise<number> {
  return page.evaluate(async (query) => {
    const box = document.querySelector<HTMLInputElement>('input[type="search"]');
    if (!box) throw new Error('No search box');
    const count = () => document.querySelector('.result-count')?.textContent ?? '';
    const before = count();
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    const t0 = performance.now();
    setValue?.call(box, query);
    box.dispatchEvent(new Event('input', { bubbles: true }));
    const t1 = await window.__until(() => count() !== before || document.querySelector('.empty-state'));
    return t1 - t0;
  }, query);
}

export interface BrowserBenchOptions {
  dist: string;
  port: number;
  cards: number;
  reviews: number;
  ratings: number;
  /** Logs the functions that took the most time during the ratings (a CPU profile). */
  profile: boolean;
  log: (line: string) => void;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

/** The 15 functions with the most self time in a CPU profile, as lines of text. */
function topFunctions(profile: { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] }): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  (profile.samples ?? []).forEach((id, i) => {
    const f = byId.get(id)?.callFrame;
    if (!f) return;
    const name = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
  });
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15)
    .map(([name, ms]) => `  ${ms.toFixed(0).padStart(7)} ms  ${name}`)
    .join('\n');
}

export async function runBrowserBench(o: BrowserBenchOptions): Promise<BrowserFigures> {
  const parsed = parseDeck(JSON.parse(readFileSync(join(ROOT, 'decks/pakistan-russia.deck.json'), 'utf8')));
  if (!parsed.ok) throw new Error(`The shipped deck does not parse: ${parsed.issues.join('; ')}`);
  const seed = seedRecords(parsed.deck, { cards: o.cards, reviews: o.reviews, nowMs: Date.now() });
  const dexiePath = createRequire(import.meta.url).resolve('dexie/dist/dexie.min.js');
  const server = await serve(o.dist, o.port);
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({ ...(await chromiumLaunchOptions()), headless: true });
    // The bench injects its own measuring scripts, which the app's Content-Security-Policy refuses
    // (script-src 'self'); this browser, used only by the bench, is told to let them run.
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
    await page.addInitScript(PAGE_HELPERS);
    await page.goto(`http://127.0.0.1:${o.port}/`);
    await page.waitForSelector('#study-question', { timeout: 60_000 });
    const t = performance.now();
    // Seeded from a same-origin page that runs no app, so no screen re-reads after every chunk.
    await page.goto(`http://127.0.0.1:${o.port}/icon.svg`);
    await seedPage(page, seed);
    await page.goto(`http://127.0.0.1:${o.port}/`);
    const seedMs = performance.now() - t;
    o.log(`seeded ${o.cards} cards and ${o.reviews} reviews in ${(seedMs / 1000).toFixed(1)} s`);

    await coldStart(page); // the first load after seeding warms the caches and the service worker
    const cold: number[] = [];
    const queue: number[] = [];
    const bare: number[] = [];
    let dueCards = 0;
    for (let i = 0; i < 5; i++) {
      const c = await coldStart(page);
      cold.push(c.firstCardMs);
      if (c.queueMs !== null) queue.push(c.queueMs);
      const b = await bareDueRead(page, dexiePath);
      bare.push(b.ms);
      dueCards = b.cards;
    }
    o.log(`cold start median ${spread(cold).medianMs.toFixed(0)} ms`);

    await coldStart(page);
    await page.evaluate(() => {
      window.__longTasks = [];
    });
    const ratings: number[] = [];
    const starts: number[] = [];
    const cdp = o.profile ? await page.context().newCDPSession(page) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.start');
    }
    for (let i = 0; i < o.ratings; i++) {
      const r = await rateOnce(page, i % 7 === 3 ? '1' : '3');
      if (!r) break;
      ratings.push(r.ms);
      starts.push(r.at);
      if ((i + 1) % 50 === 0)
        o.log(`${i + 1} ratings, median so far ${spread(ratings).medianMs.toFixed(1)} ms`);
    }
    // Let the last writes finish before counting the long tasks they caused.
    await page.waitForTimeout(1500);
    if (cdp) o.log(topFunctions((await cdp.send('Profiler.stop')).profile));
    const tasks = await page.evaluate(() => window.__longTasks);
    const first = starts[0] ?? Number.POSITIVE_INFINITY;
    const during = tasks.filter((t) => t.start >= first);

    const screens = {} as BrowserFigures['screens'];
    const ready = {
      browse: ['Browse', '.result-count, .empty-state'],
      progress: ['Progress', '.stat-tiles, .empty-state'],
      timeline: ['Timeline', 'main h1'],
      quiz: ['Quiz', 'main h1'],
    } as const;
    for (const [name, [link, selector]] of Object.entries(ready) as [
      keyof typeof ready,
      (typeof ready)[keyof typeof ready],
    ][]) {
      const firstOpen = await openScreen(page, link, selector);
      const again: number[] = [];
      for (let i = 0; i < 5; i++) {
        await openScreen(page, 'Study', '#study-question, .study-summary');
        again.push(await openScreen(page, link, selector));
      }
      screens[name] = { first: firstOpen, again: spread(again) };
      o.log(
        `${link}: first ${firstOpen.toFixed(0)} ms, again median ${spread(again).medianMs.toFixed(0)} ms`,
      );
    }

    await openScreen(page, 'Browse', '.result-count, .empty-state');
    const searches: number[] = [];
    // Each query gives another count than the one before (the empty query lists every card), so the
    // moment the list has caught up with the box can be seen.
    for (const q of [
      'visit',
      '',
      'treaty',
      '',
      'moscow',
      '',
      'agreement',
      '',
      'tashkent',
      '',
      'visit moscow',
      '',
    ]) {
      searches.push(await browseSearch(page, q));
    }
    return {
      cards: o.cards,
      reviews: o.reviews,
      seedMs,
      coldStart: spread(cold),
      queueBuild: queue.length > 0 ? spread(queue) : null,
      bareDueRead: { ...spread(bare), cards: dueCards },
      rating: spread(ratings),
      longTasks: {
        count: during.length,
        longestMs: Math.max(0, ...during.map((t) => t.duration)),
      },
      screens,
      browseSearch: spread(searches),
    };
  } finally {
    await browser?.close();
    stop(server);
  }
}
