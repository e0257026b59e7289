import { seededRandom } from '../control/random';
import { addVm, disk } from './seed-kit';
import type { ComputeRecord, SnapshotRecord, VsdState } from './state';

/** One VM with a 5,000-node tree: mostly a chain, a fifth of the nodes branch off an earlier one. */
function seedLargeTree(state: VsdState, vm: ComputeRecord, nowS: number) {
  const random = seededRandom(5000);
  const snapshots: SnapshotRecord[] = [];
  for (let i = 0; i < 5000; i++) {
    const parent = i === 0 ? '' : random() < 0.8 ? `snap-${String(i - 1).padStart(4, '0')}` : `snap-${String(Math.floor(random() * i)).padStart(4, '0')}`;
    const disks = vm.disks.map((d) => ({ VolumeUuid: d.volumeUuid, SnapshotUuid: `5e5e${String(i).padStart(4, '0')}-0000-4000-8000-${d.targetDev.padStart(12, '0')}`, DiskDrive: d.targetDev }));
    snapshots.push({ uuid: `5a5a${String(i).padStart(4, '0')}-0000-4000-8000-000000005000`, name: `snap-${String(i).padStart(4, '0')}`, description: i % 2 ? `自动快照 ${i}` : `auto snapshot ${i}`, ctime: nowS - (5000 - i) * 3600, parent, disks });
  }
  state.trees[vm.uuid] = { snapshots, head: 'snap-4999' };
}

const STATES = ['running', 'running', 'running', 'shutoff', 'shutoff', 'paused', 'crashed', 'pmsuspend'] as const;

/** Where the large dataset's VMs go: the seed's clusters and tenants (every fifth VM in the second tenant). */
export interface LargeSeedIds {
  cluster: string;
  tenant: string;
  clusterB: string;
  tenantB: string;
}

/** `large`: the demo plus `snapshot-stress-5000` (a 5,000-node tree) and 500 ordinary VMs; VM indexes from firstIndex. */
export function seedLarge(state: VsdState, ids: LargeSeedIds, firstIndex: number, nowS: number): void {
  const stress = addVm(state, { name: 'snapshot-stress-5000', cluster: ids.cluster, tenant: ids.tenant, state: 'shutoff', os: 'CentOS x64', cpu: 2, memGiB: 4, disks: [disk(40)], ageDays: 365 }, firstIndex, nowS);
  seedLargeTree(state, stress, nowS);
  const random = seededRandom(42);
  for (let i = 1; i <= 500; i++) {
    const name = i % 2 ? `load-vm-${String(i).padStart(4, '0')}` : `压测节点-${String(i).padStart(4, '0')}`;
    const tenant = i % 5 === 0 ? ids.tenantB : ids.tenant;
    const cluster = tenant === ids.tenantB ? ids.clusterB : ids.cluster;
    const powerState = STATES[Math.floor(random() * STATES.length)] ?? 'running';
    addVm(state, { name, cluster, tenant, state: powerState, os: 'CentOS x64', cpu: 2 + 2 * Math.floor(random() * 4), memGiB: 4 * (1 + Math.floor(random() * 4)), disks: [disk(40)], ageDays: 1 + Math.floor(random() * 700) }, firstIndex + i, nowS);
  }
}
