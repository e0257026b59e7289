/**
 * Polling policy: fast while something is transitional, not at all when nothing changes. react-query
 * already stops interval refetches while the tab is hidden (refetchIntervalInBackground: false), and
 * the query client keeps that default for every query.
 */
export const FAST_POLL_MS = 3_000;

export interface PollPolicy<T> {
  /** True while the data shows something that will change by itself (creating, rolling back...). */
  transitional: (data: T) => boolean;
  fastMs?: number;
  /** Interval when idle; false = no polling at all. */
  idleMs?: number | false;
}

/** A `refetchInterval` function for react-query from a policy. */
export function pollWhile<T>(policy: PollPolicy<T>) {
  return (query: { state: { data: T | undefined; error: unknown } }): number | false => {
    const { data } = query.state;
    if (data === undefined) return false;
    return policy.transitional(data) ? (policy.fastMs ?? FAST_POLL_MS) : (policy.idleMs ?? false);
  };
}
