import { create } from 'zustand';
import { isProviderError } from '@/api/errors';
import type { ProviderId } from '@/api/provider';

export interface RecentError {
  at: number;
  provider?: ProviderId;
  code: string;
  message: string;
  messageZh?: string;
}

const KEEP = 10;

/** The last errors the console showed (in memory; the overview lists them). */
export const useRecentErrors = create<{ errors: RecentError[]; push(error: unknown, at?: number): void; clear(): void }>()((set) => ({
  errors: [],
  push: (error, at = Date.now()) =>
    set((state) => {
      const entry: RecentError = isProviderError(error)
        ? { at, provider: error.provider, code: error.code, message: error.message, messageZh: error.messageZh }
        : { at, code: 'ERROR', message: error instanceof Error ? error.message : String(error) };
      const previous = state.errors[0];
      // A poll failing every few seconds is one entry, refreshed, not ten copies.
      if (previous && previous.code === entry.code && previous.message === entry.message && previous.provider === entry.provider) {
        return { errors: [entry, ...state.errors.slice(1)] };
      }
      return { errors: [entry, ...state.errors].slice(0, KEEP) };
    }),
  clear: () => set({ errors: [] }),
}));
