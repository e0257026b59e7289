import { http, type HttpHandler } from 'msw';
import { PROVIDER_IDS, type ProviderId } from '../src/api/provider';
import { systemClock, type Clock } from './control/clock';
import { controlHandlers, type BackendSettings } from './control/handlers';
import { applyFault, createFaultRegistry } from './control/faults';
import { debouncedSaver, memoryStore, type StateStore } from './control/persistence';
import { createDbcEmulator } from './dbc/emulator';
import { createIdc51Emulator } from './idc51/emulator';
import { createVsdEmulator } from './vsd/emulator';
import { createZStackEmulator } from './zstack/emulator';
import type { CreateEmulator, DatasetName, Emulator, EmulatorEnv } from './types';

const SETTINGS_KEY = 'settings';

const FACTORIES: Record<ProviderId, CreateEmulator> = {
  dbc: createDbcEmulator,
  idc51: createIdc51Emulator,
  vsd: createVsdEmulator,
  zstack: createZStackEmulator,
};

export interface MockBackendOptions {
  /** Mount prefix: `*\/mock` in the browser (providers at /mock/<p>), `*` for the mock server (/<p>). */
  prefix: string;
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

export interface MockBackend {
  handlers: HttpHandler[];
  emulators: Record<ProviderId, Emulator>;
  env: EmulatorEnv;
  settings: BackendSettings;
  /** Reset providers (all by default) to a dataset and forget their saved state. */
  reset(dataset?: DatasetName, provider?: ProviderId): void;
  /** Write pending state now (the page is being left). */
  flush(): void;
}

/** Builds the four emulators, restores saved state, and mounts them with fault injection and the control API. */
export function createMockBackend(options: MockBackendOptions): MockBackend {
  const store = options.store ?? memoryStore();
  // Settings chosen in the Demo controls (dataset, speed, strict auth) survive a reload like the data does.
  const saved = store.load(SETTINGS_KEY) as Partial<BackendSettings> | undefined;
  const settings: BackendSettings = {
    dataset: options.dataset ?? saved?.dataset ?? 'demo',
    timeScale: options.timeScale ?? saved?.timeScale ?? options.defaultTimeScale ?? 1,
    strictAuth: options.strictAuth ?? saved?.strictAuth ?? false,
  };
  const saveSettings = () => store.save(SETTINGS_KEY, settings);
  const faults = createFaultRegistry();
  const emulators = {} as Record<ProviderId, Emulator>;
  const save = debouncedSaver(store, (provider) => ({ dataset: settings.dataset, state: emulators[provider].snapshot() }), options.saveDelayMs ?? 300);
  const env: EmulatorEnv = {
    clock: options.clock ?? systemClock,
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

  function reset(dataset: DatasetName = settings.dataset, only?: ProviderId) {
    settings.dataset = dataset;
    saveSettings();
    for (const provider of only ? [only] : PROVIDER_IDS) {
      emulators[provider].reset(dataset);
      store.remove(provider);
    }
  }

  const handlers: HttpHandler[] = [...controlHandlers(`${options.prefix}/__control`, { faults, settings, settingsChanged: saveSettings, reset, emulators })];
  for (const provider of PROVIDER_IDS) {
    const base = `${options.prefix}/${provider}`;
    const emulator = emulators[provider];
    // Runs first for every request of the provider; returning nothing lets the real handlers answer.
    handlers.push(
      http.all(`${base}/*`, async ({ request }) => {
        const path = new URL(request.url).pathname;
        const rule = faults.match(provider, request.method, path);
        return rule ? applyFault(rule, (fault) => emulator.faultResponse(fault)) : undefined;
      }),
      ...emulator.handlers(base),
    );
  }
  return { handlers, emulators, env, settings, reset, flush: save.flush };
}
