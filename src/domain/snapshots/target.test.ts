import type { Vm } from '../vms/types';
import { snapshotTargetOf } from './target';

const vm = (over: Partial<Vm>): Vm => ({ key: 'c/v', connectionId: 'c', provider: 'vsd', id: 'v', name: 'v', status: 'running', providerStatus: 'running', location: { kind: 'cluster', id: 'cl' }, login: [], ...over });

describe('snapshotTargetOf', () => {
  it('vsd: an action beside the power state is busy; plain states are not', () => {
    expect(snapshotTargetOf(vm({ providerStatus: 'running · migrating' })).vm).toEqual({ status: 'running', providerStatus: 'running · migrating', busy: true });
    expect(snapshotTargetOf(vm({ status: 'suspended', providerStatus: 'pmsuspend · save' })).vm!.busy).toBe(true);
    expect(snapshotTargetOf(vm({ status: 'stopped', providerStatus: 'shutoff' })).vm!.busy).toBe(false);
  });

  it('DBC carries the node; transitional states are busy everywhere; a volume can be chosen', () => {
    const dbc = snapshotTargetOf(vm({ provider: 'dbc', status: 'stopping', providerStatus: 'being shutdown', location: { kind: 'node', id: 'node-1' } }));
    expect(dbc).toMatchObject({ vmId: 'v', nodeId: 'node-1', vm: { busy: true } });
    expect(snapshotTargetOf(vm({ provider: 'idc51', location: { kind: 'zone', id: 'ac1' } }), { volumeId: 'vol-1' })).toEqual({ vmId: 'v', volumeId: 'vol-1', vm: { status: 'running', providerStatus: 'running', busy: false } });
  });
});
