import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { AppConfig, ConfiguredConnection } from '@/domain/connections/config';
import { readStoredConnectionsState } from '@/domain/connections/readBack';
import type { Connection } from '@/domain/connections/types';
import { closeRuntime } from '@/domain/providers/registry';
import { useNodeIds } from '../nodes/store';
import { useSecrets } from './secrets';

interface ConnectionsState {
  /** From config.json at start; not persisted, so an operator's config change shows up on reload. */
  shipped: ConfiguredConnection[];
  defaultActive: string[];
  /** The user's own connections and edits; persisted WITHOUT secrets (Connection has no secret fields). */
  userConnections: Connection[];
  overrides: Record<string, Connection>;
  hiddenShipped: string[];
  /** null until the user changes it: then config's activeConnectionIds applies. */
  activeIds: string[] | null;
  initFromConfig(config: AppConfig): void;
  save(connection: Connection): void;
  remove(id: string): void;
  setActive(id: string, active: boolean): void;
  restoreShipped(): void;
}

export const CONNECTIONS_KEY = 'vmdeck.connections';

export const useConnectionStore = create<ConnectionsState>()(
  persist(
    (set, get) => ({
      shipped: [],
      defaultActive: [],
      userConnections: [],
      overrides: {},
      hiddenShipped: [],
      activeIds: null,
      initFromConfig(config) {
        set({ shipped: config.connections, defaultActive: config.activeConnectionIds });
        useNodeIds.getState().setPresets(Object.fromEntries(config.connections.flatMap((c) => (c.nodeIds ? [[c.connection.id, c.nodeIds]] : []))));
        for (const entry of config.connections) {
          if (entry.demoCredentials) useSecrets.getState().provideDefaults(entry.connection.id, entry.demoCredentials);
        }
      },
      save(connection) {
        // Edited: the session made for the old settings is ended (a ZStack session would stay valid otherwise).
        void closeRuntime(connection.id);
        if (connection.origin === 'config') {
          set((state) => ({ overrides: { ...state.overrides, [connection.id]: connection } }));
          return;
        }
        const exists = get().userConnections.some((c) => c.id === connection.id);
        set((state) => ({
          userConnections: exists
            ? state.userConnections.map((c) => (c.id === connection.id ? connection : c))
            : [...state.userConnections, connection],
          activeIds: exists ? state.activeIds : [...activeIdsOf(state), connection.id],
        }));
      },
      remove(id) {
        // Clearing the secrets also ends the provider session; the caller purges the cached data (purge.ts).
        useSecrets.getState().clear(id);
        const shipped = get().shipped.some((entry) => entry.connection.id === id);
        set((state) => ({
          userConnections: state.userConnections.filter((c) => c.id !== id),
          hiddenShipped: shipped ? [...state.hiddenShipped, id] : state.hiddenShipped,
          activeIds: activeIdsOf(state).filter((active) => active !== id),
        }));
      },
      setActive(id, active) {
        set((state) => {
          const current = activeIdsOf(state).filter((existing) => existing !== id);
          return { activeIds: active ? [...current, id] : current };
        });
      },
      restoreShipped() {
        set((state) => ({ hiddenShipped: [], overrides: {}, activeIds: [...new Set([...activeIdsOf(state), ...state.defaultActive])] }));
      },
    }),
    {
      name: CONNECTIONS_KEY,
      version: 1,
      partialize: ({ userConnections, overrides, hiddenShipped, activeIds }) => ({ userConnections, overrides, hiddenShipped, activeIds }),
      // Stored connections pass the same checks as config.json and the form (bad ones are dropped, never used).
      merge: (persisted, current) => ({ ...current, ...readStoredConnectionsState(persisted) }),
    },
  ),
);

function activeIdsOf(state: Pick<ConnectionsState, 'activeIds' | 'defaultActive'>): string[] {
  return state.activeIds ?? state.defaultActive;
}

/** Every visible connection: shipped (with the user's edits, minus hidden ones), then the user's own. */
export function selectConnections(state: ConnectionsState): Connection[] {
  const shipped = state.shipped
    .filter((entry) => !state.hiddenShipped.includes(entry.connection.id))
    .map((entry) => state.overrides[entry.connection.id] ?? entry.connection);
  return [...shipped, ...state.userConnections];
}

export function selectActiveIds(state: ConnectionsState): string[] {
  return activeIdsOf(state);
}

export function findShipped(state: ConnectionsState, id: string): ConfiguredConnection | undefined {
  return state.shipped.find((entry) => entry.connection.id === id);
}
