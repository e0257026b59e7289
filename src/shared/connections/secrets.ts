import { create } from 'zustand';
import type { AnySecrets } from '@/domain/connections/types';
import { forgetRuntime } from '@/domain/providers/registry';

const TAB_PREFIX = 'vmdeck.secrets.';

function tabStorage(): Storage | undefined {
  return typeof window === 'undefined' ? undefined : window.sessionStorage;
}

/** Secrets remembered for this tab (sessionStorage): read once at start. */
function loadRemembered(): { byId: Record<string, AnySecrets>; remembered: Record<string, boolean> } {
  const storage = tabStorage();
  const byId: Record<string, AnySecrets> = {};
  const remembered: Record<string, boolean> = {};
  if (!storage) return { byId, remembered };
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (!key?.startsWith(TAB_PREFIX)) continue;
    try {
      byId[key.slice(TAB_PREFIX.length)] = JSON.parse(storage.getItem(key) ?? '{}') as AnySecrets;
      remembered[key.slice(TAB_PREFIX.length)] = true;
    } catch {
      storage.removeItem(key);
    }
  }
  return { byId, remembered };
}

interface SecretsState {
  byId: Record<string, AnySecrets>;
  remembered: Record<string, boolean>;
  /** Replaces a connection's secrets. `rememberForTab` mirrors them to sessionStorage, never localStorage. */
  setSecrets(connectionId: string, secrets: AnySecrets, rememberForTab: boolean): void;
  /** Fills secrets only where none are set (demo credentials from config.json). */
  provideDefaults(connectionId: string, secrets: AnySecrets): void;
  clear(connectionId: string): void;
}

/** Passwords, session ids and signatures: memory only (deliberately not zustand/persist). */
export const useSecrets = create<SecretsState>()((set, get) => ({
  ...loadRemembered(),
  setSecrets(connectionId, secrets, rememberForTab) {
    const clean = Object.fromEntries(Object.entries(secrets).filter(([, value]) => value)) as AnySecrets;
    const storage = tabStorage();
    if (rememberForTab) storage?.setItem(TAB_PREFIX + connectionId, JSON.stringify(clean));
    else storage?.removeItem(TAB_PREFIX + connectionId);
    forgetRuntime(connectionId);
    set((state) => ({
      byId: { ...state.byId, [connectionId]: clean },
      remembered: { ...state.remembered, [connectionId]: rememberForTab },
    }));
  },
  provideDefaults(connectionId, secrets) {
    if (get().byId[connectionId]) return;
    set((state) => ({ byId: { ...state.byId, [connectionId]: secrets } }));
  },
  clear(connectionId) {
    tabStorage()?.removeItem(TAB_PREFIX + connectionId);
    forgetRuntime(connectionId);
    set((state) => {
      const { [connectionId]: _gone, ...byId } = state.byId;
      const { [connectionId]: _flag, ...remembered } = state.remembered;
      return { byId, remembered };
    });
  },
}));

/** The domain's secrets source: read at call time, so a session is signed in with the latest values. */
export const readSecrets = (connectionId: string): AnySecrets => useSecrets.getState().byId[connectionId] ?? {};
