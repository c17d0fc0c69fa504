import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

/**
 * The built page's Content-Security-Policy: everything from the app's own origin, no inline script,
 * no eval, no plugins, no <base>. 'wasm-unsafe-eval' lets the page compile WebAssembly (SQLite, for
 * the Anki export) from a file of its own origin; it allows no eval of JavaScript. A meta tag cannot carry `frame-ancestors` (browsers ignore it
 * there); a host that can send headers should add `Content-Security-Policy: frame-ancestors 'none'`.
 * Only in the build: the dev server's hot reload needs an inline script.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  plugins: [
    contentSecurityPolicy(),
    react(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icon.svg'],
      manifest: {
        name: 'CSS Recall — dated facts for the CSS exam',
        short_name: 'CSS Recall',
        description: 'Spaced-repetition decks built from articles, for Pakistan’s CSS exam. Works offline.',
        theme_color: '#0f5132',
        background_color: '#f7f7f4',
        display: 'standalone',
        start_url: '.',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      workbox: {
        // wasm: SQLite for the Anki export, so it works offline too.
        globPatterns: ['**/*.{js,css,html,svg,png,json,woff2,wasm}'],
        // The README's pictures are copied from public/ but the app never shows them: not worth caching.
        globIgnores: ['**/node_modules/**/*', 'screenshots/**'],
        navigateFallback: 'index.html',
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      },
    }),
  ],
  build: { target: 'es2022', sourcemap: true },
  worker: { format: 'es' },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/testing/setup.ts'],
    restoreMocks: true,
    // Tests check behaviour, never speed: on a loaded 2-core machine a whole-corpus test may take
    // several seconds, so no test fails for the clock's sake (speed is `npm run bench`'s job).
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
