/**
 * The emulators' control API from Playwright: the console's own typed client (`src/api/control/client.ts`)
 * with an adapter that sends each call from inside the page. Used by the `control` fixture (e2e/fixtures.ts)
 * and by scripts driving a browser (scripts/bench-large.ts).
 */
import axios, { AxiosError, AxiosHeaders, type AxiosAdapter, type AxiosResponse } from 'axios';
import type { Page } from '@playwright/test';
import { createControlClient, type ControlClient } from '../src/api/control/client';
import { CONTROL_BASE } from '../src/api/control/types';

export type { ControlClient };

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

/** The control client for a page (which must show the console: its mock worker serves the API). */
export function pageControl(page: Page): ControlClient {
  return createControlClient(CONTROL_BASE, { adapter: pageAdapter(page) });
}
