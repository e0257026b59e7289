import { readFileSync } from 'node:fs';
import { test as base, expect, type Page } from '@playwright/test';
import { createControlClient } from '../src/api/control/client';

/**
 * Embedding behind real nginx (scripts/nginx-smoke.ts): the served config.json allows one portal,
 * http://portal.test, and nginx's CSP frame-ancestors were rendered from that same file. Portal pages on fake
 * origins are served by Playwright's request routing (no DNS needed): the allowed one runs the sample operator
 * portal (examples/operator-portal/) against the console behind nginx; a page on http://evil.test frames it too.
 */
const NGINX_URL = process.env.NGINX_URL ?? 'http://127.0.0.1:4316';
const MOCK_URL = process.env.MOCK_URL ?? 'http://127.0.0.1:4317';
const control = createControlClient(`${MOCK_URL}/__control`);
const SHOTS = '/tmp/shots/embednginx';
const PORTAL = 'http://portal.test';
const EVIL = 'http://evil.test';
const ZSTACK_VM = { id: '7a3c1e5b9d2f4a6c8e0b2d4f6a8c0e2b', name: 'db-mysql-主库' }; // mocks/zstack/seed.ts

const SAMPLE = new URL('../examples/operator-portal/', import.meta.url);
const shipped = JSON.parse(readFileSync(new URL('../public/config.json', import.meta.url), 'utf8')) as {
  connections: { id: string; demoCredentials?: Record<string, string> }[];
};
const zstackPassword = shipped.connections.find((c) => c.id === 'demo-zstack')?.demoCredentials ?? {};

interface Watch {
  /** securitypolicyviolation events, in the portal page and in every frame of it. */
  violations: string[];
  /** Console messages of the page and its frames (Chromium logs a frame-ancestors refusal there). */
  console: { type: string; text: string }[];
  /** Every URL the page or its frames asked for. */
  requests: string[];
}

const test = base.extend<{ watch: Watch }>({
  watch: async ({ page }, provide) => {
    const watch: Watch = { violations: [], console: [], requests: [] };
    // Bindings and init scripts reach every frame, the console's cross-origin frame included.
    await page.exposeFunction('__reportCspViolation', (text: string) => watch.violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation;
        void report(`${location.origin}: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`);
      });
    });
    page.on('console', (message) => watch.console.push({ type: message.type(), text: message.text() }));
    page.on('request', (request) => watch.requests.push(request.url()));
    await provide(watch);
  },
});

/** Serves a fake origin: `pages` by path, the sample portal's files under /examples/operator-portal/, else 404. */
async function serveOrigin(page: Page, origin: string, pages: Record<string, string> = {}) {
  await page.route(`${origin}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    const own = pages[path];
    if (own !== undefined) return route.fulfill({ contentType: 'text/html', body: own });
    const sample = /^\/examples\/operator-portal\/(index\.html|portal\.js|portal\.css)?$/.exec(path);
    if (!sample) return route.fulfill({ status: 404, body: '' });
    const file = sample[1] ?? 'index.html';
    const type = { 'index.html': 'text/html', 'portal.js': 'text/javascript', 'portal.css': 'text/css' }[file];
    return route.fulfill({ contentType: type, body: readFileSync(new URL(file, SAMPLE), 'utf8') });
  });
}

// Chromium's Local Network Access check is off in this suite (playwright.nginx.config.ts): the CSP alone decides.
test.beforeEach(async () => {
  await control.reset({ dataset: 'demo' });
  await control.clearRequests();
});

test('the console behind nginx is set as the served config.json says: its allowed portal is the CSP frame-ancestors', async ({ request }) => {
  const config = (await (await request.get('/config.json')).json()) as { embed: { allowedOrigins: string[] } };
  expect(config.embed.allowedOrigins).toEqual([PORTAL]);
  const policy = (await request.get('/?embed=1')).headers()['content-security-policy'] ?? '';
  expect(policy).toContain(`frame-ancestors ${PORTAL};`);
});

test('an allowed portal frames the console behind nginx: ready, init in zh-CN and dark, ZStack through the proxy, no CSP violation', async ({ page, watch }) => {
  await serveOrigin(page, PORTAL);
  // The portal's signed-in user: one connection and its credentials, handed over in init (examples/operator-portal/portal.js).
  await page.addInitScript((credentials) => {
    if (location.origin === 'http://portal.test') {
      Object.assign(window, { vmdeckPortalInit: { connectionIds: ['demo-zstack'], credentials: { 'demo-zstack': credentials } } });
    }
  }, zstackPassword);
  const portal = new URL('/examples/operator-portal/', PORTAL);
  for (const [key, value] of Object.entries({ console: NGINX_URL, theme: 'dark', locale: 'zh-CN', route: '/vms?provider=zstack' })) {
    portal.searchParams.set(key, value);
  }
  await page.goto(portal.href);

  // The console answers ready to the portal (the portal logs what it received from the frame's origin only).
  const log = page.getByTestId('portal-log');
  await expect(log.locator('li[data-type=ready]')).toHaveCount(1, { timeout: 20_000 });
  const frame = page.frameLocator('[data-testid=portal-frame]');
  await expect(frame.getByRole('link', { name: ZSTACK_VM.name })).toBeVisible({ timeout: 20_000 });
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(frame.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(frame.getByTestId('side-nav')).toHaveCount(0);
  await expect(frame.getByTestId('embed-refused')).toHaveCount(0);
  await expect(log.locator('li[data-type=routeChanged]').last()).toContainText('/vms');
  await expect(log.locator('li[data-type=error]')).toHaveCount(0);

  // The frame is the console behind nginx, and its provider calls went through nginx's /proxy/ with init's session.
  const frameUrl = page.frames().find((candidate) => candidate.url().startsWith(NGINX_URL))?.url();
  expect(frameUrl).toBe(`${NGINX_URL}/vms?provider=zstack`);
  expect(watch.requests.some((url) => url.startsWith(`${NGINX_URL}/proxy/demo-zstack/zstack/v1/vm-instances`))).toBe(true);
  const listed = await control.requests({ provider: 'zstack', path: '/zstack/v1/vm-instances' });
  expect(listed.length).toBeGreaterThan(0);
  expect(listed.filter((r) => r.status !== 200)).toEqual([]);

  // The portal sized the frame from heightChanged, and it settled on the content's height (then the shot shows it all).
  const heights = async () => ({
    frame: Math.round((await page.getByTestId('portal-frame').evaluate((element) => element.getBoundingClientRect().height)) - 2),
    content: await frame.getByTestId('embedded-shell').evaluate((element) => Math.ceil(element.getBoundingClientRect().height)),
  });
  await expect.poll(async () => { const h = await heights(); return Math.abs(h.frame - h.content); }, { timeout: 10_000 }).toBeLessThanOrEqual(1);
  await expect(frame.getByRole('link', { name: ZSTACK_VM.name })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/portal-behind-nginx-zh-dark.png`, fullPage: true });
  expect(watch.violations, 'CSP violations in the portal or the console frame').toEqual([]);
  expect(watch.console.filter((message) => message.type === 'error')).toEqual([]);
});

test('a page on another origin cannot frame the console: the browser refuses it by frame-ancestors, the console never runs', async ({ page, watch }) => {
  await serveOrigin(page, EVIL, { '/': `<!doctype html><title>Not a portal</title><iframe id="console" src="${NGINX_URL}/?embed=1" width="800" height="400"></iframe>` });
  const refusal = page.waitForEvent('console', (message) => message.text().includes('frame-ancestors'));
  await page.goto(`${EVIL}/`);

  // Chromium reports the refusal in the framing page, naming the rendered policy.
  expect((await refusal).text()).toContain(`frame-ancestors ${PORTAL}`);
  // nginx answered, but the browser showed nothing of it: no console document, no script of it loaded.
  expect(watch.requests).toContain(`${NGINX_URL}/?embed=1`);
  const frame = page.frameLocator('#console');
  await expect(frame.locator('#root')).toHaveCount(0);
  expect(watch.requests.filter((url) => url.startsWith(`${NGINX_URL}/assets/`))).toEqual([]);
  expect(watch.requests.filter((url) => url.startsWith(`${NGINX_URL}/config.json`))).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/evil-refused-by-nginx.png` });
});
