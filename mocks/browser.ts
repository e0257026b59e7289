import { setupWorker } from 'msw/browser';
import { createMockBackend } from './index';
import { localStorageStore } from './control/persistence';
import { ignoreCancelledWorkerUpdates } from './serviceWorkerRace';

/** Demo time: DBC's "5-15 min" VM creation takes ~10-20 s. Overridable with ?timeScale= for demos and e2e. */
const DEMO_TIME_SCALE = 0.02;

/** Starts the emulators in the page's service worker; state is kept in localStorage across reloads. */
export async function startBrowserMocks(): Promise<void> {
  const param = new URLSearchParams(window.location.search).get('timeScale');
  const backend = createMockBackend({
    prefix: '*/mock',
    // Only this page's own /mock/__control drives the emulators, not the same path on any other origin it fetches.
    controlOrigin: window.location.origin,
    store: localStorageStore(window.localStorage),
    timeScale: param !== null && !Number.isNaN(Number(param)) ? Number(param) : undefined,
    defaultTimeScale: DEMO_TIME_SCALE,
  });
  // The last change (a VM just created) is saved at once when the page is left, not 300 ms later.
  window.addEventListener('pagehide', () => backend.flush());
  ignoreCancelledWorkerUpdates(window);
  const worker = setupWorker(...backend.handlers);
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true, serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` } });
}
