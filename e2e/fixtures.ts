import { test as base, expect, type Page } from '@playwright/test';
import axios, { AxiosError, AxiosHeaders, type AxiosAdapter, type AxiosResponse } from 'axios';
import { createControlClient, type ControlClient } from '../src/api/control/client';
import { CONTROL_BASE } from '../src/api/control/types';

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

/**
 * Sends each control-API request from inside the page: the emulators run in the page (MSW service worker), so
 * only the page's own fetch reaches them. The page must show the console first (the worker starts with it).
 */
export function pageAdapter(page: Page): AxiosAdapter {
  return async (config) => {
    const url = axios.getUri(config);
    const method = (config.method ?? 'get').toUpperCase();
    const body = config.data === undefined || typeof config.data === 'string' ? (config.data as string | undefined) : JSON.stringify(config.data);
    const answer = await page
      .evaluate(
        async (request) => {
          const response = await fetch(request.url, {
            method: request.method,
            headers: request.body === undefined ? {} : { 'Content-Type': 'application/json' },
            body: request.body,
          });
          return { status: response.status, statusText: response.statusText, contentType: response.headers.get('content-type') ?? '', text: await response.text() };
        },
        { url, method, body },
      )
      .catch((error: unknown) => {
        throw new Error(`control API ${method} ${url} could not be sent from ${page.url()}: open a page of the console first (${String(error)})`);
      });
    // Without the mock worker, vite preview answers with its own page or a 404: not the control API.
    if (!answer.contentType.includes('application/json')) {
      throw new Error(`control API ${method} ${url} was not answered by the emulators (HTTP ${answer.status}, ${answer.contentType || 'no content type'}): is the console's mock worker running on ${page.url()}?`);
    }
    const response: AxiosResponse = {
      data: answer.text,
      status: answer.status,
      statusText: answer.statusText,
      headers: new AxiosHeaders({ 'content-type': answer.contentType }),
      config,
    };
    if (config.validateStatus && !config.validateStatus(answer.status)) {
      throw new AxiosError(`control API ${method} ${url}: HTTP ${answer.status} ${answer.text}`, AxiosError.ERR_BAD_RESPONSE, config, undefined, response);
    }
    return response;
  };
}

/** Fails the test on any uncaught page error: a console that throws is broken even if it looks fine. */
export const test = base.extend<{ pageErrors: string[]; control: ControlClient }>({
  /**
   * The emulators' control API (`src/api/control/client.ts`) for this test's page: reset, dataset, faults,
   * flags, settings, the log of provider requests, the emulator clock. Use it once the page shows the console.
   */
  control: async ({ page }, provide) => {
    await provide(createControlClient(CONTROL_BASE, { adapter: pageAdapter(page) }));
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
