import { test as base, expect, type Page } from '@playwright/test';

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

/** Fails the test on any uncaught page error: a console that throws is broken even if it looks fine. */
export const test = base.extend<{ pageErrors: string[] }>({
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
