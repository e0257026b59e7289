import type { ProviderId } from '../../src/api/provider';

/** Where emulator state goes between page loads: localStorage in the browser demo, nowhere in tests. */
export interface StateStore {
  load(key: string): unknown;
  save(key: string, data: unknown): void;
  remove(key: string): void;
}

export const memoryStore = (): StateStore => {
  const data = new Map<string, string>();
  return {
    load: (key) => {
      const raw = data.get(key);
      return raw === undefined ? undefined : JSON.parse(raw);
    },
    save: (key, value) => void data.set(key, JSON.stringify(value)),
    remove: (key) => void data.delete(key),
  };
};

const PREFIX = 'vmdeck.emulator.';

export const localStorageStore = (storage: Storage): StateStore => ({
  load(key) {
    const raw = storage.getItem(PREFIX + key);
    if (raw === null) return undefined;
    try {
      return JSON.parse(raw);
    } catch {
      return undefined;
    }
  },
  save(key, value) {
    try {
      storage.setItem(PREFIX + key, JSON.stringify(value));
    } catch {
      // Quota exceeded (the large dataset): the demo keeps working, it just will not survive a reload.
    }
  },
  remove: (key) => storage.removeItem(PREFIX + key),
});

/**
 * Saves a provider's state at most once per `waitMs`, so a burst of changes costs one write. `flush()` writes
 * what is pending at once (the page is going away: a navigation must not lose the last change).
 */
export function debouncedSaver(store: StateStore, read: (provider: ProviderId) => unknown, waitMs = 300) {
  const timers = new Map<ProviderId, ReturnType<typeof setTimeout>>();
  const write = (provider: ProviderId) => {
    timers.delete(provider);
    store.save(provider, read(provider));
  };
  const save = (provider: ProviderId) => {
    if (waitMs === 0) return write(provider);
    clearTimeout(timers.get(provider));
    timers.set(provider, setTimeout(() => write(provider), waitMs));
  };
  const flush = () => {
    for (const [provider, timer] of [...timers]) {
      clearTimeout(timer);
      write(provider);
    }
  };
  return Object.assign(save, { flush });
}
