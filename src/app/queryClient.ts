import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isProviderError } from '@/api/errors';
import { reportError } from '@/shared/errors/notify';
import { readSourceOf, useRecentErrors } from '@/shared/errors/recent';

declare module '@tanstack/react-query' {
  interface Register {
    queryMeta: { silent?: boolean };
    mutationMeta: { silent?: boolean };
  }
}

const MAX_READ_RETRIES = 3;

/** Reads retry only transient failures, with backoff; everything else surfaces at once. */
export function shouldRetryRead(failureCount: number, error: unknown): boolean {
  return isProviderError(error) && error.retriable && failureCount < MAX_READ_RETRIES;
}

export const retryDelay = (attempt: number) => Math.min(1000 * 2 ** attempt, 15_000);

function failuresOf(data: unknown): Array<{ error: unknown }> {
  if (typeof data !== 'object' || data === null || !('failures' in data) || !Array.isArray(data.failures)) return [];
  return data.failures as Array<{ error: unknown }>;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      // Failed reads reach the overview's last errors too (shown in place or not): once per connection and area
      // until that read answers again, so a polled list failing every few seconds is one entry.
      onError: (error, query) => {
        const source = readSourceOf(query.queryKey);
        if (source) useRecentErrors.getState().pushRead(source, error);
        if (!query.meta?.silent) reportError(error, { recorded: source !== undefined });
      },
      onSuccess: (data, query) => {
        const source = readSourceOf(query.queryKey);
        if (!source) return;
        // A fan-out list (DBC, per node) answers with the sources that failed: a failed read of those.
        const failed = failuresOf(data)[0];
        if (failed) useRecentErrors.getState().pushRead(source, failed.error);
        else useRecentErrors.getState().readRecovered(source);
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (!mutation.meta?.silent) reportError(error);
      },
    }),
    defaultOptions: {
      queries: {
        retry: shouldRetryRead,
        retryDelay,
        staleTime: 5_000,
        refetchOnWindowFocus: true,
        // Polling stops while the tab is hidden.
        refetchIntervalInBackground: false,
      },
      // Create, rollback, delete are never replayed behind the user's back.
      mutations: { retry: false },
    },
  });
}
