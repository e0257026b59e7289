import { readFileSync } from 'node:fs';
import { test as base, expect, type Page } from '@playwright/test';
import { createControlClient } from '../src/api/control/client';

/**
 * The built console behind real nginx (scripts/nginx-smoke.ts starts it): every provider call goes
 * browser -> nginx /proxy/<id>/ -> mock server, checked in the mock server's own request log; nginx's headers
 * are checked on the answers; and no page may trigger a CSP violation or a console error.
 */
const MOCK_URL = process.env.MOCK_URL ?? 'http://127.0.0.1:4317';
const control = createControlClient(`${MOCK_URL}/__control`);
const SHOTS = '/tmp/shots/deploy';

/** Seeded VMs (mocks/dbc/seed.ts, mocks/zstack/seed.ts). */
const DBC_RUNNING = { id: 'Gq3kZ8vR2mXw9TbN4sLpYc', name: 'LLaMA-2 13B 微调 fine-tuning' };
const NODE_A = '58fb618aa482c41114eb3cfdaefd3ba183172da9e25251449d045043fbd37f45';
const ZSTACK_VM = { id: '7a3c1e5b9d2f4a6c8e0b2d4f6a8c0e2b', name: 'db-mysql-主库' };

/**
 * The demo credentials the mock server accepts, by connection id. Real connections may not carry them in
 * config.json, so the test puts them where "Remember for this tab" does (sessionStorage): signed in without typing.
 */
const shippedText = readFileSync(new URL('../public/config.json', import.meta.url), 'utf8');
const shipped = JSON.parse(shippedText) as { connections: { id: string; demoCredentials?: Record<string, string> }[] };
const secrets = Object.fromEntries(shipped.connections.map((c) => [c.id, c.demoCredentials ?? {}]));
const SESSION = { session_id: secrets['demo-dbc']?.sessionId, session_id_sign: secrets['demo-dbc']?.sessionIdSign };

interface Watch {
  violations: string[];
  consoleErrors: string[];
  pageErrors: string[];
}

const test = base.extend<{ watch: Watch }>({
  watch: [
    async ({ page }, use) => {
      const watch: Watch = { violations: [], consoleErrors: [], pageErrors: [] };
      await page.exposeFunction('__reportCspViolation', (text: string) => watch.violations.push(text));
      await page.addInitScript((byId) => {
        for (const [id, value] of Object.entries(byId)) sessionStorage.setItem(`vmdeck.secrets.${id}`, JSON.stringify(value));
        if (!localStorage.getItem('vmdeck.preferences')) {
          localStorage.setItem('vmdeck.preferences', JSON.stringify({ state: { hiddenColumns: {}, locale: 'en', theme: 'light' }, version: 1 }));
        }
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation;
          void report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
        });
      }, secrets);
      page.on('console', (message) => {
        if (message.type() === 'error') watch.consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => watch.pageErrors.push(error.message));
      await use(watch);
      expect(watch.violations, 'CSP violations reported by the browser').toEqual([]);
      expect(watch.consoleErrors, 'console errors').toEqual([]);
      expect(watch.pageErrors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

test.beforeEach(async () => {
  await control.reset({ dataset: 'demo' });
  await control.clearRequests();
});

async function openVms(page: Page) {
  await page.goto('/vms');
  await expect(page.getByTestId(`vm-row-${DBC_RUNNING.id}`)).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('vms-loading')).toHaveCount(0, { timeout: 20_000 });
}

test('nginx serves the console with the strict CSP, security headers and cache headers; deep links fall back to the app', async ({ page, request }) => {
  const assets: { url: string; cacheControl: string | undefined }[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/assets/')) assets.push({ url: response.url(), cacheControl: response.headers()['cache-control'] });
  });
  const document = await page.goto('/');
  expect(document?.status()).toBe(200);
  const headers = document?.headers() ?? {};
  const policy = headers['content-security-policy'] ?? '';
  for (const directive of ["default-src 'self'", "script-src 'self' 'wasm-unsafe-eval';", "connect-src 'self'", "img-src 'self' data:", "frame-ancestors http://portal.test;", "base-uri 'self'", "form-action 'self'", "object-src 'none'"]) {
    expect(policy).toContain(directive);
  }
  expect(policy).not.toContain("'unsafe-eval'");
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['cache-control']).toBe('no-cache');
  await expect(page.getByRole('link', { name: 'Overview' }).first()).toBeVisible({ timeout: 20_000 });

  // Hashed assets: cached for a year, never revalidated.
  expect(assets.length).toBeGreaterThan(0);
  for (const asset of assets) expect(asset, asset.url).toMatchObject({ cacheControl: 'public, max-age=31536000, immutable' });
  const config = await request.get('/config.json');
  expect(config.headers()['cache-control']).toBe('no-cache');
  expect(config.headers()['content-security-policy']).toBe(policy);
  expect((await config.json()) as unknown).toMatchObject({ connections: expect.arrayContaining([expect.objectContaining({ id: 'demo-dbc', baseUrl: '/proxy/demo-dbc' })]) });

  // The CSP can forbid inline script because the build has none: every <script> has a src.
  const html = await (await request.get('/')).text();
  expect(html).toMatch(/<script type="module" crossorigin src="\/assets\/index-[\w-]+\.js"><\/script>/);
  expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);

  // A console route reloaded in place gets the app; a missing asset is a 404, not the app under a .js name.
  const deep = await request.get(`/vms/demo-dbc/${DBC_RUNNING.id}`);
  expect(deep.status()).toBe(200);
  expect(deep.headers()['cache-control']).toBe('no-cache');
  expect(await deep.text()).toContain('<div id="root"></div>');
  const missing = await request.get('/assets/not-built-0000.js');
  expect(missing.status()).toBe(404);
  expect(missing.headers()['cache-control']).toBeUndefined();
  expect(missing.headers()['content-security-policy']).toBe(policy);
});

test('the VM list comes from all four providers through /proxy/<id>/: no emulator in the page, no cross-origin call', async ({ page }) => {
  const calls: string[] = [];
  page.on('request', (request) => calls.push(request.url()));
  await openVms(page);
  await page.goto('/vms?provider=zstack');
  await expect(page.getByRole('link', { name: ZSTACK_VM.name })).toBeVisible({ timeout: 20_000 });

  const origin = new URL(page.url()).origin;
  expect(calls.filter((url) => !url.startsWith(origin)), 'requests leaving the console origin').toEqual([]);
  expect(calls.filter((url) => new URL(url).pathname.startsWith('/mock/')), 'requests to the in-page emulators').toEqual([]);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  // Each provider's emulator, behind nginx, received the list's calls and answered them.
  for (const provider of ['dbc', 'idc51', 'vsd', 'zstack'] as const) {
    const received = await control.requests({ provider });
    expect(received.length, `${provider} calls received by the mock server`).toBeGreaterThan(0);
    expect(received.filter((r) => r.status !== 200), `${provider} calls not answered 200`).toEqual([]);
  }
  expect(calls.some((url) => url.startsWith(`${origin}/proxy/demo-zstack/zstack/v1/vm-instances`))).toBe(true);
});

test('a mutation goes through the proxy once, with its body, and starts a job', async ({ page }) => {
  await page.goto(`/vms/demo-dbc/${DBC_RUNNING.id}`);
  await expect(page.getByTestId('vm-title')).toHaveText(DBC_RUNNING.name, { timeout: 20_000 });
  await expect(page.getByTestId('action-shutdown')).toBeEnabled({ timeout: 20_000 });
  await control.clearRequests();
  const sent = page.waitForRequest((request) => request.method() === 'POST' && request.url().includes(`/proxy/demo-dbc/api/v1/tasks/shutdown/${DBC_RUNNING.id}`));
  await page.getByTestId('action-shutdown').click();
  await page.getByTestId('confirm-action').click();
  await sent;
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.getByTestId('jobs-open').click();
  await expect(page.getByTestId('jobs-drawer')).toContainText('Shut down');
  await expect(page.getByTestId('jobs-drawer')).toContainText(DBC_RUNNING.name);
  const shutdowns = await control.requests({ provider: 'dbc', method: 'POST', path: '/api/v1/tasks/shutdown/' });
  expect(shutdowns.map((r) => ({ path: r.path, status: r.status, body: r.body }))).toEqual([
    { path: `/api/v1/tasks/shutdown/${DBC_RUNNING.id}`, status: 200, body: { ...SESSION, peer_nodes_list: [NODE_A], additional: {} } },
  ]);
});

/**
 * Every page, reached as a user does once the console is loaded: through the side menu and in-page links (each
 * route's own code chunk loads then), after one full load. Deep links as full loads are covered above.
 */
const PAGES: { name: string; open: (page: Page) => Promise<void>; ready: (page: Page) => ReturnType<Page['getByTestId']> }[] = [
  { name: 'overview', open: (page) => page.locator('aside a[href="/"]').first().click(), ready: (page) => page.getByTestId('overview-errors') },
  { name: 'VMs', open: (page) => page.locator('aside a[href="/vms"]').click(), ready: (page) => page.getByTestId(`vm-row-${DBC_RUNNING.id}`) },
  { name: 'VM detail', open: (page) => page.getByTestId(`vm-link-${DBC_RUNNING.id}`).click(), ready: (page) => page.getByTestId('vm-title') },
  { name: 'snapshots', open: (page) => page.locator('aside a[href="/snapshots"]').click(), ready: (page) => page.getByTestId('snapshot-targets') },
  { name: 'nodes', open: (page) => page.locator('aside a[href="/nodes"]').click(), ready: (page) => page.getByText(NODE_A.slice(0, 8)).first() },
  { name: 'images', open: (page) => page.locator('aside a[href="/images"]').click(), ready: (page) => page.getByRole('table').first() },
  { name: 'jobs', open: (page) => page.locator('aside a[href="/jobs"]').click(), ready: (page) => page.locator('main .ant-table, main .ant-empty').first() },
  { name: 'connections', open: (page) => page.locator('aside a[href="/settings/connections"]').click(), ready: (page) => page.getByTestId('connections-table') },
  { name: 'preferences', open: (page) => page.getByRole('tab').nth(1).click(), ready: (page) => page.locator('main .ant-segmented') },
];

/** Every page in English and light; the other language and theme (other inline styles) on the busiest ones. */
for (const [locale, theme, pages] of [['en', 'light', PAGES], ['zh-CN', 'dark', PAGES.slice(0, 4)]] as const) {
  test(`no CSP violation and no console error on ${pages === PAGES ? 'any page' : 'the main pages'} (${locale}, ${theme})`, async ({ page }) => {
    await page.addInitScript((prefs) => {
      localStorage.setItem('vmdeck.preferences', JSON.stringify({ state: { hiddenColumns: {}, ...prefs }, version: 1 }));
    }, { locale, theme });
    await page.goto('/');
    for (const { name, open, ready } of pages) {
      await open(page);
      await expect(ready(page), name).toBeVisible({ timeout: 20_000 });
    }
    await openVms(page);
    await page.screenshot({ path: `${SHOTS}/vms-behind-nginx-${locale}-${theme}.png`, fullPage: true });
  });
}

test('demo mode behind the same nginx: the in-page emulators and the demo wallet (sr25519 in WebAssembly) run under the CSP', async ({ page, context }) => {
  // The shipped config.json (connections at /mock/<provider>): everything else (the app, its headers) is nginx's.
  // On the context: the demo wallet reads config.json again when signing, through the emulators' service worker.
  await context.route('**/config.json', (route) => route.fulfill({ contentType: 'application/json', body: shippedText }));
  await page.goto('/nodes');
  const panel = page.getByTestId('renter-demo-dbc');
  await expect(panel.getByTestId('renter-status')).toContainText('Signed in with a pasted session', { timeout: 20_000 });
  await panel.getByTestId('renter-sign-out').click();
  await panel.getByRole('tab', { name: 'Demo wallet' }).click();
  await panel.getByTestId('renter-demo-sign-in').click();
  await expect(panel.getByTestId('renter-status')).toContainText('Signed in as 5FnM3q7x');
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(1);
  await page.screenshot({ path: `${SHOTS}/demo-wallet-behind-nginx-en.png`, fullPage: true });
});
