import type { ProviderId } from '@/api/provider';
import type { Vm } from './types';

/** A Vm with only what the capability rules read (provider, status words); for unit tests. */
export function vmWith(provider: ProviderId, status: Vm['status'], providerStatus: string): Vm {
  return { key: `c/${providerStatus}`, connectionId: 'c', provider, id: 'vm-1', name: 'vm-1', status, providerStatus, location: { kind: 'node', id: 'n' }, login: [] };
}
