import { isDbcSessionRefusal } from '@/api/dbc/protocol';
import type { DbcAuth } from '@/api/dbc/types';
import type { SessionAnswer } from './types';

const sessionOf = (auth: unknown): string | undefined => {
  if (typeof auth !== 'object' || auth === null || !('session_id' in auth)) return undefined;
  const id = (auth as DbcAuth).session_id;
  return typeof id === 'string' && id !== '' ? id : undefined;
};

/**
 * Wraps a DBC client (node calls take `(nodeId, auth, ...)`) so every call made with a session reports how the
 * node answered it: the one place the console learns that a session was refused (every screen reads that fact
 * from the renter session store, not from its own query's error). The session reported is the one the call
 * carried, so a refusal arriving after a new sign-in is never pinned on the new session.
 */
export function watchSessions<C extends object>(client: C, report: (answer: SessionAnswer) => void): C {
  const watched = { ...client } as Record<string, unknown>;
  for (const [name, value] of Object.entries(client)) {
    if (typeof value !== 'function') continue;
    const call = value as (...args: unknown[]) => unknown;
    watched[name] = (...args: unknown[]) => {
      const [nodeId, auth] = args;
      const sessionId = sessionOf(auth);
      const result = call(...args);
      if (sessionId === undefined || typeof nodeId !== 'string' || !(result instanceof Promise)) return result;
      return result.then(
        (value: unknown) => {
          report({ sessionId, nodeId });
          return value;
        },
        (error: unknown) => {
          if (isDbcSessionRefusal(error)) report({ sessionId, nodeId, error });
          throw error;
        },
      );
    };
  }
  return watched as C;
}
