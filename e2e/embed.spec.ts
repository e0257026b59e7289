import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createControlClient, type ControlClient } from '../src/api/control/client';
import { startMockServer } from '../mocks/server';
import { expect, test } from './fixtures';

/**
 * Embed mode from a real portal: the sample operator portal (examples/operator-portal/) on one local origin embeds
 * the console served by the same preview on another (127.0.0.1 vs localhost are different origins, and sites).
 */
const PORT = Number(process.env.E2E_PORT ?? 4173);
const PORTAL_ORIGIN = `http://127.0.0.1:${PORT}`;
const CONSOLE_ORIGIN = `http://localhost:${PORT}`;
const DBC_CLOSED = 'Ht5nC7xK1wQe8RfV3jMzUa'; // shut off, snapshots snap1 + snap-epoch90 (mocks/dbc/seed.ts)
const TREE_ROUTE = `/snapshots?connection=ops-dbc&vm=${DBC_CLOSED}`;

/**
 * The console on localhost is framed cross-site, where Chromium gives a frame no storage and no service worker
 * (third-party storage blocked, as in incognito or Safari): the in-page demo emulators cannot run there. So the
 * frame talks to a real provider endpoint, the emulators' HTTP server (`npm run mock-server`), with the renter's
 * session handed over by the portal in init, in memory only, as an operator's portal would.
 */
let provider: { close(): Promise<void>; port: number };
let control: ControlClient;
test.beforeAll(async () => {
  provider = await startMockServer(0, { timeScale: 1 }, () => undefined);
  control = createControlClient(`http://127.0.0.1:${provider.port}/__control`);
});
test.afterAll(async () => provider.close());

const shipped = JSON.parse(readFileSync(new URL('../public/config.json', import.meta.url), 'utf8')) as { connections: Array<Record<string, unknown>> };
const demoDbc = shipped.connections.find((entry) => entry.id === 'demo-dbc') ?? {};

/** config.json as the operator would write it: one real DBC client, the portal's origin allowed. */
async function operatorConfig(page: Page, origins: string[]) {
  await page.route('**/config.json', (route) =>
    route.fulfill({
      json: {
        connections: [{ id: 'ops-dbc', provider: 'dbc', name: 'DBC client', baseUrl: `http://127.0.0.1:${provider.port}/dbc`, era: 'current', nodeIds: demoDbc.nodeIds }],
        embed: { allowedOrigins: origins },
      },
    }),
  );
  // The portal's sign-in result (examples/operator-portal/portal.js reads it for init).
  await page.addInitScript((credentials) => {
    Object.assign(window, { vmdeckPortalInit: { connectionIds: ['ops-dbc'], credentials: { 'ops-dbc': credentials } } });
  }, demoDbc.demoCredentials as Record<string, string>);
}

function portalUrl(portalOrigin: string, consoleOrigin: string, params: Record<string, string> = {}) {
  const url = new URL('/examples/operator-portal/', portalOrigin);
  url.searchParams.set('console', consoleOrigin);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.href;
}

const log = (page: Page) => page.getByTestId('portal-log');
const consoleFrame = (page: Page) => page.frameLocator('[data-testid=portal-frame]');

/** The embedded page's content height against the frame's height, as the portal set it from heightChanged. */
async function heights(page: Page) {
  const frameHeight = await page.getByTestId('portal-frame').evaluate((element) => element.getBoundingClientRect().height);
  const content = await consoleFrame(page).getByTestId('embedded-shell').evaluate((element) => Math.ceil(element.getBoundingClientRect().height));
  // The frame's 1px borders are outside the content.
  return { frame: Math.round(frameHeight - 2), content };
}

test('the portal embeds the console: init in dark zh-CN, a snapshot tree deep link, a snapshot taken in the frame reported as job events, the frame sized to the content', async ({ page }) => {
  await operatorConfig(page, [PORTAL_ORIGIN]);
  await page.goto(portalUrl(PORTAL_ORIGIN, CONSOLE_ORIGIN, { theme: 'dark', locale: 'zh-CN', route: '/images', debug: '1' }));
  const frame = consoleFrame(page);

  // ready -> init: the console takes the portal's theme and language, without its own navigation or header.
  await expect(log(page).locator('li[data-type=ready]')).toHaveCount(1, { timeout: 20_000 });
  await expect(frame.getByTestId('images-table')).toBeVisible({ timeout: 20_000 });
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(frame.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(frame.getByRole('heading', { name: '镜像' })).toBeVisible();
  await expect(frame.getByTestId('side-nav')).toHaveCount(0);
  await expect(log(page).locator('li[data-type=routeChanged]').last()).toContainText('"/images"');
  // The frame waited for init: nothing was asked of the provider without the session the portal brings.
  await expect(log(page).locator('li[data-type=error]')).toHaveCount(0);

  // The portal navigates the frame to a VM's snapshot tree.
  await page.getByTestId('portal-route').fill(TREE_ROUTE);
  await page.getByTestId('portal-go').click();
  const tree = frame.getByRole('tree');
  await expect(tree.getByRole('treeitem').first()).toBeVisible({ timeout: 20_000 });
  await expect(log(page).locator('li[data-type=routeChanged]').last()).toContainText(DBC_CLOSED);

  // The frame follows the content's height (heightChanged), and it settles: the page does not size itself from the frame.
  await expect.poll(async () => { const h = await heights(page); return Math.abs(h.frame - h.content); }, { timeout: 10_000 }).toBeLessThanOrEqual(1);
  const settled = await heights(page);
  expect(settled.content).toBeGreaterThan(480);
  await page.screenshot({ path: '/tmp/shots/embed/portal-dark-zh.png', fullPage: true });

  // A snapshot taken inside the frame: the portal sees it start, then finish once the emulator's clock moves on.
  await control.clearRequests();
  await frame.getByTestId('snapshot-target-actions').getByRole('button').first().click();
  const dialog = frame.locator('.ant-modal').filter({ has: frame.getByTestId('snapshot-create-dialog') });
  await dialog.getByRole('textbox').first().fill('portal-snap');
  await dialog.getByTestId('snapshot-create-submit').click();
  await expect(dialog).toBeHidden();
  const started = log(page).locator('li[data-type=jobStarted]');
  await expect(started).toHaveCount(1);
  await expect(started).toContainText('"action":"snapshot.create"');
  await expect(started).toContainText('"connectionId":"ops-dbc"');
  await expect(log(page).locator('li[data-type=jobFinished]')).toHaveCount(0);
  const sent = await control.requests({ provider: 'dbc', method: 'POST', path: '/snapshot/create' });
  expect(sent).toHaveLength(1);
  expect(sent[0]!.body).toMatchObject({ additional: { snapshot_name: 'portal-snap' } });
  await control.advanceClock(2 * (60 + 1040 * 1.5) * 1000 + 1000);
  const finished = log(page).locator('li[data-type=jobFinished]');
  await expect(finished).toHaveCount(1, { timeout: 30_000 });
  await expect(finished).toContainText('"status":"succeeded"');

  // The portal's own controls: light theme and English reach the frame.
  await page.getByTestId('portal-theme').selectOption('light');
  await page.getByTestId('portal-locale').selectOption('en');
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(frame.locator('html')).toHaveAttribute('lang', 'en');
  await expect(frame.getByTestId('embed-debug')).toContainText('Accepted4');
  await page.screenshot({ path: '/tmp/shots/embed/portal-light-en.png', fullPage: true });
});

test('a message from a non-allowed origin changes nothing and is counted', async ({ page }) => {
  await operatorConfig(page, [PORTAL_ORIGIN]);
  await page.goto(portalUrl(PORTAL_ORIGIN, CONSOLE_ORIGIN, { theme: 'light', locale: 'en', route: '/images', debug: '1' }));
  const frame = consoleFrame(page);
  await expect(frame.getByTestId('images-table')).toBeVisible({ timeout: 20_000 });
  await expect(frame.getByTestId('embed-debug')).toContainText('Accepted1');
  const routes = await log(page).locator('li[data-type=routeChanged]').count();

  // A second frame on another origin (the console's own, which is not an allowed portal) writes to the console frame.
  await page.evaluate((src) => {
    const other = document.createElement('iframe');
    other.src = src;
    other.dataset.testid = 'other-frame';
    document.body.append(other);
  }, `${CONSOLE_ORIGIN}/favicon.svg`);
  const otherHandle = await page.locator('[data-testid=other-frame]').elementHandle();
  const other = await otherHandle?.contentFrame();
  if (!other) throw new Error('no second frame');
  await other.waitForLoadState();
  await other.evaluate(() => {
    const target = window.parent.frames[0];
    target?.postMessage({ protocol: 'vmdeck-embed', version: 1, type: 'setTheme', theme: 'dark' }, '*');
    target?.postMessage({ protocol: 'vmdeck-embed', version: 1, type: 'navigate', route: '/jobs' }, '*');
  });

  await expect(frame.getByTestId('embed-debug')).toContainText('Ignored: wrong origin2');
  await expect(frame.getByTestId('embed-debug')).toContainText('Accepted1');
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(frame.getByTestId('images-table')).toBeVisible();
  await expect(log(page).locator('li[data-type=routeChanged]')).toHaveCount(routes);
});

test('a page on a non-allowed origin that frames the console gets a refusal, not the console', async ({ page }) => {
  await operatorConfig(page, [PORTAL_ORIGIN]);
  // The same portal, served from the origin that is not allowed, framing the console on the other.
  await page.goto(portalUrl(CONSOLE_ORIGIN, PORTAL_ORIGIN, { route: '/vms' }));
  const frame = consoleFrame(page);
  await expect(frame.getByTestId('embed-refused')).toBeVisible({ timeout: 20_000 });
  await expect(frame.getByTestId('embed-refused')).toContainText('This console cannot be shown here');
  await expect(frame.getByTestId('embed-refused')).toContainText(CONSOLE_ORIGIN);
  await expect(frame.getByTestId('side-nav')).toHaveCount(0);
  await expect(frame.getByRole('table')).toHaveCount(0);
  await expect(log(page).locator('li')).toHaveCount(0);
  await page.screenshot({ path: '/tmp/shots/embed/refused-en.png', fullPage: true });
});

test.describe('a browser in Chinese', () => {
  test.use({ locale: 'zh-CN' });
  test('the refusal speaks the browser language', async ({ page }) => {
    await operatorConfig(page, [PORTAL_ORIGIN]);
    await page.goto(portalUrl(CONSOLE_ORIGIN, PORTAL_ORIGIN, { route: '/vms' }));
    const refused = consoleFrame(page).getByTestId('embed-refused');
    await expect(refused).toContainText('此控制台不能在这里显示', { timeout: 20_000 });
    await expect(refused).toContainText(`嵌入它的页面（${CONSOLE_ORIGIN}）不是允许的门户`);
    await page.screenshot({ path: '/tmp/shots/embed/refused-zh.png', fullPage: true });
  });
});

test('a frame without storage or a service worker: the demo says it cannot run there, the console still starts', async ({ page }) => {
  await page.addInitScript(() => {
    const deny = () => {
      throw new DOMException('The document is sandboxed and lacks the allow-same-origin flag.', 'SecurityError');
    };
    Object.defineProperty(window, 'localStorage', { configurable: true, get: deny });
    Object.defineProperty(window, 'sessionStorage', { configurable: true, get: deny });
    Object.defineProperty(Navigator.prototype, 'serviceWorker', { configurable: true, get: () => undefined });
  });
  await page.goto('/?embed=1');
  await expect(page.getByTestId('demo-unavailable')).toContainText('Demo mode is not available in this frame', { timeout: 20_000 });
  await expect(page.getByTestId('embedded-shell')).toBeVisible();
  await page.screenshot({ path: '/tmp/shots/embed/no-storage-en.png' });
});
