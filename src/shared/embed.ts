import { create } from 'zustand';

/** Why a host message was ignored (src/app/embed/bridge.ts). */
export type IgnoredReason = 'origin' | 'source' | 'shape';

interface EmbedState {
  /** Set once at boot from `?embed=1`: kept across in-app navigation (the query string is not). */
  embedded: boolean;
  /** Demo connections are configured but this frame has no service worker or no storage for the emulators. */
  demoUnavailable: boolean;
  /** The message counters panel: always in development, in a build only with `?embedDebug=1` (for tests and support). */
  debug: boolean;
  /**
   * Framed by an allowed portal: the page waits for the host's init (theme, language, credentials, start route)
   * before it shows anything, so nothing is asked of a provider without the credentials the host brings.
   */
  awaitingInit: boolean;
  allowedOrigins: readonly string[];
  /** The parent's origin when framing was allowed. */
  parentOrigin?: string;
  accepted: number;
  ignored: Record<IgnoredReason, number>;
  countAccepted(): void;
  countIgnored(reason: IgnoredReason): void;
}

/** Embed mode facts for the shell and the bridge; in memory only. */
export const useEmbed = create<EmbedState>()((set) => ({
  embedded: false,
  demoUnavailable: false,
  debug: false,
  awaitingInit: false,
  allowedOrigins: [],
  accepted: 0,
  ignored: { origin: 0, source: 0, shape: 0 },
  countAccepted: () => set((state) => ({ accepted: state.accepted + 1 })),
  countIgnored: (reason) => set((state) => ({ ignored: { ...state.ignored, [reason]: state.ignored[reason] + 1 } })),
}));

export const isEmbedRequested = (search: string) => new URLSearchParams(search).get('embed') === '1';
