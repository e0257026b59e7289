/**
 * `npm run bench:large`: the console on the `large` dataset, in a real browser (numbers, not pass/fail).
 * - /nodes with 500 DBC node ids: time to the first filled row and to all rows, peak DBC requests in flight.
 * - /vms with every provider's large inventory (10,000 ZStack VMs + DBC + vsd + 51idc): time to first row,
 *   total rows, and scroll smoothness (frame times while scrolling the virtual table).
 * - /snapshots, vsd `snapshot-stress-5000` (a 5,000-node tree): time to the first tree row and to the tree
 *   ready (its count shown), rendered treeitem rows (windowing), scroll frame times, End to the last row.
 * - /snapshots?view=snapshots (every snapshot of every connection): time to the first row and to all connections.
 * Writes artifacts/bench-large.json. Needs a build (`npm run build`).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { pageControl } from '../e2e/control';

/** BENCH_PORT when 4320 is taken (another worktree's bench). */
const PORT = Number(process.env.BENCH_PORT ?? 4320);
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

/** The 5,000-node vsd tree: load, windowing, scroll, and End (focus to the last row) timed in the page. */
async function benchSnapshotTree(page: Page) {
  await page.goto(`${base}/snapshots?connection=demo-vsd&q=snapshot-stress-5000`);
  const link = page.getByRole('link', { name: 'Open tree: snapshot-stress-5000' });
  await link.waitFor({ timeout: 120_000 });
  const href = await link.getAttribute('href');
  const started = Date.now();
  await page.goto(`${base}${href}`);
  const tree = page.getByTestId('snapshot-tree');
  await tree.getByRole('treeitem').first().waitFor({ timeout: 60_000 });
  const firstRowMs = Date.now() - started;
  await page.getByText('5000 snapshots').waitFor({ timeout: 60_000 });
  const readyMs = Date.now() - started;
  const renderedRows = await tree.getByRole('treeitem').count();
  const scroll = await scrollBoth(page, '[data-testid=snapshot-tree] .rc-virtual-list-holder');
  // Back to the top, focus the first row, then End: time until the last row holds focus (scrolled into view).
  await page.evaluate(() => {
    const holder = document.querySelector('[data-testid=snapshot-tree] .rc-virtual-list-holder');
    if (holder) holder.scrollTop = 0;
  });
  await tree.getByRole('treeitem').first().click();
  const endKey = await page.evaluate(async () => {
    const holder = document.querySelector('[data-testid=snapshot-tree] .rc-virtual-list-holder');
    const first = document.activeElement;
    if (!holder || !first || first.getAttribute('role') !== 'treeitem') return undefined;
    const start = performance.now();
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    const landed = await new Promise<boolean>((resolve) => {
      const check = () => {
        const active = document.activeElement;
        const atBottom = holder.scrollTop + holder.clientHeight >= holder.scrollHeight - 2;
        if (active && active !== first && active.getAttribute('role') === 'treeitem' && atBottom) resolve(true);
        else if (performance.now() - start > 10_000) resolve(false);
        else requestAnimationFrame(check);
      };
      check();
    });
    const active = document.activeElement;
    return { ms: Math.round(performance.now() - start), landed, level: active?.getAttribute('aria-level'), row: active?.getAttribute('data-testid') };
  });
  return { nodes: 5000, firstRowMs, readyMs, renderedRows, scroll, endKey };
}

/** Every snapshot of every connection (ZStack and 51idc in pages, vsd and DBC one read per VM). */
async function benchAllSnapshots(page: Page) {
  const started = Date.now();
  await page.goto(`${base}/snapshots?view=snapshots`);
  const firstRowMs = await page
    .locator('[data-testid=all-snapshots-table] .ant-table-row')
    .first()
    .waitFor({ timeout: 120_000 })
    .then(() => Date.now() - started)
    .catch(() => undefined);
  const allConnectionsMs = await page
    .waitForFunction(() => !document.querySelector('[data-testid=all-snapshots] .ant-spin-spinning'), undefined, { timeout: 300_000 })
    .then(() => Date.now() - started)
    .catch(() => undefined);
  const totalText = await page.getByTestId('all-snapshots-total').textContent().catch(() => null);
  const alerts = await page.locator('[data-testid^=all-snapshots-error-], [data-testid^=all-snapshots-failure-]').count();
  return { firstRowMs, allConnectionsMs, totalText, alerts, scroll: await scrollBoth(page, '[data-testid=all-snapshots-table] .ant-table-tbody-virtual-holder') };
}

/** Until the preview server answers (it may take a while on a loaded machine), at most 60 s. */
async function waitForServer() {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const up = await fetch(`${base}/config.json`).then((r) => r.ok, () => false);
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The preview server did not answer on ${base}`);
}

async function main() {
  // Its own process group: npx starts vite as a child, which killing npx alone would leave serving the port.
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
  await waitForServer();
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
    result.snapshotTree = await benchSnapshotTree(page);
    result.allSnapshots = await benchAllSnapshots(page);
    await control.reset({ dataset: 'demo' });
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid);
  }
  mkdirSync('artifacts', { recursive: true });
  writeFileSync('artifacts/bench-large.json', JSON.stringify(result, null, 2));
  console.log(JSON.stringify(result, null, 2));
}

await main();
