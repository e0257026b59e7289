import { isRecord, notAnApi } from '@/api/http';
import type { ProviderId } from '@/api/provider';
import type { AnySecrets, ConnectionFor } from '../connections/types';
import type { ImageService } from '../images/model';
import type { ImageCenterService } from '../images/types';
import type { JobCheck, JobSpec } from '../jobs/types';
import type { NodeService } from '../nodes/types';
import type { SnapshotService } from '../snapshots/types';
import type { VmService } from '../vms/types';

/** What a connection test found: enough for a one-line result and the overview's health dot. */
export interface ProbeResult {
  latencyMs: number;
  /** What the cheap read counted. */
  count: number;
  countOf: 'nodes' | 'vms' | 'snapshots';
  /** Signed in with the provider's own auth (session, token, api key), not just reachable. */
  authenticated: boolean;
}

/** What a node said of the renter session a call carried: refused it (`error`), or answered the call with it. */
export interface SessionAnswer {
  sessionId: string;
  nodeId: string;
  error?: unknown;
}

/** Client-side values a runtime reads at call time (never copies): secrets and the renter's node ids. */
export interface RuntimeSources {
  secrets(connectionId: string): AnySecrets;
  nodeIds(connectionId: string): string[];
  /** DBC: how a node answered a call made with the renter session (absent for throwaway runtimes). */
  sessionAnswer?(connectionId: string, answer: SessionAnswer): void;
}

/** Counts for the overview; undefined where the provider has no such thing or no cheap way to count it. */
export interface InventorySummary {
  snapshots?: number;
  images?: number;
}

/** A connection's live side: its provider session, its probe, and the services pages use. Built once per connection. */
export interface ProviderRuntime {
  probe(): Promise<ProbeResult>;
  /** Forget the provider session (token, session uuid) so the next call signs in again. */
  reset(): void;
  /** Sign-out, removal, a credential replaced, a throwaway probe done: end the provider session where the provider can. */
  close(): Promise<void>;
  vms: VmService;
  /** Snapshot trees of a VM (or volume): read, rules, create / roll back / delete / modify / export. */
  snapshots: SnapshotService;
  /** One poll of a long operation started on this connection. */
  checkJob(spec: JobSpec): Promise<JobCheck>;
  /** DBC only: GPU nodes and renter sessions. */
  nodes?: NodeService;
  /** DBC only so far: the image center (list, copy onto a node). */
  imageCenter?: ImageCenterService;
  /** Every image and template of the connection; absent where the provider has no image API (vsd). */
  images?: ImageService;
  /** Snapshot and image counts for the overview. */
  summary(): Promise<InventorySummary>;
}

export interface ProviderDriver<P extends ProviderId> {
  provider: P;
  createRuntime(connection: ConnectionFor<P>, sources: RuntimeSources): ProviderRuntime;
}

export async function timed<T>(work: () => Promise<T>): Promise<{ value: T; latencyMs: number }> {
  const started = performance.now();
  const value = await work();
  return { value, latencyMs: Math.round(performance.now() - started) };
}

/**
 * The probe's listing, checked before it is counted: JSON of another shape at a wrong path (another service's
 * API, a proxy's status page) is "not this provider's API", not a TypeError from reading a missing field.
 */
export function probeList<T>(provider: ProviderId, body: T, isShape: (value: Record<string, unknown>) => boolean): T {
  if (!isRecord(body) || !isShape(body)) throw notAnApi(provider, 200, body);
  return body;
}
