import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/**
 * The smoke suite behind real nginx (e2e-nginx/): started by scripts/nginx-smoke.ts, which runs nginx in front
 * of the built app and the mock server and passes their URLs (NGINX_URL, MOCK_URL). Same browser as e2e/.
 */
export default defineConfig({
  ...base,
  testDir: './e2e-nginx',
  outputDir: './test-results/nginx',
  fullyParallel: false,
  workers: 1,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-nginx.json' }]],
  use: {
    ...base.use,
    baseURL: process.env.NGINX_URL ?? 'http://127.0.0.1:4316',
    launchOptions: {
      ...base.use?.launchOptions,
      // e2e-nginx/embed.spec.ts frames the console (on 127.0.0.1) from fake portal origins (Playwright routing), which
      // Chromium's Local Network Access counts as public sites and blocks before any header is read (a permission
      // prompt for a real user; it cannot be granted to an http origin). A real portal and its console share a
      // network, so this check is off here: what allows or refuses a frame in these tests is nginx's CSP alone.
      args: [...(base.use?.launchOptions?.args ?? []), '--disable-features=LocalNetworkAccessChecks'],
    },
  },
  webServer: undefined,
});
