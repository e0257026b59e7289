import type { DatasetName } from '../types';
import { addChain, addImage, addInstance, addJob, addVolume, DAY, HOUR, MINUTE, type Builder } from './seed-kit';
import { seedLarge } from './seed-large';
import { emptyState, type Idc51State } from './state';

/**
 * Deterministic demo data (ids, names, sizes from a fixed PRNG; times relative to the clock at reset). Holds the
 * ids of the doc examples (vol-SACNVJNS, vol-ascdvf, ss-BTZOND4, ss-X0J5V8Q, ss-qweqwrf, s-sdDCVGBE, img-IDNC88D,
 * job 6fcb4e9a-…, job 92961ef1-… in ac2) so every example request works verbatim.
 */

export const SEED_RNG = 0x51dc;
/** The PRNG state ids created at run time start from (fixed, so replays agree). */
const RUNTIME_RNG = 0x2016_0724;

function images(b: Builder) {
  addImage(b, { id: 'img-centos72', name: 'CentOS 7.2 64位', osFamily: 'centos' });
  addImage(b, { id: 'img-ubuntu16', name: 'Ubuntu Server 16.04 LTS 64位', osFamily: 'ubuntu' });
  addImage(b, { id: 'img-win2012', name: 'Windows Server 2012 R2 数据中心版 64位', osFamily: 'windows' });
  addImage(b, { id: 'img-centos65', name: 'CentOS 6.5 64位', osFamily: 'centos', status: 'deprecated' });
  addImage(b, { id: 'img-IDNC88D', name: '官网黄金映像 web-golden', osFamily: 'centos', provider: 'self', createdAt: b.now - 6 * DAY, description: 'captured from ss-qweqwrf' });
  addImage(b, { id: 'img-9SSE88S', name: 'build-runner base', osFamily: 'ubuntu', provider: 'self', createdAt: b.now - 30 * DAY });
}

/** Instances and disks of ac1 (无锡) and ac2 (香港), in every status the console shows. */
function inventory(b: Builder) {
  const web = addInstance(b, { id: 'ins-JWFQNPY', name: '官网前端 web-01', status: 'running', eipAddr: '103.21.116.18', description: '官网 nginx + node' });
  const db = addInstance(b, { id: 'ins-DBMASTR', name: '订单库主节点 mysql-master', status: 'running', vcpus: 8, memoryMb: 16384, rootSizeGb: 50, instanceType: 1 });
  const logs = addInstance(b, { id: 'ins-SDVFDBGFD', name: '日志收集 log-collector', status: 'running', vcpus: 4, memoryMb: 8192 });
  const build = addInstance(b, { id: 'i-IN234BH', name: '构建机 build-runner', status: 'stopped', imageId: 'img-ubuntu16', osFamily: 'ubuntu' });
  const bastion = addInstance(b, { id: 'ins-STOPPD2', name: 'Windows 跳板机 win-bastion', status: 'stopped', imageId: 'img-win2012', osFamily: 'windows', rootSizeGb: 50 });
  addInstance(b, { id: 'ins-PNDNG01', name: '新建主机 new-host', status: 'pending', transition: 'creating', createdAt: b.now - 2 * MINUTE });
  addInstance(b, { id: 'ins-SUSPND1', name: '欠费主机 overdue-host', status: 'suspended', createdAt: b.now - 200 * DAY });
  const hk = addInstance(b, { id: 'ins-HKWEB01', zone: 'ac2', name: '香港回源 hk-origin', status: 'running', eipAddr: '45.126.122.9' });
  const volumes = {
    orders: addVolume(b, { id: 'vol-SACNVJNS', name: '订单数据盘 orders-data', sizeGb: 100, instanceId: db.id }),
    appLogs: addVolume(b, { id: 'vol-ascdvf', name: '日志盘 app-logs', sizeGb: 50, volumeType: 2, instanceId: web.id }),
    media: addVolume(b, { id: 'vol-qsdfwf', name: '素材盘 media-assets', sizeGb: 500, volumeType: 2, instanceId: logs.id, device: '/dev/vdc' }),
    test: addVolume(b, { id: 'vol-YZAKUZF', name: 'test-volume', sizeGb: 10 }),
    test2: addVolume(b, { id: 'vol-N7V07ED', name: 'test-volume', sizeGb: 10 }),
    archive: addVolume(b, { id: 'vol-SMOVDAD', name: '归档盘 archive', sizeGb: 200, volumeType: 2 }),
    staging: addVolume(b, { id: 'vol-SDVAVDGB', name: '暂存盘 staging', sizeGb: 20, status: 'pending', transition: 'creating', createdAt: b.now - MINUTE }),
    overdue: addVolume(b, { id: 'vol-SUSPEND', name: '欠费磁盘 overdue-disk', sizeGb: 30, status: 'suspended' }),
    hkData: addVolume(b, { id: 'vol-HKDATA1', zone: 'ac2', name: '香港数据盘 hk-data', sizeGb: 40, instanceId: hk.id }),
  };
  return { web, db, build, bastion, hk, ...volumes };
}

type Inventory = ReturnType<typeof inventory>;

/** Chains: a long old chain and a newer forced-full chain on one disk, instance and disk backups, every status. */
function chains(b: Builder, r: Inventory) {
  const vol = (record: Inventory['orders']) => ({ type: 'volume' as const, record });
  const ins = (record: Inventory['web']) => ({ type: 'instance' as const, record });
  addChain(b, { resource: vol(r.orders), count: 12, startAt: b.now - 40 * DAY, stepMs: DAY, names: ['每周全量 weekly-full', '每日增量 daily'], ids: ['ss-BTZOND4', undefined, undefined, 'ss-X0J5V8Q'] });
  addChain(b, { resource: vol(r.orders), count: 5, startAt: b.now - 25 * DAY, stepMs: 5 * DAY, head: 4, names: ['强制全量 forced-full', '每五日增量 5-day'], ids: ['ss-5fvm6a0u', 'ss-ihles3sb', 'ss-km1u2qxt'] });
  addChain(b, { resource: ins(r.web), count: 5, startAt: b.now - 10 * DAY, stepMs: 2 * DAY, head: 4, names: ['上线前 pre-release', '官网日常 web daily'], ids: ['ss-qweqwrf'] });
  addChain(b, { resource: ins(r.build), count: 2, startAt: b.now - 20 * DAY, stepMs: 7 * DAY, head: 1, names: ['build-runner full', 'build-runner weekly'] });
  addChain(b, { resource: vol(r.appLogs), count: 3, startAt: b.now - 9 * DAY, stepMs: 3 * DAY, head: 2, names: ['日志盘全量 logs-full', '日志盘增量 logs-inc'], ids: ['s-sdDCVGBE'] });
  const media = addChain(b, { resource: vol(r.media), count: 3, startAt: b.now - 7 * DAY, stepMs: 3 * DAY, head: 2, names: ['素材盘全量 media-full', '素材盘增量 media-inc'] });
  addChain(b, { resource: vol(r.archive), count: 3, startAt: b.now - 15 * DAY, stepMs: 5 * DAY, statuses: { 0: 'deleted', 1: 'ceased', 2: 'ceased' }, names: ['归档全量 archive-full', '归档增量 archive-inc'] });
  addChain(b, { resource: vol(r.overdue), count: 2, startAt: b.now - 60 * DAY, stepMs: DAY, head: 1, statuses: { 0: 'suspended', 1: 'suspended' }, names: ['欠费盘全量 overdue-full', '欠费盘增量'] });
  const dbChain = addChain(b, { resource: ins(r.db), count: 4, startAt: b.now - 8 * DAY, stepMs: 2 * DAY, head: 2, statuses: { 3: 'ceased' }, names: ['主库全量 mysql-full', '主库增量 mysql-inc'] });
  addChain(b, { resource: vol(r.test), count: 1, startAt: b.now - 3 * DAY, stepMs: DAY, head: 0, names: ['test full', ''] });
  addChain(b, { resource: ins(r.bastion), count: 1, startAt: b.now - 12 * DAY, stepMs: DAY, head: 0, names: ['跳板机全量 bastion-full', ''] });
  addChain(b, { resource: ins(r.hk), count: 2, startAt: b.now - 5 * DAY, stepMs: 2 * DAY, head: 1, names: ['hk-origin full', 'hk-origin daily'] });
  addChain(b, { resource: vol(r.hkData), count: 1, startAt: b.now - 4 * DAY, stepMs: DAY, head: 0, names: ['香港数据盘全量', ''] });
  return { media, dbChain };
}

/** Job history (successes, failures) plus the jobs still in flight for the pending resources. */
function jobs(b: Builder, r: Inventory, c: ReturnType<typeof chains>) {
  const archiveFull = b.state.snapshots.find((p) => p.resourceId === r.archive.id && p.full);
  if (archiveFull) Object.assign(archiveFull, { statusAt: b.now - 30 * MINUTE });
  addJob(b, { id: '6fcb4e9a-5398-4ddb-89c2-d0917bbdc4af', action: 'CreateSnapshots', resourceIds: ['ss-5fvm6a0u'], createdAt: b.now - 25 * DAY, workMs: 10 * MINUTE });
  addJob(b, { id: '92961ef1-0760-4ac4-97fd-98c2d0604d8f', zone: 'ac2', action: 'RunInstances', resourceIds: [r.hk.id], createdAt: b.now - 90 * DAY, workMs: 2 * MINUTE });
  addJob(b, { action: 'CaptureInstanceFromSnapshot', resourceIds: ['img-IDNC88D', 'ss-qweqwrf'], createdAt: b.now - 6 * DAY, workMs: 8 * MINUTE });
  addJob(b, { action: 'DeleteSnapshots', resourceIds: b.state.snapshots.filter((p) => p.resourceId === r.archive.id).map((p) => p.id), createdAt: b.now - 31 * MINUTE, workMs: 30_000 });
  const failedPoint = c.dbChain[3];
  addJob(b, { action: 'CreateSnapshots', resourceIds: failedPoint ? [failedPoint.id] : [], createdAt: b.now - 2 * DAY, workMs: 2 * MINUTE, failInfo: 'CreateSnapshots failed: backend storage I/O error while copying the volume, insufficient backend resources (5200)' });
  addJob(b, { action: 'ApplySnapshots', resourceIds: ['s-sdDCVGBE', r.web.id], createdAt: b.now - 2 * DAY + 3 * HOUR, workMs: 3 * MINUTE, failInfo: 'ApplySnapshots failed: rollback of the volume timed out on the storage backend (5000)' });
  addJob(b, { action: 'StopInstances', resourceIds: [r.build.id], createdAt: b.now - DAY, workMs: 30_000 });
  inFlightBackup(b, r, c);
  inFlightCreation(b, r);
}

/** A 3-hour incremental backup of the 500 GB disk, 10% done (is_taken still 0). */
function inFlightBackup(b: Builder, r: Inventory, c: ReturnType<typeof chains>) {
  const backupMs = 3 * HOUR;
  const startedAt = b.now - backupMs * b.scale * 0.1;
  const parent = c.media[2];
  if (!parent) return;
  parent.isHead = false;
  b.state.seq += 1;
  const pending = {
    ...parent,
    id: 'ss-MEDIA04',
    name: '素材盘增量 media-inc',
    full: false,
    status: 'pending' as const,
    transition: 'creating' as const,
    createdAt: startedAt,
    statusAt: startedAt,
    snapshotAt: startedAt,
    takenAt: startedAt + backupMs * b.scale * 0.4,
    isHead: true,
    parentId: parent.id,
    seq: b.state.seq,
    sizeMb: 8_640,
  };
  b.state.snapshots.push(pending);
  const previousHeads = { [r.media.id]: parent.id };
  addJob(b, { action: 'CreateSnapshots', resourceIds: [pending.id], createdAt: startedAt, workMs: backupMs, running: true, effect: { kind: 'createSnapshots', snapshotIds: [pending.id], previousHeads } });
}

/** The new instance and the new disk are still being created. */
function inFlightCreation(b: Builder, r: Inventory) {
  addJob(b, { action: 'RunInstances', resourceIds: ['ins-PNDNG01'], createdAt: b.now - 2 * MINUTE * b.scale, workMs: 4 * MINUTE, running: true, effect: { kind: 'power', instanceIds: ['ins-PNDNG01'], from: 'pending', to: 'running' } });
  addJob(b, { action: 'CreateVolume', resourceIds: [r.staging.id], createdAt: b.now - MINUTE * b.scale, workMs: 2 * MINUTE, running: true, effect: { kind: 'createVolume', snapshotId: '', volumeId: r.staging.id } });
}

export function seedDemo(b: Builder): void {
  images(b);
  const r = inventory(b);
  const c = chains(b, r);
  jobs(b, r, c);
}

/** Builds a dataset at `now`; in-flight jobs are timed with the current time scale. */
export function buildDataset(dataset: DatasetName, now: number, scale: number): Idc51State {
  const state = emptyState(dataset, SEED_RNG);
  const b: Builder = { state, now: Math.floor(now / 1000) * 1000, scale };
  seedDemo(b);
  if (dataset === 'large') seedLarge(b);
  state.rng = RUNTIME_RNG;
  return state;
}
