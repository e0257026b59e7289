/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { tanstackRouter } from '@tanstack/router-plugin/vite';
import { findDeployDescription } from './scripts/deploy/description.ts';
import { viteProxy } from './scripts/deploy/viteProxy.ts';
import { operatorPortal } from './scripts/operatorPortal.ts';

const alias = {
  '@': fileURLToPath(new URL('./src', import.meta.url)),
  '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
};

/** `/proxy/<connection-id>/` -> that provider, from the description nginx is rendered from (docs/deploy.md). */
const proxy = viteProxy(findDeployDescription(process.env, fileURLToPath(new URL('.', import.meta.url))));

const LOGIC_TESTS = ['mocks/**/*.test.ts', 'src/api/**/*.test.ts', 'src/domain/**/*.test.ts', 'src/i18n/**/*.test.ts', 'tests/**/*.test.ts'];

export default defineConfig({
  plugins: [
    // Generates src/routeTree.gen.ts (committed) and splits each route into its own lazy chunk.
    tanstackRouter({ target: 'react', autoCodeSplitting: true, routesDirectory: 'src/routes', generatedRouteTree: 'src/routeTree.gen.ts' }),
    react(),
    // The sample portal that embeds the console (docs/embed.md), in dev and preview only.
    operatorPortal(fileURLToPath(new URL('.', import.meta.url))),
  ],
  resolve: { alias },
  server: { proxy },
  preview: { proxy },
  build: {
    chunkSizeWarningLimit: 1500,
  },
  test: {
    globals: true,
    setupFiles: ['./tests/setup.ts'],
    css: false,
    // A hang guard, not a speed check: a page test that takes 4 s alone took 17 s on a 2-core machine under load.
    testTimeout: 30_000,
    // vitest's default is one worker per core minus one: a single worker on CI's 2 cores, with the main process mostly
    // idle. Two workers there took the unit suite from 403 s to 253 s (tests run on the manual clock, not machine speed).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Logic (emulators, API clients, the domain, catalogues, integration over the in-process emulators) runs in
    // plain Node: building a DOM for each of those files was most of the unit suite's time.
    projects: [
      { extends: true, test: { name: 'logic', environment: 'node', include: LOGIC_TESTS } },
      { extends: true, test: { name: 'dom', environment: 'jsdom', include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.tsx'], exclude: [...LOGIC_TESTS, 'node_modules/**'] } },
    ],
  },
});
