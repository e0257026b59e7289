import type { VsdAction, VsdPowerState } from '../../src/api/vsd/types';
import { insertAtHead, moveHead } from './rules/tree';
import { nextUuid, type ComputeRecord, type DiskKind, type MemoryImage, type SnapshotTree, type VsdState } from './state';

/** Builders the seed uses: deterministic (ids from the state counter, times from `now`). */

export const GIB = 1024 ** 3;
export const DAY_S = 86_400;

/** A disk spec of a seeded VM. */
export const disk = (sizeGiB: number, kind: 'vsd' | 'volume' | 'passthrough' = 'vsd') => ({ kind, sizeGiB });


export interface DiskSpec {
  kind: DiskKind;
  sizeGiB: number;
  volumeUuid?: string;
}

export interface VmSpec {
  uuid?: string;
  name: string;
  cluster: string;
  tenant: string;
  state: VsdPowerState;
  action?: VsdAction;
  os: string;
  cpu: number;
  memGiB: number;
  disks: DiskSpec[];
  ageDays: number;
  hasAgent?: boolean;
}

const POOLS: Record<DiskKind, { uuid: string; name: string }> = {
  vsd: { uuid: '42b3e3b6-b1d1-44c0-bf5c-b9cf73d594df', name: 'vsd-pool-ssd' },
  volume: { uuid: '7f1c2a9e-3d4b-4c8e-9a61-5b2d0e8f4c17', name: 'shared-fc-san01' },
  block: { uuid: '', name: '' },
  passthrough: { uuid: '', name: '' },
};

export function addVm(state: VsdState, spec: VmSpec, index: number, nowS: number): ComputeRecord {
  const uuid = spec.uuid ?? nextUuid(state);
  const vm: ComputeRecord = {
    uuid,
    name: spec.name,
    clusterUuid: spec.cluster,
    tenant: spec.tenant,
    type: 'GUS',
    os: spec.os,
    state: spec.state,
    action: spec.action ?? 'noaction',
    hasAgent: spec.hasAgent ?? true,
    agentReadyAt: 0,
    cpu: spec.cpu,
    memBytes: spec.memGiB * GIB,
    machineUuid: '6ae9e142-f476-465f-868b-6026cddcd714',
    createTime: nowS - spec.ageDays * DAY_S,
    modifyTime: nowS - Math.max(0, spec.ageDays - 1) * DAY_S,
    disks: spec.disks.map((disk, i) => ({
      targetDev: `sd${'abcdefghijklmno'[i] ?? 'o'}`,
      bus: 'scsi',
      kind: disk.kind,
      volumeUuid: disk.volumeUuid ?? nextUuid(state),
      volumeName: disk.kind === 'passthrough' ? `/dev/sdx${i}` : `${spec.name}-volume-${i + 1}`,
      capacity: disk.sizeGiB * GIB,
      poolUuid: POOLS[disk.kind].uuid,
      poolName: POOLS[disk.kind].name,
      isSystem: i === 0,
    })),
    nics: [
      {
        id: nextUuid(state),
        mac: `52:56:ff:${hex2(index >> 8)}:${hex2(index)}:${hex2(index * 7 + 0x81)}`,
        network: 'vlan-prod',
        portGroup: '239223b4-d21b-4b23-954f-796f17c75c49',
        ip: `192.168.${10 + (index >> 8)}.${(index % 250) + 2}`,
      },
    ],
    spicePort: 5900 + (index % 1000),
    attr: {},
  };
  state.computes.push(vm);
  return vm;
}

const hex2 = (n: number) => (n & 0xff).toString(16).padStart(2, '0');

export interface SnapOptions {
  description?: string;
  memory?: MemoryImage;
  uuid?: string;
  diskSnapshotUuids?: string[];
}

/** Appends snapshots one after another under the current head (as repeated creates would). */
export class TreeBuilder {
  tree: SnapshotTree = { snapshots: [], head: '' };
  constructor(
    private readonly state: VsdState,
    private readonly vm: ComputeRecord,
  ) {}

  snap(name: string, ctime: number, options: SnapOptions = {}): this {
    const disks = this.vm.disks.map((disk, i) => ({ VolumeUuid: disk.volumeUuid, SnapshotUuid: options.diskSnapshotUuids?.[i] ?? nextUuid(this.state), DiskDrive: disk.targetDev }));
    const { memory } = options;
    this.tree = insertAtHead(this.tree, { uuid: options.uuid ?? nextUuid(this.state), name, description: options.description ?? '', ctime, disks, ...(memory ? { memory } : {}) });
    return this;
  }

  /** Rollback: later snapshots branch off `name`. */
  head(name: string): this {
    this.tree = moveHead(this.tree, name);
    return this;
  }

  save(): void {
    this.state.trees[this.vm.uuid] = this.tree;
  }
}
