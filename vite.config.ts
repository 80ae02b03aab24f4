import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { CONTENT_SECURITY_POLICY, CSP_HEADER } from './src/csp.ts';
import { CHECKED_FILE, checkedRecord } from './src/data/checked.ts';
import { GEO_FILES, GEO_FILE_KEYS } from './src/data/files.ts';
import { formatProblem } from './src/data/problems.ts';
import { GEO_DIR, readGeoFiles } from './src/data/readGeoFiles.ts';
import { validateTexts } from './src/data/validate.ts';
import { PAPER } from './src/map/theme.ts';

/**
 * Serves geo/ at /geo/ in development and copies it into the build, after validating it:
 * a build with invalid data fails and lists every problem.
 */
function geoData(): Plugin[] {
  const build: Plugin = {
    name: 'petrograd-geo-data:build',
    apply: 'build',
    buildStart() {
      const result = validateTexts(readGeoFiles());
      if (!result.ok) this.error(`geo/ has problems:\n${result.problems.map(formatProblem).join('\n')}`);
    },
    generateBundle() {
      // the texts that passed the checks, read once more so the record and the copies agree
      const texts = readGeoFiles();
      for (const key of GEO_FILE_KEYS) {
        this.emitFile({ type: 'asset', fileName: `geo/${GEO_FILES[key]}`, source: texts[key] });
      }
      this.emitFile({ type: 'asset', fileName: CHECKED_FILE, source: `${JSON.stringify(checkedRecord(texts), null, 1)}\n` });
    },
  };
  const serve: Plugin = {
    name: 'petrograd-geo-data:serve',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use('/geo/', (request, response, next) => {
        const file = GEO_FILE_KEYS.map((key) => GEO_FILES[key]).find((name) => request.url === `/${name}`);
        if (!file) return next();
        response.setHeader('Content-Type', 'application/json; charset=utf-8');
        response.end(readFileSync(join(GEO_DIR, file)));
      });
    },
  };
  return [build, serve];
}

/** The policy as a meta tag in the built page (any static server then enforces it), not in dev. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'petrograd-csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
      // The data downloads alongside the JavaScript instead of after it has started.
      ...[...GEO_FILE_KEYS.map((key) => `geo/${GEO_FILES[key]}`), CHECKED_FILE].map((href) => ({
        tag: 'link',
        attrs: { rel: 'preload', as: 'fetch', href, crossorigin: 'anonymous' },
        injectTo: 'head' as const,
      })),
    ],
  };
}

export default defineConfig({
  root: resolve(import.meta.dirname, 'src'),
  publicDir: resolve(import.meta.dirname, 'public'),
  base: './',
  plugins: [
    react(),
    geoData(),
    contentSecurityPolicy(),
    VitePWA({
      // Registered from main.tsx (no inline script, for the Content-Security-Policy).
      injectRegister: false,
      registerType: 'autoUpdate',
      manifest: {
        name: 'Petrograd 1917',
        short_name: 'Petrograd 1917',
        description: 'An offline time-map of Petrograd, 6–8 November 1917',
        lang: 'ru',
        display: 'fullscreen',
        background_color: PAPER.land,
        theme_color: PAPER.ink,
        icons: [{ src: 'icons/favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
      },
      workbox: {
        // Everything the app needs, so that after one visit it works with the network gone.
        globPatterns: ['**/*.{js,mjs,css,html,svg,pbf,json,geojson,webmanifest,txt}'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
  build: {
    outDir: resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // maplibre-gl and React in chunks of their own: they change rarely, and the benchmark
        // measures the app's own JavaScript apart from them.
        codeSplitting: {
          groups: [
            { name: 'maplibre-gl', test: /node_modules[\\/]maplibre-gl/ },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false, headers: { 'Content-Security-Policy': CSP_HEADER } },
  test: {
    root: resolve(import.meta.dirname),
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
  },
});
