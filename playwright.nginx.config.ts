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
  use: { ...base.use, baseURL: process.env.NGINX_URL ?? 'http://127.0.0.1:4316' },
  webServer: undefined,
});
