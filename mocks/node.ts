import { setupServer } from 'msw/node';
import { manualClock } from './control/clock';
import { createMockBackend, type MockBackendOptions } from './index';

/** In-process emulators for vitest: a manual clock, no persistence, instant time by default. */
export function setupMockServer(options: Partial<MockBackendOptions> = {}) {
  const clock = manualClock();
  const backend = createMockBackend({ prefix: '*/mock', clock, timeScale: 1, saveDelayMs: 0, ...options });
  // Nothing is saved unless asked for (a store): otherwise every request that slides a session or settles a job
  // would copy and serialise the whole state, seconds per page of ZStack's 10,000-VM dataset on 2 busy cores.
  if (!options.store) backend.env.changed = () => {};
  const server = setupServer(...backend.handlers);
  return { server, backend, clock };
}
