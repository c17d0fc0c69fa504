// The JavaScript and CSS the first screen loads: the files index.html names (its module script,
// modulepreload and stylesheet links), and their size gzipped. Lazy chunks are not counted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FirstScreenFile {
  path: string;
  kind: 'js' | 'css';
  bytes: number;
  gzipBytes: number;
}

/** The same-origin JS and CSS files an index.html loads before anything is lazily imported. */
export function firstScreenAssets(html: string): { path: string; kind: 'js' | 'css' }[] {
  const out = new Map<string, 'js' | 'css'>();
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];
    const isScript = /^<script/i.test(tag);
    const url = isScript ? attr('src') : attr('href');
    if (!url || /^[a-z]+:\/\//i.test(url) || url.startsWith('//')) continue;
    const rel = attr('rel');
    const path = url.replace(/^\//, '').replace(/[?#].*$/, '');
    if (isScript && attr('type') === 'module') out.set(path, 'js');
    else if (!isScript && rel === 'modulepreload') out.set(path, 'js');
    else if (!isScript && rel === 'stylesheet') out.set(path, 'css');
  }
  return [...out].map(([path, kind]) => ({ path, kind }));
}

/** Measures the first screen's files in a built `dist` folder; throws if index.html is missing. */
export function firstScreenSize(dist: string): { files: FirstScreenFile[]; jsGzip: number; cssGzip: number } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = firstScreenAssets(html).map(({ path, kind }) => {
    const data = readFileSync(join(dist, path));
    return { path, kind, bytes: data.length, gzipBytes: gzipSync(data, { level: 9 }).length };
  });
  const sum = (k: 'js' | 'css') => files.filter((f) => f.kind === k).reduce((a, f) => a + f.gzipBytes, 0);
  return { files, jsGzip: sum('js'), cssGzip: sum('css') };
}
