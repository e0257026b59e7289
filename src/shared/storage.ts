/**
 * Web storage where the page may use it. In a sandboxed or third-party iframe, merely reading
 * `window.localStorage` throws a SecurityError: every direct read goes through here so the console still starts
 * (state then lives in memory only). zustand's persist already tolerates a throwing storage getter.
 */
export function safeStorage(kind: 'localStorage' | 'sessionStorage'): Storage | undefined {
  if (typeof window === 'undefined') return undefined;
  try {
    const storage = window[kind];
    storage.getItem('vmdeck.probe');
    return storage;
  } catch {
    return undefined;
  }
}

/** The emulators need a service worker and storage for their state: missing in sandboxed or third-party frames. */
export function canRunEmulators(): boolean {
  return typeof navigator !== 'undefined' && 'serviceWorker' in navigator && navigator.serviceWorker !== undefined && safeStorage('localStorage') !== undefined;
}
