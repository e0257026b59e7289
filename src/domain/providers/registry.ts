import type { ProviderId } from '@/api/provider';
import type { AnySecrets, Connection } from '../connections/types';
import { dbcDriver } from './dbc';
import { idc51Driver } from './idc51';
import { vsdDriver } from './vsd';
import { zstackDriver } from './zstack';
import type { ProviderDriver, ProviderRuntime, RuntimeSources } from './types';

/** The provider registry: one line per provider. */
const DRIVERS: { [P in ProviderId]: ProviderDriver<P> } = {
  dbc: dbcDriver,
  idc51: idc51Driver,
  vsd: vsdDriver,
  zstack: zstackDriver,
};

const runtimes = new Map<string, { fingerprint: string; runtime: ProviderRuntime }>();

/** One runtime per connection, rebuilt when the connection's settings change (so a session is kept otherwise). */
export function runtimeFor(connection: Connection, sources: RuntimeSources): ProviderRuntime {
  const fingerprint = JSON.stringify([connection.provider, connection.baseUrl, connection.options]);
  const cached = runtimes.get(connection.id);
  if (cached && cached.fingerprint === fingerprint) return cached.runtime;
  const driver = DRIVERS[connection.provider] as ProviderDriver<ProviderId>;
  const runtime = driver.createRuntime(connection as never, sources);
  runtimes.set(connection.id, { fingerprint, runtime });
  return runtime;
}

/** Drop a connection's runtime (removed, or its secrets changed so its session must be redone). */
export function forgetRuntime(connectionId: string): void {
  runtimes.delete(connectionId);
}

/**
 * Drop a connection's runtime and end its provider session (signed out, removed, or its credential replaced):
 * a ZStack session left behind stays valid on the server. Resolves once the provider answered (never throws).
 */
export function closeRuntime(connectionId: string): Promise<void> {
  const cached = runtimes.get(connectionId);
  runtimes.delete(connectionId);
  return cached ? cached.runtime.close() : Promise.resolve();
}

/** Probe with values not saved yet (the connection form's "Test connection"): a throwaway runtime, closed after. */
export async function probeUnsaved(connection: Connection, secrets: AnySecrets, nodeIds: string[] = []) {
  const driver = DRIVERS[connection.provider] as ProviderDriver<ProviderId>;
  const runtime = driver.createRuntime(connection as never, { secrets: () => secrets, nodeIds: () => nodeIds });
  try {
    return await runtime.probe();
  } finally {
    await runtime.close();
  }
}
