import type { ProviderId } from '@/api/provider';
import type { ConnectionFor, SecretsFor } from '../connections/types';

/** What a connection test found: enough for a one-line result and the overview's health dot. */
export interface ProbeResult {
  latencyMs: number;
  /** What the cheap read counted. */
  count: number;
  countOf: 'nodes' | 'vms' | 'snapshots';
  /** Signed in with the provider's own auth (session, token, api key), not just reachable. */
  authenticated: boolean;
}

/** A connection's live side: its clients, its provider session, its probe. Built once per connection. */
export interface ProviderRuntime {
  probe(): Promise<ProbeResult>;
  /** Forget the provider session (token, session uuid) so the next call signs in again. */
  reset(): void;
}

export interface ProviderDriver<P extends ProviderId> {
  provider: P;
  createRuntime(connection: ConnectionFor<P>, secrets: () => SecretsFor<P>): ProviderRuntime;
}

export async function timed<T>(work: () => Promise<T>): Promise<{ value: T; latencyMs: number }> {
  const started = performance.now();
  const value = await work();
  return { value, latencyMs: Math.round(performance.now() - started) };
}
