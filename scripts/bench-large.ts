/**
 * `npm run bench:large`: the console on the `large` dataset, in a real browser (numbers, not pass/fail).
 * - /nodes with 500 DBC node ids: time to the first filled row and to all rows, peak DBC requests in flight.
 * - /vms with every provider's large inventory (10,000 ZStack VMs + DBC + vsd + 51idc): time to first row,
 *   total rows, and scroll smoothness (frame times while scrolling the virtual table).
 * Writes artifacts/bench-large.json. Needs a build (`npm run build`).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { pageControl } from '../e2e/control';

const PORT = 4320;
const base = `http://127.0.0.1:${PORT}`;

/** Peak number of DBC requests between request and response (the limiter should keep it at 6). */
function trackInFlight(page: Page, match: string) {
  let inFlight = 0;
  let peak = 0;
  let total = 0;
  let byPath: Record<string, number> = {};
  page.on('request', (request) => {
    if (!request.url().includes(match)) return;
    inFlight++;
    total++;
    const path = new URL(request.url()).pathname.replace(/\/[A-Za-z0-9]{16,}$/, '/<id>');
    byPath[path] = (byPath[path] ?? 0) + 1;
    peak = Math.max(peak, inFlight);
  });
  const done = (request: { url(): string }) => {
    if (request.url().includes(match)) inFlight = Math.max(0, inFlight - 1);
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return { peak: () => peak, total: () => total, byPath: () => byPath, reset: () => ((peak = inFlight), (total = 0), (byPath = {})) };
}

/**
 * Scrolls the first virtual table body by `stepPx` every 16 ms, 60 times, and returns frame-time statistics
 * from requestAnimationFrame. 120 px is a fast mouse wheel; 900 px (a screen per frame) is a hard fling.
 */
async function scrollFrames(page: Page, selector: string, stepPx: number) {
  return page.evaluate(
    async ({ sel, step }) => {
      const holder = document.querySelector(sel);
      if (!holder) return undefined;
      holder.scrollTop = 0;
      await new Promise((resolve) => setTimeout(resolve, 300));
      const frames: number[] = [];
      let last = performance.now();
      let running = true;
      const tick = (now: number) => {
        frames.push(now - last);
        last = now;
        if (running) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      for (let i = 0; i < 60; i++) {
        holder.scrollTop += step;
        await new Promise((resolve) => setTimeout(resolve, 16));
      }
      running = false;
      frames.sort((a, b) => a - b);
      const p = (q: number) => Math.round(frames[Math.min(frames.length - 1, Math.floor(frames.length * q))] ?? 0);
      return { stepPx: step, frames: frames.length, medianMs: p(0.5), p95Ms: p(0.95), maxMs: p(1), longFrames: frames.filter((f) => f > 50).length };
    },
    { sel: selector, step: stepPx },
  );
}

const scrollBoth = async (page: Page, selector: string) => ({ wheel: await scrollFrames(page, selector, 120), fling: await scrollFrames(page, selector, 900) });

async function main() {
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore' });
  await new Promise((resolve) => setTimeout(resolve, 2500));
  const browser = await chromium.launch({
    executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  const result: Record<string, unknown> = { date: new Date().toISOString() };
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    // tsx (esbuild keepNames) wraps functions in __name(): give evaluated code the same no-op helper.
    await page.addInitScript({ content: 'window.__name = (fn) => fn;' });
    await page.addInitScript(() => localStorage.setItem('vmdeck.preferences', JSON.stringify({ state: { locale: 'en', theme: 'light', hiddenColumns: {} }, version: 1 })));
    await page.goto(`${base}/settings/connections`);
    await page.getByTestId('connections-table').waitFor();
    // Switch the emulators to the large dataset and give the renter all 500 node ids the client knows.
    const control = pageControl(page);
    await control.reset({ dataset: 'large' });
    const nodeIds = await page.evaluate(async () => {
      const response = await fetch('/mock/dbc/api/v1/mining_nodes', { method: 'POST', body: JSON.stringify({ peer_nodes_list: [], additional: {} }) });
      const body = (await response.json()) as { message: { mining_nodes: Array<{ node_id: string }> } };
      const ids = body.message.mining_nodes.map((n) => n.node_id);
      localStorage.setItem('vmdeck.nodeIds', JSON.stringify({ state: { byConnection: { 'demo-dbc': ids } }, version: 1 }));
      return ids;
    });
    result.dbcNodeIds = nodeIds.length;

    const dbc = trackInFlight(page, '/mock/dbc/');
    let started = Date.now();
    await page.goto(`${base}/nodes`);
    // A row is filled when its state tag says Online (preferences pin English below).
    await page.locator('[data-testid^="node-state-"]', { hasText: 'Online' }).first().waitFor({ timeout: 60_000 });
    const firstNodeRowMs = Date.now() - started;
    await page
      .waitForFunction(() => document.querySelector('[data-testid="nodes-progress-demo-dbc"]')?.textContent?.includes('· 0 pending'), undefined, { timeout: 180_000 })
      .catch(() => undefined);
    result.nodes = {
      firstRowMs: firstNodeRowMs,
      allRowsMs: Date.now() - started,
      dbcRequests: dbc.total(),
      dbcRequestsByPath: dbc.byPath(),
      peakDbcInFlight: dbc.peak(),
      scroll: await scrollBoth(page, '.ant-table-tbody-virtual-holder'),
    };

    dbc.reset();
    started = Date.now();
    await page.goto(`${base}/vms?pageSize=10000`);
    await page.locator('.ant-table-row').first().waitFor({ timeout: 120_000 });
    const firstVmRowMs = Date.now() - started;
    // DBC rows arrive node by node: the first partial list shows as "…: N of 500 nodes answered".
    const firstDbcPartialMs = await page
      .getByTestId('vms-loading')
      .filter({ hasText: 'nodes answered' })
      .waitFor({ timeout: 60_000 })
      .then(() => Date.now() - started)
      .catch(() => undefined);
    await page.waitForFunction(() => !document.querySelector('[data-testid="vms-loading"]'), undefined, { timeout: 180_000 }).catch(() => undefined);
    const total = await page.getByTestId('vms-total').textContent().catch(() => null);
    result.vms = {
      firstRowMs: firstVmRowMs,
      firstDbcPartialMs,
      allConnectionsMs: Date.now() - started,
      totalText: total,
      dbcRequests: dbc.total(),
      dbcRequestsByPath: dbc.byPath(),
      peakDbcInFlight: dbc.peak(),
      scroll: await scrollBoth(page, '.ant-table-tbody-virtual-holder'),
    };
    await control.reset({ dataset: 'demo' });
  } finally {
    await browser.close();
    server.kill();
  }
  mkdirSync('artifacts', { recursive: true });
  writeFileSync('artifacts/bench-large.json', JSON.stringify(result, null, 2));
  console.log(JSON.stringify(result, null, 2));
}

await main();
