import { describe, expect, it } from 'vitest';
import { firstScreenAssets } from './first-screen-size.ts';

describe('first screen assets', () => {
  it('counts the entry module, its preloads and stylesheets, not icons, manifests or other sites', () => {
    const html = `<!doctype html><head>
      <link rel="icon" href="/icon.svg" />
      <link rel="manifest" href="/manifest.webmanifest">
      <script type="module" crossorigin src="/assets/index-abc.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/vendor-def.js">
      <link rel="stylesheet" crossorigin href="/assets/index-123.css">
      <link rel="stylesheet" href="https://fonts.example.com/a.css">
      <script src="/registerSW.js"></script>
    </head>`;
    expect(firstScreenAssets(html)).toEqual([
      { path: 'assets/index-abc.js', kind: 'js' },
      { path: 'assets/vendor-def.js', kind: 'js' },
      { path: 'assets/index-123.css', kind: 'css' },
    ]);
  });
});
