// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ignoreCancelledWorkerUpdates, isCancelledWorkerUpdate } from './serviceWorkerRace';

const cancelled = new TypeError("Failed to update a ServiceWorker for scope ('http://127.0.0.1:4173/') with script ('http://127.0.0.1:4173/mockServiceWorker.js'): Not found");

describe('the cancelled service-worker update msw leaves unhandled', () => {
  it('is recognised by its message, and nothing else is', () => {
    expect(isCancelledWorkerUpdate(cancelled)).toBe(true);
    expect(isCancelledWorkerUpdate(new TypeError("Failed to update a ServiceWorker for scope ('/') with script ('/sw.js'): An unknown error occurred"))).toBe(false);
    expect(isCancelledWorkerUpdate(new Error('Request failed with status code 404: Not found'))).toBe(false);
    expect(isCancelledWorkerUpdate('Failed to update a ServiceWorker for scope x: Not found')).toBe(false);
  });
  it('is kept from being reported; other rejections are not', () => {
    const listeners: Array<(event: { reason: unknown; preventDefault(): void }) => void> = [];
    ignoreCancelledWorkerUpdates({ addEventListener: ((_type: string, listener: never) => listeners.push(listener)) as Window['addEventListener'] });
    const dispatch = (reason: unknown) => {
      let prevented = false;
      for (const listener of listeners) listener({ reason, preventDefault: () => (prevented = true) });
      return prevented;
    };
    expect(dispatch(cancelled)).toBe(true);
    expect(dispatch(new Error('boom'))).toBe(false);
  });
});
