import type { Idc51JobAction, Idc51SnapshotStatus } from '../../src/api/idc51/types';
import { randomInt, resourceId, uuid } from './lib/ids';
import { PENDING_MS } from './lib/jobs';
import type { Idc51State, ImageRecord, InstanceRecord, JobEffect, SnapshotRecord, VolumeRecord } from './state';

/** Small helpers that keep seed.ts declarative. Every random choice goes through the state's PRNG. */

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export interface Builder {
  state: Idc51State;
  now: number;
  scale: number;
}

type InstanceSeed = Pick<InstanceRecord, 'id' | 'name' | 'status'> & Partial<InstanceRecord>;
type VolumeSeed = Pick<VolumeRecord, 'id' | 'name' | 'sizeGb'> & Partial<VolumeRecord>;

export function addInstance(b: Builder, seed: InstanceSeed): InstanceRecord {
  const createdAt = seed.createdAt ?? b.now - 90 * DAY;
  const record: InstanceRecord = {
    zone: 'ac1',
    description: '',
    instanceType: 0,
    vcpus: 2,
    memoryMb: 4096,
    transition: '',
    createdAt,
    statusAt: createdAt + MINUTE,
    imageId: 'img-centos72',
    osFamily: 'centos',
    rootSizeGb: 20,
    privateIp: `192.168.${randomInt(b.state, 0, 9)}.${randomInt(b.state, 2, 254)}`,
    eipAddr: '',
    ...seed,
  };
  b.state.instances.push(record);
  return record;
}

export function addVolume(b: Builder, seed: VolumeSeed): VolumeRecord {
  const createdAt = seed.createdAt ?? b.now - 80 * DAY;
  const record: VolumeRecord = {
    zone: 'ac1',
    description: '',
    volumeType: 0,
    status: seed.instanceId ? 'in-use' : 'available',
    transition: '',
    createdAt,
    statusAt: createdAt + MINUTE,
    instanceId: '',
    device: seed.instanceId ? '/dev/vdb' : '',
    ...seed,
  };
  b.state.volumes.push(record);
  return record;
}

export function addImage(b: Builder, seed: Pick<ImageRecord, 'id' | 'name' | 'osFamily'> & Partial<ImageRecord>): ImageRecord {
  const createdAt = seed.createdAt ?? b.now - 365 * DAY;
  const windows = seed.osFamily === 'windows';
  const record: ImageRecord = {
    zone: 'ac1',
    description: '',
    status: 'available',
    transition: '',
    createdAt,
    statusAt: createdAt,
    sizeGb: windows ? 50 : 20,
    platform: windows ? 'windows' : 'linux',
    provider: 'system',
    defaultUser: windows ? 'administrator' : 'root',
    ...seed,
  };
  b.state.images.push(record);
  return record;
}

export type ChainResource = { type: 'instance'; record: InstanceRecord } | { type: 'volume'; record: VolumeRecord };

export interface ChainSeed {
  resource: ChainResource;
  /** Ids of the points in order (full first); missing ones are generated. */
  ids?: Array<string | undefined>;
  count: number;
  startAt: number;
  stepMs: number;
  names?: [full: string, incremental: string];
  /** Index of the head point, if this chain holds it. */
  head?: number;
  /** Status per point index (default available). */
  statuses?: Record<number, Idc51SnapshotStatus>;
}

/** A linear chain: a full point and `count - 1` incrementals, each the parent of the next. */
export function addChain(b: Builder, seed: ChainSeed): SnapshotRecord[] {
  const { record, type } = seed.resource;
  const sizeGb = type === 'volume' ? seed.resource.record.sizeGb : seed.resource.record.rootSizeGb;
  const points: SnapshotRecord[] = [];
  for (let index = 0; index < seed.count; index++) {
    const id = seed.ids?.[index] ?? resourceId(b.state, 'ss');
    const at = seed.startAt + index * seed.stepMs;
    const full = index === 0;
    b.state.seq += 1;
    points.push({
      id,
      zone: record.zone,
      name: (full ? seed.names?.[0] : seed.names?.[1]) ?? (full ? '全量备份 full' : '增量备份 incremental'),
      description: '',
      full,
      status: seed.statuses?.[index] ?? 'available',
      transition: '',
      createdAt: at,
      statusAt: at + (full ? 10 : 2) * MINUTE,
      snapshotAt: at,
      takenAt: at + 4 * MINUTE,
      isHead: seed.head === index,
      rootId: points[0]?.id ?? id,
      parentId: points[index - 1]?.id ?? 'self',
      seq: b.state.seq,
      sizeMb: full ? Math.round(sizeGb * 1024 * (0.2 + randomInt(b.state, 0, 50) / 100)) : randomInt(b.state, 16, Math.max(64, sizeGb * 24)),
      resourceId: record.id,
      resourceName: record.name,
      resourceType: type,
      sourceSizeGb: sizeGb,
      sourceVolumeType: type === 'volume' ? seed.resource.record.volumeType : 0,
      osFamily: type === 'instance' ? seed.resource.record.osFamily : '',
    });
  }
  b.state.snapshots.push(...points);
  return points;
}

export interface JobSeed {
  id?: string;
  action: Idc51JobAction;
  zone?: string;
  resourceIds: string[];
  createdAt: number;
  /** Real working time; in-flight jobs get it multiplied by the time scale. */
  workMs: number;
  failInfo?: string;
  effect?: JobEffect;
  /** In flight: not settled, pending/working times scaled. */
  running?: boolean;
}

export function addJob(b: Builder, seed: JobSeed): void {
  const scale = seed.running ? b.scale : 1;
  b.state.jobs.push({
    id: seed.id ?? uuid(b.state),
    requestId: uuid(b.state),
    action: seed.action,
    zone: seed.zone ?? 'ac1',
    resourceIds: seed.resourceIds,
    createdAt: seed.createdAt,
    pendingMs: PENDING_MS * scale,
    workMs: seed.workMs * scale,
    settled: !seed.running,
    effect: seed.effect ?? { kind: 'none' },
    ...(seed.failInfo ? { failAt: 0.5, failInfo: seed.failInfo } : {}),
  });
}
