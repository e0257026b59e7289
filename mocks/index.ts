import { getResponse, http, type HttpHandler } from 'msw';
import { PROVIDER_IDS, type ProviderId } from '../src/api/provider';
import { offsetClock, systemClock, type Clock, type ControllableClock } from './control/clock';
import { controlHandlers, type BackendSettings } from './control/handlers';
import { applyFault, createFaultRegistry } from './control/faults';
import { debouncedSaver, memoryStore, type StateStore } from './control/persistence';
import { bodyOf, createRequestLog, queryOf, type RequestLog } from './control/requests';
import { createDbcEmulator } from './dbc/emulator';
import { createIdc51Emulator } from './idc51/emulator';
import { createVsdEmulator } from './vsd/emulator';
import { createZStackEmulator } from './zstack/emulator';
import type { CreateEmulator, DatasetName, Emulator, EmulatorEnv } from './types';

const SETTINGS_KEY = 'settings';
const FAULTS_KEY = 'faults';

const FACTORIES: Record<ProviderId, CreateEmulator> = {
  dbc: createDbcEmulator,
  idc51: createIdc51Emulator,
  vsd: createVsdEmulator,
  zstack: createZStackEmulator,
};

export interface MockBackendOptions {
  /** Mount prefix: `*\/mock` in the browser (providers at /mock/<p>), `*` for the mock server (/<p>). */
  prefix: string;
  /**
   * The one origin whose `<mount>/__control` is the control API: the app's own in the browser, so a page never
   * drives the emulators through another site's URL. Unset: any origin (the mock server answers to whatever Host
   * it is reached by; in-process tests use made-up ones). Either way only `<mount>/__control` at the mount point.
   */
  controlOrigin?: string;
  /** The base clock (real time by default); the emulators run on it plus the offset `POST /__control/clock` adds. */
  clock?: Clock;
  store?: StateStore;
  /** Forces the time scale (e.g. `?timeScale=` in the browser); otherwise the saved one, else `defaultTimeScale`. */
  timeScale?: number;
  defaultTimeScale?: number;
  dataset?: DatasetName;
  strictAuth?: boolean;
  /** Debounce of state saves; 0 saves at once. */
  saveDelayMs?: number;
}

/** What a reset leaves in place (by default nothing: a reset is a fresh start). */
export interface ResetKeep {
  faults?: boolean;
  flags?: boolean;
}

export interface MockBackend {
  handlers: HttpHandler[];
  emulators: Record<ProviderId, Emulator>;
  env: EmulatorEnv;
  settings: BackendSettings;
  /** The emulators' clock (`env.clock`): the base clock plus an offset that only grows. */
  clock: ControllableClock;
  /** Every provider request received (the last 500), in memory only. */
  requests: RequestLog;
  /**
   * Reset providers (all by default) to a dataset and forget their saved state; their injected faults and flags
   * (an expired session) go too unless `keep` names them.
   */
  reset(dataset?: DatasetName, provider?: ProviderId, keep?: ResetKeep): void;
  /** Write pending state now (the page is being left). */
  flush(): void;
}

/**
 * Where the control API answers: the path `<mount>/__control/` and, when known, the one origin. The prefix is
 * `*<path>` (any origin) or an absolute URL (`http://localhost/mock` in some tests: its origin only).
 */
function controlLocation(prefix: string, controlOrigin: string | undefined): { path: string; origin?: string } {
  const mount = prefix.replace(/^\*/, '');
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(mount)) return { path: `${mount}/__control/`, origin: controlOrigin };
  const url = new URL(mount);
  return { path: `${url.pathname.replace(/\/$/, '')}/__control/`, origin: controlOrigin ?? url.origin };
}

/** Builds the four emulators, restores saved state, and mounts them with fault injection and the control API. */
export function createMockBackend(options: MockBackendOptions): MockBackend {
  const store = options.store ?? memoryStore();
  // Settings chosen in the Demo controls (dataset, speed, strict auth) survive a reload like the data does.
  // The clock offset is saved with them: the saved data holds emulator timestamps, so time must not go back.
  const saved = store.load(SETTINGS_KEY) as (Partial<BackendSettings> & { clockOffsetMs?: number }) | undefined;
  const settings: BackendSettings = {
    dataset: options.dataset ?? saved?.dataset ?? 'demo',
    timeScale: options.timeScale ?? saved?.timeScale ?? options.defaultTimeScale ?? 1,
    strictAuth: options.strictAuth ?? saved?.strictAuth ?? false,
  };
  const clock = offsetClock(options.clock ?? systemClock, typeof saved?.clockOffsetMs === 'number' ? saved.clockOffsetMs : 0);
  const saveSettings = () => store.save(SETTINGS_KEY, { ...settings, clockOffsetMs: clock.offset() });
  // Faults are saved like the data (at once: they are few and change rarely), so a reload keeps both.
  const faults = createFaultRegistry(42, () => store.save(FAULTS_KEY, faults.snapshot()));
  faults.restore(store.load(FAULTS_KEY));
  const requests = createRequestLog();
  const emulators = {} as Record<ProviderId, Emulator>;
  const save = debouncedSaver(store, (provider) => ({ dataset: settings.dataset, state: emulators[provider].snapshot() }), options.saveDelayMs ?? 300);
  const env: EmulatorEnv = {
    clock,
    faults,
    timeScale: () => settings.timeScale,
    strictAuth: () => settings.strictAuth,
    changed: (provider) => save(provider),
  };
  for (const provider of PROVIDER_IDS) {
    const emulator = FACTORIES[provider](env);
    emulator.reset(settings.dataset);
    const saved = store.load(provider) as { dataset?: DatasetName; state?: unknown } | undefined;
    if (saved?.dataset === settings.dataset && saved.state !== undefined) emulator.restore(saved.state);
    emulators[provider] = emulator;
  }

  function reset(dataset: DatasetName = settings.dataset, only?: ProviderId, keep: ResetKeep = {}) {
    settings.dataset = dataset;
    saveSettings();
    if (!keep.faults || !keep.flags) faults.clear(only, { rules: !keep.faults, flags: !keep.flags });
    for (const provider of only ? [only] : PROVIDER_IDS) {
      emulators[provider].reset(dataset);
      store.remove(provider);
    }
  }

  const control = controlHandlers(`${options.prefix}/__control`, {
    faults,
    settings,
    settingsChanged: saveSettings,
    reset,
    emulators,
    requests,
    clock,
    clockChanged: saveSettings,
  });
  const controlAt = controlLocation(options.prefix, options.controlOrigin);
  const handlers: HttpHandler[] = [
    // MSW's `*` matches any origin and any path before `/__control`; this gate admits only the mount point (and the
    // one origin, where there is one). Anything else falls through to the providers' handlers, or to a 404.
    http.all(`${options.prefix}/__control/*`, ({ request }) => {
      const url = new URL(request.url);
      const admitted = url.pathname.startsWith(controlAt.path) && (controlAt.origin === undefined || url.origin === controlAt.origin);
      return admitted ? getResponse(control, request) : undefined;
    }),
  ];
  // `*/mock` → `/mock`: what precedes `/<provider>` in a request's path.
  const mount = options.prefix.replace(/^\*/, '');
  for (const provider of PROVIDER_IDS) {
    const base = `${options.prefix}/${provider}`;
    const emulator = emulators[provider];
    const providerHandlers = emulator.handlers(base);
    // Every request of the provider passes here: it is logged, a matching fault answers (or delays it), else
    // the emulator's own handlers do. Nothing matched: undefined, and MSW lets the request through.
    handlers.push(
      http.all(`${base}/*`, async ({ request }) => {
        const url = new URL(request.url);
        const prefix = `${mount}/${provider}`;
        const entry = requests.record({
          provider,
          method: request.method,
          path: url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : url.pathname,
          query: queryOf(url),
          time: clock.now(),
        });
        entry.body(await bodyOf(request));
        const rule = faults.match(provider, request.method, url.pathname);
        const faulted = rule ? await applyFault(rule, (fault) => emulator.faultResponse(fault)) : undefined;
        const response = faulted ?? (await getResponse(providerHandlers, request));
        entry.answered(response?.status ?? null, rule?.id);
        return response;
      }),
    );
  }
  return { handlers, emulators, env, settings, clock, requests, reset, flush: save.flush };
}
