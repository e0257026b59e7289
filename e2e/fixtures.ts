import { test as base, expect, type Page } from '@playwright/test';
import { pageControl, type ControlClient } from './control';

export type { ControlClient };

export type Locale = 'en' | 'zh-CN';
export type Theme = 'light' | 'dark' | 'system';

/** Screenshots every run saves for a person to look at (artifacts/screenshots, not committed). */
export async function shot(page: Page, name: string) {
  await page.screenshot({ path: `artifacts/screenshots/${name}.png`, fullPage: true });
}

/** Starts a page with stored preferences, as a returning user would have them. */
export async function withPreferences(page: Page, prefs: { locale?: Locale; theme?: Theme }) {
  await page.addInitScript((state) => {
    if (!localStorage.getItem('vmdeck.preferences')) {
      localStorage.setItem('vmdeck.preferences', JSON.stringify({ state: { hiddenColumns: {}, ...state }, version: 1 }));
    }
  }, { locale: prefs.locale ?? 'en', theme: prefs.theme ?? 'light' });
}

/**
 * Opens the Snapshots area on freshly seeded emulators (the control API answers once the mock worker runs).
 * `realTime`: provider durations as documented (the demo's fast time would end jobs between two assertions), so
 * the test moves them on with the emulator clock; the request log starts empty.
 */
export async function openSnapshotsArea(page: Page, control: ControlClient, prefs: { locale?: Locale; theme?: Theme; realTime?: boolean } = {}) {
  await withPreferences(page, prefs);
  await page.goto('/snapshots');
  await expect(page.getByTestId('snapshot-targets')).toBeVisible({ timeout: 20_000 });
  await control.reset({ dataset: 'demo' });
  if (!prefs.realTime) return;
  await control.settings({ timeScale: 1 });
  await control.clearRequests();
}

/**
 * What the console itself keeps in the browser's storage, as one string to search. The demo's emulators
 * persist their state under `vmdeck.emulator.*`: that is the emulated provider's database (it holds the
 * sessions it issued, as the real node does), not the console's storage, so it is left out.
 */
export async function consoleStorage(page: Page, area: 'localStorage' | 'sessionStorage' | 'both' = 'both') {
  return page.evaluate((which) => {
    const pick = (storage: Storage) =>
      Object.fromEntries(Object.entries({ ...storage }).filter(([key]) => !key.startsWith('vmdeck.emulator.')));
    const parts = which === 'both' ? [localStorage, sessionStorage] : [which === 'localStorage' ? localStorage : sessionStorage];
    return JSON.stringify(parts.map(pick));
  }, area);
}

/** Fails the test on any uncaught page error: a console that throws is broken even if it looks fine. */
export const test = base.extend<{ pageErrors: string[]; control: ControlClient }>({
  /**
   * The emulators' control API (`src/api/control/client.ts`) for this test's page: reset, dataset, faults,
   * flags, settings, the log of provider requests, the emulator clock. Use it once the page shows the console.
   */
  control: async ({ page }, provide) => {
    await provide(pageControl(page));
  },
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
