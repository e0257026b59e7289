import type { VmListResult } from './types';

/** At most one partial result per interval: each one re-renders a table that may hold thousands of rows. */
export const PARTIAL_INTERVAL_MS = 400;

/**
 * Reports what a fan-out list has so far: the first piece at once (time to first row), later ones at most
 * every `intervalMs` (the last pending one is sent when its time comes, unless the full list lands first).
 */
export function partialReporter(onPartial: ((partial: VmListResult) => void) | undefined, snapshot: () => VmListResult, intervalMs = PARTIAL_INTERVAL_MS) {
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const send = () => {
    timer = undefined;
    last = Date.now();
    onPartial?.(snapshot());
  };
  const report = () => {
    if (!onPartial || timer !== undefined) return;
    const wait = last + intervalMs - Date.now();
    if (wait <= 0) send();
    else timer = setTimeout(send, wait);
  };
  return Object.assign(report, {
    cancel: () => {
      clearTimeout(timer);
      timer = undefined;
    },
  });
}
