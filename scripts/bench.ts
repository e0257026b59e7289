/**
 * `npm run bench`: numbers, not a pass/fail test.
 * - bundle: first-load JavaScript of the shell (entry + modulepreloads from dist/index.html), raw and gzip;
 *   the demo-only emulator chunk separately.
 * - demo mode: JavaScript a first visit actually loads with the emulators (gzip, from the built files).
 * - idle requests: requests on load, the polling while the demo's changing VMs settle, then requests in 60 s
 *   of idle time while visible (by path) and while the tab is hidden.
 * Run after `npm run build` (it builds when dist/ is missing). Writes artifacts/bench.json.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

function bundle() {
  if (!existsSync('dist/index.html')) spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
  const html = readFileSync('dist/index.html', 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] as string);
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const content = readFileSync(`dist/${file}`);
    raw += content.length;
    gzip += gzipSync(content).length;
  }
  const all = readdirSync('dist/assets').filter((f) => f.endsWith('.js'));
  const total = all.reduce((sum, f) => sum + gzipSync(readFileSync(`dist/assets/${f}`)).length, 0);
  return { firstLoadFiles: files.length, firstLoadKiB: kb(raw), firstLoadGzipKiB: kb(gzip), allChunks: all.length, allChunksGzipKiB: kb(total) };
}

async function idleRequests(seconds: number) {
  const port = 4319;
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore' });
  await new Promise((resolve) => setTimeout(resolve, 2500));
  const browser = await chromium.launch({
    executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    let count = 0;
    const urls: string[] = [];
    const scripts = new Set<string>();
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (path.startsWith('/assets/') && path.endsWith('.js')) scripts.add(path);
    });
    let lastRequestAt = Date.now();
    page.on('request', (request) => {
      if (request.url().includes('/mock/')) {
        count++;
        lastRequestAt = Date.now();
        urls.push(new URL(request.url()).pathname);
      }
    });
    const openedAt = Date.now();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForTimeout(5000);
    const afterLoad = count;
    count = 0;
    // The demo data has VMs mid-change (a create, a restart): the overview polls them until they settle.
    // Settled = 6 s without a request (at most 120 s); idle is measured from there.
    while (Date.now() - lastRequestAt < 6000 && Date.now() - openedAt < 120_000) await page.waitForTimeout(500);
    const settle = { settledAfterS: Math.round((Date.now() - openedAt) / 1000), pollRequestsWhileSettling: count };
    count = 0;
    const idleFrom = urls.length;
    await page.waitForTimeout(seconds * 1000);
    const visibleIdle = count;
    const idleByPath: Record<string, number> = {};
    for (const path of urls.slice(idleFrom)) idleByPath[path] = (idleByPath[path] ?? 0) + 1;
    count = 0;
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      Object.defineProperty(document, 'hidden', { value: true, configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await page.waitForTimeout(seconds * 1000);
    const demoGzip = [...scripts].reduce((sum, path) => sum + gzipSync(readFileSync(`dist${path}`)).length, 0);
    return { demoModeScripts: scripts.size, demoModeJsGzipKiB: kb(demoGzip), loadRequests: afterLoad, ...settle, idleVisibleRequests: visibleIdle, idleHiddenRequests: count, idleSeconds: seconds, idleVisibleByPath: idleByPath };
  } finally {
    await browser.close();
    server.kill();
  }
}

const seconds = Number(process.env.BENCH_IDLE_SECONDS ?? 60);
const result = { date: new Date().toISOString(), bundle: bundle(), idle: await idleRequests(seconds) };
mkdirSync('artifacts', { recursive: true });
writeFileSync('artifacts/bench.json', JSON.stringify(result, null, 2));
console.log(JSON.stringify(result, null, 2));
