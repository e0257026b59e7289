import { create } from 'zustand';
import { isProviderError } from '@/api/errors';
import type { ProviderId } from '@/api/provider';

/** Where a failed read came from: a connection and the area of data it was for. */
export interface ReadSource {
  connectionId: string;
  area: ReadArea;
}

export type ReadArea = 'vms' | 'nodes' | 'images' | 'snapshots' | 'connection';

export interface RecentError {
  at: number;
  provider?: ProviderId;
  code: string;
  message: string;
  messageZh?: string;
  /** Set for a failed read (a list or check), not for a failed action. */
  source?: ReadSource;
}

const KEEP = 10;

const sourceKey = (source: ReadSource) => `${source.connectionId}/${source.area}`;

function entryOf(error: unknown, at: number): RecentError {
  return isProviderError(error)
    ? { at, provider: error.provider, code: error.code, message: error.message, messageZh: error.messageZh }
    : { at, code: 'ERROR', message: error instanceof Error ? error.message : String(error) };
}

interface RecentErrorsState {
  errors: RecentError[];
  /** Reads failing now (by connection/area): each is listed once until it answers again. */
  failingReads: Record<string, true>;
  push(error: unknown, at?: number): void;
  /** A read failed: one entry per connection and area until `readRecovered`, however often it is retried or polled. */
  pushRead(source: ReadSource, error: unknown, at?: number): void;
  readRecovered(source: ReadSource): void;
  clear(): void;
}

/** The last errors the console showed or a read met (in memory; the overview lists them). */
export const useRecentErrors = create<RecentErrorsState>()((set, get) => ({
  errors: [],
  failingReads: {},
  push: (error, at = Date.now()) =>
    set((state) => {
      const entry = entryOf(error, at);
      const previous = state.errors[0];
      // A poll failing every few seconds is one entry, refreshed, not ten copies.
      if (previous && !previous.source && previous.code === entry.code && previous.message === entry.message && previous.provider === entry.provider) {
        return { errors: [entry, ...state.errors.slice(1)] };
      }
      return { errors: [entry, ...state.errors].slice(0, KEEP) };
    }),
  pushRead: (source, error, at = Date.now()) => {
    const key = sourceKey(source);
    if (get().failingReads[key]) return;
    set((state) => ({
      errors: [{ ...entryOf(error, at), source }, ...state.errors].slice(0, KEEP),
      failingReads: { ...state.failingReads, [key]: true },
    }));
  },
  readRecovered: (source) => {
    const key = sourceKey(source);
    if (!get().failingReads[key]) return;
    set((state) => {
      const { [key]: _recovered, ...failingReads } = state.failingReads;
      return { failingReads };
    });
  },
  clear: () => set({ errors: [] }),
}));

const AREAS: Record<string, ReadArea> = { vms: 'vms', nodes: 'nodes', images: 'images', snapshots: 'snapshots', connections: 'connection' };

/** The connection and area of a query, from its key (every key factory puts the connection id second). */
export function readSourceOf(queryKey: readonly unknown[]): ReadSource | undefined {
  const [root, connectionId] = queryKey;
  const area = typeof root === 'string' ? AREAS[root] : undefined;
  return area && typeof connectionId === 'string' ? { connectionId, area } : undefined;
}
