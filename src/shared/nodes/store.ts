import { create } from 'zustand';
import { persist } from 'zustand/middleware';

/**
 * The renter's DBC node ids, per connection (client state: the DBC client has no "my nodes" endpoint).
 * Shipped connections may preset them in config.json (`nodeIds`); the user's list then takes over.
 */
interface NodeIdsState {
  byConnection: Record<string, string[]>;
  presets: Record<string, string[]>;
  setPresets(presets: Record<string, string[]>): void;
  add(connectionId: string, ids: string[]): void;
  remove(connectionId: string, ids: string[]): void;
}

export const useNodeIds = create<NodeIdsState>()(
  persist(
    (set, get) => ({
      byConnection: {},
      presets: {},
      setPresets: (presets) => set({ presets }),
      add(connectionId, ids) {
        const current = readNodeIds(connectionId, get());
        set((state) => ({ byConnection: { ...state.byConnection, [connectionId]: [...current, ...ids.filter((id) => !current.includes(id))] } }));
      },
      remove(connectionId, ids) {
        const current = readNodeIds(connectionId, get());
        set((state) => ({ byConnection: { ...state.byConnection, [connectionId]: current.filter((id) => !ids.includes(id)) } }));
      },
    }),
    { name: 'vmdeck.nodeIds', version: 1, partialize: ({ byConnection }) => ({ byConnection }) },
  ),
);

/** The ids for a connection: the user's list once they changed it, else the config preset. */
export function readNodeIds(connectionId: string, state: Pick<NodeIdsState, 'byConnection' | 'presets'> = useNodeIds.getState()): string[] {
  return state.byConnection[connectionId] ?? state.presets[connectionId] ?? [];
}
