import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isProviderError } from '@/api/errors';
import { reportError } from '@/shared/errors/notify';

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

export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (!query.meta?.silent) reportError(error);
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
