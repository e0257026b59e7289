/** Dev helper: screenshot a page of a running console. `npx tsx scripts/shot.ts URL out.png [--dark] [--zh]` */
import { chromium } from '@playwright/test';

const [url = 'http://127.0.0.1:4173/', out = 'artifacts/shot.png', ...flags] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'] });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.addInitScript((prefs) => localStorage.setItem('vmdeck.preferences', JSON.stringify({ state: prefs, version: 1 })), {
  locale: flags.includes('--zh') ? 'zh-CN' : 'en',
  theme: flags.includes('--dark') ? 'dark' : 'light',
  hiddenColumns: {},
});
page.on('console', (msg) => { if (msg.type() === 'error') console.log('console error:', msg.text()); });
page.on('pageerror', (err) => console.log('page error:', err.message));
await page.goto(url);
await page.waitForTimeout(2500);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
console.log(out);
