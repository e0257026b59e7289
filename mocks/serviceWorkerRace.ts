/**
 * msw (get-worker-instance.ts) calls `registration.update()` without handling its promise. When a page loads without
 * a controlling worker, msw reloads it at once, and the update cancelled by that reload rejects with "Failed to update
 * a ServiceWorker … Not found": an unhandled rejection from the mock layer, not from the console. The reloaded page
 * registers again, so nothing is lost; only this one rejection is silenced, every other one is still reported.
 */
export function isCancelledWorkerUpdate(reason: unknown): boolean {
  return reason instanceof Error && /^Failed to update a ServiceWorker for scope .*: Not found$/.test(reason.message);
}

export function ignoreCancelledWorkerUpdates(target: Pick<Window, 'addEventListener'>): void {
  target.addEventListener('unhandledrejection', (event) => {
    if (isCancelledWorkerUpdate(event.reason)) event.preventDefault();
  });
}
