import { setupServer } from 'msw/node';
import { manualClock } from './control/clock';
import { createMockBackend, type MockBackendOptions } from './index';

/** In-process emulators for vitest: a manual clock, no persistence, instant time by default. */
export function setupMockServer(options: Partial<MockBackendOptions> = {}) {
  const clock = manualClock();
  const backend = createMockBackend({ prefix: '*/mock', clock, timeScale: 1, saveDelayMs: 0, ...options });
  const server = setupServer(...backend.handlers);
  return { server, backend, clock };
}
