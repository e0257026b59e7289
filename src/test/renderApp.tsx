/**
 * renderApp: the one way a page or dialog test starts the console.
 *
 * It mounts what src/main.tsx mounts (QueryClientProvider, AppProviders: antd ConfigProvider + App, i18n,
 * notifications; RouterProvider over the real route tree) on a memory history, against the four provider
 * emulators running in-process (msw/node) on a manual clock. Connections and their secrets are seeded into
 * the real stores (default: the shipped demo connections of public/config.json with their demo credentials).
 * Everything is torn down when the test ends: the tree, the msw server, the query cache, provider runtimes,
 * every zustand store and both web storages.
 *
 *   const app = await renderApp('/vms/demo-dbc/Gq3k…', { connections: ['dbc'] });
 *   await app.user.click(await screen.findByRole('button', { name: 'Restart' }));
 *   app.clock.advance(60_000);                      // emulator jobs move on
 *   expect(app.requests.matching('POST', /tasks\/restart/)).toHaveLength(1);
 *   const gate = app.hold('POST', /tasks\/start/);   // the next such request waits until gate.release()
 *
 * Feature tests import from '@/test/…' only (features may not import mocks/ directly: eslint layers).
 */
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { RouterProvider, createMemoryHistory } from '@tanstack/react-router';
import { act, cleanup, configure, render, type RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConfigProvider } from 'antd';
import { StyleProvider } from '@ant-design/cssinjs';
import { http } from 'msw';
import { onTestFinished, vi } from 'vitest';
import type { ManualClock } from '../../mocks/control/clock';
import { setupMockServer } from '../../mocks/node';
import type { MockBackend } from '../../mocks/index';
import shippedConfigJson from '../../public/config.json';
import { AppProviders } from '@/app/AppProviders';
import { createQueryClient, shouldRetryRead } from '@/app/queryClient';
import { createAppRouter } from '@/app/router';
import type { DatasetName, FaultRule } from '@/api/control/types';
import { PROVIDER_IDS, type ProviderId } from '@/api/provider';
import { parseAppConfig, type AppConfig, type ConfiguredConnection } from '@/domain/connections/config';
import type { AnySecrets } from '@/domain/connections/types';
import { forgetRuntime } from '@/domain/providers/registry';
import type { Locale } from '@/i18n';
import { selectConnections, useConnectionStore } from '@/shared/connections/store';
import { useSecrets } from '@/shared/connections/secrets';
import { useRecentErrors } from '@/shared/errors/recent';
import { useLastImageSearch } from '@/features/images/lastSearch';
import { useLastVmSearch } from '@/features/vms/list/lastSearch';
import { useJobs } from '@/shared/jobs/store';
import { useNodeIds } from '@/shared/nodes/store';
import { usePreferences } from '@/shared/preferences/store';
import { ensureLayoutStubs } from './layout';

export interface EmulatorOptions {
  /** Seed data set of every emulator (default `demo`, the one e2e and the docs describe). */
  dataset?: DatasetName;
  /** Refuse requests without auth even where the provider's seed docs show none. */
  strictAuth?: boolean;
  /** Multiplies every provider duration (default 1: move jobs along with `clock.advance`). */
  timeScale?: number;
  /** Fault rules in place before the first request (more with `app.fault(...)`). */
  faults?: Array<Omit<FaultRule, 'id'>>;
}

export interface RenderAppOptions {
  /**
   * The connections the console starts with: shipped demo connections by provider (default all four), or
   * full entries (as parsed from a config.json). Demo credentials and node ids are seeded like at start.
   */
  connections?: readonly ProviderId[] | readonly ConfiguredConnection[];
  /** Secrets to set over the demo credentials, by connection id (memory only, as the app does). */
  secrets?: Record<string, AnySecrets>;
  /** UI language (default `en`). */
  locale?: Locale;
  /**
   * window.innerHeight (default 2400). jsdom lays nothing out, so the virtual VM table shows as many rows as
   * its pixel height holds (its height follows the window): 2400 fits the 30 demo VMs; 10,000 rows need more.
   */
  viewportHeight?: number;
  emulator?: EmulatorOptions;
  /**
   * Read retries: `none` (default) fails a read at once; `app` keeps the console's policy (retriable errors
   * only, up to three times) without its backoff, for tests about retrying.
   */
  retries?: 'none' | 'app';
}

/** One request an emulator received (in order of arrival, including ones a fault answered). */
export interface ReceivedRequest {
  method: string;
  url: string;
  /** Path below the provider's mount, e.g. `/api/v1/tasks/start/Gq3k…`. */
  path: string;
  provider?: ProviderId | 'control';
}

export interface RequestLog extends ReadonlyArray<ReceivedRequest> {
  /** Requests with this method whose provider path matches. */
  matching(method: string, path: RegExp | string, provider?: ProviderId): ReceivedRequest[];
}

/** A request held in flight by `app.hold`: it reaches the emulator only once released. */
export interface HeldRequests {
  /** How many matching requests are waiting now. */
  readonly waiting: number;
  /** Resolves when at least `count` matching requests have arrived (default 1). */
  arrived(count?: number): Promise<void>;
  /** Lets every held (and every later) matching request through. */
  release(): void;
}

export interface AppHarness extends RenderResult {
  user: ReturnType<typeof userEvent.setup>;
  router: ReturnType<typeof createAppRouter>;
  queryClient: QueryClient;
  /** The emulators: `backend.emulators.dbc.snapshot()`, `backend.env.faults`, `backend.reset()`. */
  backend: MockBackend;
  /** The emulators' clock (manual): `clock.advance(ms)` moves provider jobs along. */
  clock: ManualClock;
  requests: RequestLog;
  /** Adds a fault rule (the same the Demo controls add), e.g. a refusal of the next create. */
  fault(rule: Omit<FaultRule, 'id'>): FaultRule;
  /** Holds matching requests in flight until released: for asserting what the UI does meanwhile. */
  hold(method: string, path: RegExp | string): HeldRequests;
  /** The msw server: `server.use(handler)` answers a URL the emulators do not serve (a web page, a network error). */
  server: ReturnType<typeof setupMockServer>['server'];
}

// findBy* / waitFor wait for the app, not for a fixed time: generous for 2 shared cores, never slept through.
configure({ asyncUtilTimeout: 8_000 });
// A page test renders the whole console and types like a user: on a loaded CI box that takes tens of seconds.
vi.setConfig({ testTimeout: 60_000 });

const shipped: AppConfig = (() => {
  const parsed = parseAppConfig(shippedConfigJson);
  if (!parsed.ok) throw new Error(`public/config.json is invalid: ${JSON.stringify(parsed.issues)}`);
  return parsed.config;
})();

/** The shipped demo connection of a provider, as config.json has it. */
export function demoConnection(provider: ProviderId): ConfiguredConnection {
  const entry = shipped.connections.find((c) => c.connection.provider === provider);
  if (!entry) throw new Error(`public/config.json ships no ${provider} connection`);
  return entry;
}

/** Store states as first created (before any test), to put back after each test. */
const pristine = {
  connections: useConnectionStore.getState(),
  secrets: useSecrets.getState(),
  jobs: useJobs.getState(),
  nodeIds: useNodeIds.getState(),
  preferences: usePreferences.getState(),
  recentErrors: useRecentErrors.getState(),
  lastVmSearch: useLastVmSearch.getState(),
  lastImageSearch: useLastImageSearch.getState(),
};

function forgetAllRuntimes() {
  for (const connection of selectConnections(useConnectionStore.getState())) forgetRuntime(connection.id);
  for (const entry of shipped.connections) forgetRuntime(entry.connection.id);
}

/** Every store back to its first state and nothing in localStorage / sessionStorage. */
export function resetAppState(): void {
  forgetAllRuntimes();
  localStorage.clear();
  sessionStorage.clear();
  useConnectionStore.setState(pristine.connections, true);
  useSecrets.setState(pristine.secrets, true);
  useJobs.setState(pristine.jobs, true);
  useNodeIds.setState(pristine.nodeIds, true);
  usePreferences.setState(pristine.preferences, true);
  useRecentErrors.setState(pristine.recentErrors, true);
  useLastVmSearch.setState(pristine.lastVmSearch, true);
  useLastImageSearch.setState(pristine.lastImageSearch, true);
  // The persisted stores wrote their first state back: start from really empty storage.
  localStorage.clear();
}

function providerOf(pathname: string): { provider?: ReceivedRequest['provider']; path: string } {
  const match = /\/mock\/([^/]+)(\/.*)?$/.exec(pathname);
  if (!match) return { path: pathname };
  const name = match[1] ?? '';
  const provider = name === '__control' ? 'control' : (PROVIDER_IDS as readonly string[]).includes(name) ? (name as ProviderId) : undefined;
  return { provider, path: match[2] ?? '/' };
}

const matches = (pattern: RegExp | string, path: string) => (typeof pattern === 'string' ? path.includes(pattern) : pattern.test(path));

/** Where antd's CSS-in-JS writes its styles in tests (see the render below). */
const styleSink = document.createElement('div');

export async function renderApp(route: string, options: RenderAppOptions = {}): Promise<AppHarness> {
  ensureLayoutStubs();
  resetAppState();
  const innerHeight = window.innerHeight;
  window.innerHeight = options.viewportHeight ?? 2400;

  // Emulators: in-process, manual clock, fresh state.
  const emulator = options.emulator ?? {};
  const { server, backend, clock } = setupMockServer({ prefix: '*/mock', dataset: emulator.dataset ?? 'demo', strictAuth: emulator.strictAuth ?? false, timeScale: emulator.timeScale ?? 1 });
  for (const rule of emulator.faults ?? []) backend.env.faults.add(rule);
  // The console's query client; reads fail at once unless the test asks for the real retry policy.
  const queryClient = createQueryClient();
  const defaults = queryClient.getDefaultOptions();
  queryClient.setDefaultOptions({
    ...defaults,
    queries: { ...defaults.queries, retry: options.retries === 'app' ? shouldRetryRead : false, retryDelay: 0 },
  });
  const held: Array<() => void> = [];
  onTestFinished(() => {
    held.forEach((release) => release());
    cleanup();
    queryClient.clear();
    server.close();
    resetAppState();
    window.innerHeight = innerHeight;
  });
  const log: ReceivedRequest[] = [];
  const requests = Object.assign(log, {
    matching: (method: string, path: RegExp | string, provider?: ProviderId) =>
      log.filter((r) => r.method === method.toUpperCase() && (provider === undefined || r.provider === provider) && matches(path, r.path)),
  }) as unknown as RequestLog;
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    log.push({ method: request.method, url: request.url, ...providerOf(url.pathname) });
  });
  server.listen({ onUnhandledRequest: 'error' });

  // Client state as at start: config connections (+ demo credentials and node ids), then the test's secrets.
  const entries: ConfiguredConnection[] = (options.connections ?? PROVIDER_IDS).map((c) => (typeof c === 'string' ? demoConnection(c) : c));
  useConnectionStore.getState().initFromConfig({ ...shipped, connections: entries, activeConnectionIds: entries.map((e) => e.connection.id) });
  for (const [id, secrets] of Object.entries(options.secrets ?? {})) useSecrets.getState().setSecrets(id, secrets, false);
  usePreferences.setState({ locale: options.locale ?? 'en', theme: 'light' });

  const router = createAppRouter(queryClient, { history: createMemoryHistory({ initialEntries: [route] }) });

  const user = userEvent.setup();

  await act(() => router.load());
  const result = render(
    <QueryClientProvider client={queryClient}>
      {/* antd's generated CSS goes to a detached node: jsdom would match its ~450 KB on every getComputedStyle
          (each *ByRole query, each pointer event), making a query take a second. Without motion, since jsdom
          never ends a CSS animation and a closed dialog would stay in the tree for good. */}
      <StyleProvider container={styleSink}>
        <ConfigProvider theme={{ token: { motion: false } }}>
          <AppProviders>
            <RouterProvider router={router} />
          </AppProviders>
        </ConfigProvider>
      </StyleProvider>
    </QueryClientProvider>,
  );

  function hold(method: string, path: RegExp | string): HeldRequests {
    let open = false;
    let waiting = 0;
    let arrivedCount = 0;
    const waiters: Array<() => void> = [];
    const gates: Array<() => void> = [];
    const release = () => {
      open = true;
      gates.splice(0).forEach((go) => go());
    };
    held.push(release);
    // Runs before the emulators' handlers; resolving with nothing lets the request on to them.
    server.use(
      http.all('*/mock/*', async ({ request }) => {
        if (open || request.method !== method.toUpperCase() || !matches(path, providerOf(new URL(request.url).pathname).path)) return undefined;
        arrivedCount++;
        waiting++;
        waiters.splice(0).forEach((notify) => notify());
        await new Promise<void>((resolve) => gates.push(resolve));
        waiting--;
        return undefined;
      }),
    );
    return {
      get waiting() {
        return waiting;
      },
      async arrived(count = 1) {
        while (arrivedCount < count) await new Promise<void>((resolve) => waiters.push(resolve));
      },
      release,
    };
  }

  return {
    ...result,
    user,
    router,
    queryClient,
    backend,
    clock,
    requests,
    fault: (rule) => backend.env.faults.add(rule),
    hold,
    server,
  };
}
