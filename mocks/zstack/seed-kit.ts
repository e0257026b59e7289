/** Small builders the seeds share: deterministic ids, VMs with their volumes, snapshot chains. */
import type { ZStackEnabledState, ZStackSnapshotStatus, ZStackVmState } from '../../src/api/zstack/types';
import { uuid32 } from './lib/format';
import { snapshotRecord, type PrimaryStorageRec, type SnapshotRec, type VmRec, type VolumeRec, type ZStackState } from './state';

/** The item a seed just created (the seed's own lists are never empty where this is used). */
export function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('seed: missing item');
  return value;
}

export const MINUTE = 60_000;
export const DAY = 86_400_000;
export const GiB = 1024 ** 3;

export interface SeedContext {
  state: ZStackState;
  random: () => number;
  now: number;
  id(): string;
  pick<T>(items: readonly T[]): T;
}

export function seedContext(state: ZStackState, random: () => number, now: number): SeedContext {
  return {
    state,
    random,
    now,
    id: () => uuid32(random),
    pick: <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T,
  };
}

export interface VmSpec {
  uuid?: string;
  name: string;
  description?: string;
  state: ZStackVmState;
  hostIndex: number;
  imageUuid: string;
  ps: PrimaryStorageRec;
  cpuNum: number;
  memoryGiB: number;
  rootGiB: number;
  dataGiB?: number[];
  platform?: string;
  guestOsType?: string;
  ageDays: number;
  ip: string;
}

const HOSTLESS: readonly ZStackVmState[] = ['Stopped', 'Created', 'Destroyed', 'Error'];

function volumePath(ps: PrimaryStorageRec, uuid: string, kind: 'root' | 'data'): string {
  if (ps.type === 'Ceph') return `ceph://pri-c-${ps.uuid.slice(0, 8)}/${uuid}`;
  return `/zstack_ps/${kind}Volumes/acct-36c27e8f/vol-${uuid}/${uuid}.qcow2`;
}

export function addVolume(ctx: SeedContext, vm: VmRec | undefined, spec: { uuid?: string; name: string; type: 'Root' | 'Data'; sizeGiB: number; ps: PrimaryStorageRec; deviceId?: number; imageUuid?: string; createDate: number }): VolumeRec {
  const uuid = spec.uuid ?? ctx.id();
  const size = spec.sizeGiB * GiB;
  const volume: VolumeRec = {
    uuid,
    name: spec.name,
    primaryStorageUuid: spec.ps.uuid,
    installPath: volumePath(spec.ps, uuid, spec.type === 'Root' ? 'root' : 'data'),
    type: spec.type,
    format: spec.ps.type === 'Ceph' ? 'raw' : 'qcow2',
    size,
    actualSize: Math.round(size * (0.12 + ctx.random() * 0.5)),
    state: 'Enabled',
    status: 'Ready',
    isShareable: false,
    createDate: spec.createDate,
    lastOpDate: spec.createDate,
  };
  if (vm) {
    volume.vmInstanceUuid = vm.uuid;
    volume.deviceId = spec.deviceId ?? 0;
  }
  if (spec.imageUuid) volume.rootImageUuid = spec.imageUuid;
  if (spec.type === 'Data') volume.diskOfferingUuid = 'a4e7c1d2b3f64e5a8c9d0e1f2a3b4c5d';
  ctx.state.volumes.push(volume);
  return volume;
}

export function addVm(ctx: SeedContext, spec: VmSpec): { vm: VmRec; root: VolumeRec; data: VolumeRec[] } {
  const { state } = ctx;
  const host = state.hosts[spec.hostIndex % state.hosts.length];
  const cluster = state.clusters.find((c) => c.uuid === host?.clusterUuid) ?? state.clusters[0];
  const created = ctx.now - spec.ageDays * DAY - Math.floor(ctx.random() * 600) * MINUTE;
  const uuid = spec.uuid ?? ctx.id();
  const rootUuid = ctx.id();
  const l3 = 'f6a4d1c9e8b74b2c9a3d5e7f1b2c4d6e';
  const vm: VmRec = {
    uuid,
    name: spec.name,
    zoneUuid: state.zones[0]?.uuid ?? '',
    clusterUuid: cluster?.uuid ?? '',
    imageUuid: spec.imageUuid,
    instanceOfferingUuid: '5e9f2b7c1d3a4e6f8a0b2c4d6e8f0a1b',
    rootVolumeUuid: rootUuid,
    defaultL3NetworkUuid: l3,
    platform: spec.platform ?? 'Linux',
    architecture: 'x86_64',
    guestOsType: spec.guestOsType ?? 'CentOS 7',
    type: 'UserVm',
    hypervisorType: 'KVM',
    memorySize: spec.memoryGiB * GiB,
    cpuNum: spec.cpuNum,
    cpuSpeed: 0,
    allocatorStrategy: 'LastHostPreferredAllocatorStrategy',
    state: spec.state,
    vmNics: [],
    createDate: created,
    lastOpDate: created + DAY,
  };
  if (spec.description) vm.description = spec.description;
  if (host && spec.state !== 'Created') vm.lastHostUuid = host.uuid;
  if (host && !HOSTLESS.includes(spec.state)) vm.hostUuid = host.uuid;
  const mac = `fa:${Array.from({ length: 5 }, () => Math.floor(ctx.random() * 256).toString(16).padStart(2, '0')).join(':')}`;
  vm.vmNics.push({ uuid: ctx.id(), vmInstanceUuid: uuid, l3NetworkUuid: l3, ip: spec.ip, mac, netmask: '255.255.255.0', gateway: spec.ip.replace(/\.\d+$/, '.1'), deviceId: 0, type: 'VNIC', createDate: created, lastOpDate: created });
  state.vms.push(vm);
  const root = addVolume(ctx, vm, { uuid: rootUuid, name: `ROOT-for-${spec.name}`, type: 'Root', sizeGiB: spec.rootGiB, ps: spec.ps, imageUuid: spec.imageUuid, createDate: created });
  const data = (spec.dataGiB ?? []).map((sizeGiB, i) => addVolume(ctx, vm, { name: `DATA-${i + 1}-for-${spec.name}`, type: 'Data', sizeGiB, ps: spec.ps, deviceId: i + 1, createDate: created }));
  return { vm, root, data };
}

export interface SnapSpec {
  uuid?: string;
  name: string;
  description?: string;
  /** Index in the same chain call of the parent; undefined = the previous one (a straight chain). -1 = tree root. */
  parent?: number;
  ageHours: number;
  status?: ZStackSnapshotStatus;
  state?: ZStackEnabledState;
}

/** Adds a tree of snapshots to a volume; `latest` marks the index of the latest snapshot of the tree. */
export function addTree(ctx: SeedContext, volume: VolumeRec, specs: SnapSpec[], options: { current: boolean; latest: number; uuid?: string }): SnapshotRec[] {
  const treeUuid = options.uuid ?? ctx.id();
  const first = ctx.now - (specs[0]?.ageHours ?? 1) * 3_600_000;
  ctx.state.trees.push({ uuid: treeUuid, volumeUuid: volume.uuid, current: options.current, status: 'Completed', createDate: first, lastOpDate: first });
  const made: SnapshotRec[] = [];
  specs.forEach((spec, i) => {
    const parentIndex = spec.parent === undefined ? i - 1 : spec.parent;
    const parent = parentIndex >= 0 ? made[parentIndex] : undefined;
    const uuid = spec.uuid ?? ctx.id();
    const at = ctx.now - spec.ageHours * 3_600_000;
    const snapshot = snapshotRecord(volume, {
      uuid,
      name: spec.name,
      treeUuid,
      parent,
      latest: i === options.latest,
      size: Math.round(volume.actualSize * (0.05 + ctx.random() * 0.3)),
      state: spec.state ?? 'Enabled',
      status: spec.status ?? 'Ready',
      at,
      description: spec.description,
    });
    made.push(snapshot);
  });
  ctx.state.snapshots.push(...made);
  return made;
}
