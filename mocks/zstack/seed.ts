/**
 * Deterministic demo data (seeded PRNG; dates relative to the injected clock): one zone, two clusters, three
 * hosts, local + Ceph primary storage, Ceph / ImageStore / (disconnected) SFTP backup storage, ~12 VMs in
 * every interesting state, snapshot trees with branches and deep chains, images including data templates.
 * Includes the seed document's ids (image 314d80c2…, backup storage d861144b…).
 */
import { ADMIN_ACCOUNT_UUID, DEMO_PASSWORD_SHA512, DURATION_MS } from './lib/constants';
import { seededRandom } from '../control/random';
import { addTree, addVm, addVolume, DAY, GiB, must, seedContext, type SeedContext } from './seed-kit';
import { seedLarge } from './seed-large';
import { emptyState, type ImageRec, type ZStackState } from './state';
import type { DatasetName } from '../types';

/** Ids the console, docs and tests rely on. */
export const SEED_IDS = {
  adminAccount: ADMIN_ACCOUNT_UUID,
  dataTemplateImage: '314d80c2feb5352c984b3ffd36108c32',
  cephBackupStorage: 'd861144baadf31e3b1cbbb282242adcf',
  imageStoreBackupStorage: '6b1f2c3d4e5f4a6b8c7d9e0f1a2b3c4d',
  sftpBackupStorage: '9c8b7a6f5e4d4c3b9a2f1e0d9c8b7a6f',
  zone: 'e2f5c8a1b4d74e9f8a6b3c2d1e0f9a8b',
  /** db-mysql-主库: Stopped, root-volume tree with a branch (revert works). */
  stoppedVm: '7a3c1e5b9d2f4a6c8e0b2d4f6a8c0e2b',
  /** web-server-01: Running (revert is refused). */
  runningVm: '3f9e1d7c5b3a4e2d9c8b7a6f5e4d3c2b',
  /** Root volume of db-mysql-主库 and its snapshots. */
  stoppedVmRootVolume: '0b1c2d3e4f5a4b6c8d7e9f0a1b2c3d4e',
  readySnapshot: '5d4c3b2a1f0e4d9c8b7a6f5e4d3c2b1a',
  latestSnapshot: '8e7d6c5b4a3f4e2d9c1b0a9f8e7d6c5b',
  branchSnapshot: '2a4c6e8f0b1d4f3a8c5e7a9b1d3f5a7c',
  runningVmSnapshot: '4b6d8f0a2c4e4a6b8d0f2a4c6e8a0b2d',
  disabledSnapshot: '1c3e5a7b9d1f4b3d8f5a7c9e1b3d5f7a',
  creatingSnapshot: '6f8a0c2e4b6d4f8a9c1e3a5b7d9f1c3e',
  /** The offering and L3 network every seeded VM uses (seed-kit addVm). */
  standardOffering: '5e9f2b7c1d3a4e6f8a0b2c4d6e8f0a1b',
  largeOffering: '7c1e3a5b9d2f4c6e8a0b1d3f5a7c9e2d',
  disabledOffering: '9e2d4f6a8c0b4e1d8f3a5c7e9b1d3f5a',
  businessL3: 'f6a4d1c9e8b74b2c9a3d5e7f1b2c4d6e',
  managementL3: 'b3d5f7a9c1e34b5d8f7a9c1e3b5d7f9a',
  /** A failed job record kept for the console's job view. */
  failedJob: 'c0ffee00c0ffee00c0ffee00c0ffee00',
} as const;

function infrastructure(ctx: SeedContext) {
  const { state, now } = ctx;
  const since = now - 400 * DAY;
  const dated = { createDate: since, lastOpDate: since };
  state.accounts.push({ uuid: ADMIN_ACCOUNT_UUID, name: 'admin', password: DEMO_PASSWORD_SHA512, type: 'SystemAdmin', ...dated });
  state.zones.push({ uuid: SEED_IDS.zone, name: 'ZONE-1 华东一区', description: 'Hangzhou DC, building A', state: 'Enabled', type: 'zstack', ...dated });
  const clusters = [
    { name: 'Cluster-KVM-01 计算集群一', uuid: ctx.id() },
    { name: 'Cluster-KVM-02 compute-b', uuid: ctx.id() },
  ];
  for (const c of clusters) state.clusters.push({ ...c, zoneUuid: SEED_IDS.zone, hypervisorType: 'KVM', state: 'Enabled', type: 'zstack', architecture: 'x86_64', ...dated });
  ['172.20.11.5', '172.20.11.6', '172.20.11.7'].forEach((ip, i) =>
    state.hosts.push({ uuid: ctx.id(), name: `host-${ip}`, zoneUuid: SEED_IDS.zone, clusterUuid: (clusters[i % 2] as { uuid: string }).uuid, managementIp: ip, hypervisorType: 'KVM', state: 'Enabled', status: 'Connected', architecture: 'x86_64', ...dated }),
  );
  const clusterUuids = clusters.map((c) => c.uuid);
  state.primaryStorages.push(
    { uuid: ctx.id(), name: 'PS-LocalStorage-01 本地存储', zoneUuid: SEED_IDS.zone, url: '/zstack_ps', type: 'LocalStorage', state: 'Enabled', status: 'Connected', totalCapacity: 8 * 1024 * GiB, availableCapacity: 5 * 1024 * GiB, attachedClusterUuids: clusterUuids, ...dated },
    { uuid: ctx.id(), name: 'PS-Ceph-01 Ceph主存储', zoneUuid: SEED_IDS.zone, url: 'ceph://pri-c-pool', type: 'Ceph', state: 'Enabled', status: 'Connected', totalCapacity: 48 * 1024 * GiB, availableCapacity: 31 * 1024 * GiB, attachedClusterUuids: clusterUuids, ...dated },
  );
  state.backupStorages.push(
    { uuid: SEED_IDS.cephBackupStorage, name: 'BS-Ceph-01 Ceph镜像仓库', description: 'Ceph pool zs-images', url: 'ceph://zs-images', type: 'Ceph', state: 'Enabled', status: 'Connected', totalCapacity: 20 * 1024 * GiB, availableCapacity: 14 * 1024 * GiB, attachedZoneUuids: [SEED_IDS.zone], ...dated },
    { uuid: SEED_IDS.imageStoreBackupStorage, name: 'BS-ImageStore-01 镜像仓库', url: '/zstack_bs', type: 'ImageStoreBackupStorage', state: 'Enabled', status: 'Connected', totalCapacity: 4 * 1024 * GiB, availableCapacity: 2600 * GiB, attachedZoneUuids: [SEED_IDS.zone], ...dated },
    { uuid: SEED_IDS.sftpBackupStorage, name: 'BS-Sftp-legacy 旧SFTP仓库', description: 'decommissioning', url: 'sftp:/backup/zstack', type: 'SftpBackupStorage', state: 'Enabled', status: 'Disconnected', totalCapacity: 2 * 1024 * GiB, availableCapacity: 300 * GiB, attachedZoneUuids: [SEED_IDS.zone], ...dated },
  );
  // Fixed ids (no ctx.id()): adding them must not shift the ids the rest of the seed draws.
  const offering = (uuid: string, name: string, cpuNum: number, memoryGiB: number, sortKey: number, state: 'Enabled' | 'Disabled' = 'Enabled') => ({ uuid, name, cpuNum, cpuSpeed: 0, memorySize: memoryGiB * GiB, type: 'UserVm', allocatorStrategy: 'LeastVmPreferredHostAllocatorStrategy', sortKey, state, ...dated });
  state.instanceOfferings.push(
    offering(SEED_IDS.standardOffering, 'InstanceOffering-2C4G 标准型', 2, 4, 0),
    offering(SEED_IDS.largeOffering, 'InstanceOffering-8C32G 大内存型', 8, 32, 1),
    offering(SEED_IDS.disabledOffering, 'InstanceOffering-16C64G 已停用', 16, 64, 2, 'Disabled'),
  );
  const l3 = (uuid: string, name: string, ipPrefix: string, category: string) => ({ uuid, name, zoneUuid: SEED_IDS.zone, l2NetworkUuid: 'c5e7a9b1d3f54c6e8a0b2d4f6a8c0e1b', type: 'L3BasicNetwork', category, system: false, state: 'Enabled' as const, ipPrefix, ...dated });
  state.l3Networks.push(l3(SEED_IDS.businessL3, 'L3-业务网 business-net', '10.0.1.', 'Private'), l3(SEED_IDS.managementL3, 'L3-管理网 mgmt-net', '10.0.2.', 'Public'));
}

function image(ctx: SeedContext, spec: Partial<ImageRec> & Pick<ImageRec, 'name' | 'mediaType' | 'format'>, bs: { uuid: string; installPath: string }[], ageDays: number): ImageRec {
  const at = ctx.now - ageDays * DAY;
  const uuid = spec.uuid ?? ctx.id();
  const record: ImageRec = {
    uuid,
    state: 'Enabled',
    status: 'Ready',
    size: 40 * GiB,
    actualSize: 3 * GiB,
    md5Sum: 'not calculated',
    type: 'zstack',
    platform: 'Linux',
    architecture: 'x86_64',
    system: false,
    virtio: true,
    createDate: at,
    lastOpDate: at,
    backupStorageRefs: bs.map((ref) => ({ imageUuid: uuid, backupStorageUuid: ref.uuid, installPath: ref.installPath, status: spec.status ?? 'Ready', createDate: at, lastOpDate: at })),
    ...spec,
  };
  ctx.state.images.push(record);
  return record;
}

function images(ctx: SeedContext) {
  const ceph = (id: string) => ({ uuid: SEED_IDS.cephBackupStorage, installPath: `ceph://zs-images/${id}` });
  const store = (id: string) => ({ uuid: SEED_IDS.imageStoreBackupStorage, installPath: `zstore://${id}/${id}` });
  const centos = image(ctx, { name: 'CentOS-7.9-x86_64', url: 'http://mirrors.example.com/images/centos7.9.qcow2', mediaType: 'RootVolumeTemplate', format: 'qcow2', guestOsType: 'CentOS 7', size: 40 * GiB, actualSize: 1.3 * GiB }, [ceph(ctx.id()), store(ctx.id())], 380);
  const ubuntu = image(ctx, { name: 'Ubuntu-22.04-server', url: 'http://mirrors.example.com/images/ubuntu-22.04.qcow2', mediaType: 'RootVolumeTemplate', format: 'qcow2', guestOsType: 'Ubuntu 22.04', actualSize: 2.1 * GiB }, [store(ctx.id())], 300);
  const windows = image(ctx, { name: 'Windows-Server-2019-数据中心版', url: 'http://mirrors.example.com/images/win2019.qcow2', mediaType: 'RootVolumeTemplate', format: 'qcow2', platform: 'Windows', guestOsType: 'Windows 2019', size: 60 * GiB, actualSize: 11 * GiB, virtio: false }, [store(ctx.id())], 250);
  const kylin = image(ctx, { name: 'Kylin-V10-SP2 银河麒麟', mediaType: 'RootVolumeTemplate', format: 'raw', guestOsType: 'Kylin V10', url: 'http://mirrors.example.com/images/kylin-v10.raw' }, [ceph(ctx.id())], 120);
  image(ctx, { name: 'virtio-win-0.1.229.iso', mediaType: 'ISO', format: 'iso', platform: 'Windows', size: 0.6 * GiB, actualSize: 0.6 * GiB, url: 'http://mirrors.example.com/iso/virtio-win-0.1.229.iso' }, [store(ctx.id())], 200);
  image(ctx, { uuid: SEED_IDS.dataTemplateImage, name: 'My Data Volume Template', description: 'MySQL data disk template', mediaType: 'DataVolumeTemplate', format: 'raw', size: 100 * GiB, actualSize: 18 * GiB, url: 'volumeSnapshot://5d4c3b2a1f0e4d9c8b7a6f5e4d3c2b1a' }, [{ uuid: SEED_IDS.cephBackupStorage, installPath: 'ceph://zs-images/0cd599ec519249489475112a058bb93a' }], 30);
  image(ctx, { name: '日志盘模板 log-disk-template', mediaType: 'DataVolumeTemplate', format: 'qcow2', size: 200 * GiB, actualSize: 9 * GiB }, [store(ctx.id())], 12);
  const nightly = image(ctx, { name: '夜间备份模板 nightly-template', mediaType: 'DataVolumeTemplate', format: 'raw', status: 'Creating', size: 500 * GiB, actualSize: 0, url: `volumeSnapshot://${SEED_IDS.latestSnapshot}` }, [store(ctx.id())], 0);
  image(ctx, { name: 'old-centos6-template 已删除', mediaType: 'RootVolumeTemplate', format: 'qcow2', status: 'Deleted', deletedAt: ctx.now - DAY }, [store(ctx.id())], 900);
  return { centos, ubuntu, windows, kylin, nightly };
}

function vmsAndSnapshots(ctx: SeedContext) {
  const { centos, ubuntu, windows, kylin, nightly } = images(ctx);
  const [local, cephPs] = ctx.state.primaryStorages as [ZStackState['primaryStorages'][number], ZStackState['primaryStorages'][number]];
  const mysql = addVm(ctx, { uuid: SEED_IDS.stoppedVm, name: 'db-mysql-主库', description: 'MySQL 8.0 primary', state: 'Stopped', hostIndex: 0, imageUuid: centos.uuid, ps: cephPs, cpuNum: 8, memoryGiB: 32, rootGiB: 40, dataGiB: [500], ageDays: 320, ip: '10.0.1.21' });
  // Re-key the root volume so the documented id works.
  const oldRoot = mysql.root.uuid;
  mysql.root.uuid = SEED_IDS.stoppedVmRootVolume;
  mysql.vm.rootVolumeUuid = SEED_IDS.stoppedVmRootVolume;
  mysql.root.installPath = mysql.root.installPath.replace(oldRoot, SEED_IDS.stoppedVmRootVolume);
  addTree(ctx, mysql.root, [{ name: '旧基线 old-baseline', ageHours: 24 * 200 }, { name: 'pre-migration', ageHours: 24 * 190 }], { current: false, latest: 1 });
  addTree(
    ctx,
    mysql.root,
    [
      { uuid: SEED_IDS.readySnapshot, name: '初始安装 baseline', description: 'fresh install', ageHours: 24 * 60 },
      { name: 'before-upgrade-5.7-to-8.0', ageHours: 24 * 40 },
      { name: 'after-upgrade 升级完成', ageHours: 24 * 39 },
      { name: 'daily-2026-11-01', ageHours: 24 * 20 },
      { uuid: SEED_IDS.latestSnapshot, name: 'daily-2026-11-20', ageHours: 30 },
      { uuid: SEED_IDS.branchSnapshot, name: 'hotfix-branch 测试分支', description: 'branch from before-upgrade', parent: 1, ageHours: 24 * 35 },
      { name: 'hotfix-verified', ageHours: 24 * 34 },
    ],
    { current: true, latest: 4 },
  );
  addTree(ctx, must(mysql.data[0]), [{ name: 'binlog-cut-1', ageHours: 48 }, { name: 'binlog-cut-2', ageHours: 24 }], { current: true, latest: 1 });

  const web = addVm(ctx, { uuid: SEED_IDS.runningVm, name: 'web-server-01 官网前端', state: 'Running', hostIndex: 0, imageUuid: ubuntu.uuid, ps: local, cpuNum: 4, memoryGiB: 8, rootGiB: 40, dataGiB: [100], guestOsType: 'Ubuntu 22.04', ageDays: 150, ip: '10.0.1.11' });
  addTree(ctx, web.root, [{ name: 'nginx-installed', ageHours: 24 * 100 }, { uuid: SEED_IDS.runningVmSnapshot, name: 'before-release-v2.3', ageHours: 24 * 7 }, { name: 'release-v2.3 上线后', ageHours: 24 * 6 }], { current: true, latest: 2 });

  addVm(ctx, { name: '订单服务-order-svc', state: 'Running', hostIndex: 1, imageUuid: centos.uuid, ps: cephPs, cpuNum: 4, memoryGiB: 16, rootGiB: 40, dataGiB: [200], ageDays: 90, ip: '10.0.1.31' });
  addVm(ctx, { name: 'redis-cache-02 缓存', state: 'Paused', hostIndex: 2, imageUuid: centos.uuid, ps: local, cpuNum: 2, memoryGiB: 16, rootGiB: 20, ageDays: 80, ip: '10.0.1.41' });
  const jenkins = addVm(ctx, { name: 'jenkins-ci 持续集成', state: 'Stopped', hostIndex: 1, imageUuid: ubuntu.uuid, ps: local, cpuNum: 4, memoryGiB: 8, rootGiB: 80, ageDays: 200, guestOsType: 'Ubuntu 22.04', ip: '10.0.2.12' });
  addTree(ctx, jenkins.root, [{ name: 'plugins-baseline', ageHours: 24 * 50 }], { current: true, latest: 0 });
  const master = addVm(ctx, { name: 'k8s-master-01', state: 'Starting', hostIndex: 0, imageUuid: kylin.uuid, ps: cephPs, cpuNum: 4, memoryGiB: 8, rootGiB: 60, guestOsType: 'Kylin V10', ageDays: 60, ip: '10.0.3.10' });
  const worker = addVm(ctx, { name: 'k8s-worker-03', state: 'Stopping', hostIndex: 2, imageUuid: kylin.uuid, ps: cephPs, cpuNum: 8, memoryGiB: 16, rootGiB: 60, guestOsType: 'Kylin V10', ageDays: 60, ip: '10.0.3.13' });
  const finance = addVm(ctx, { name: '财务系统 finance-app', state: 'Stopped', hostIndex: 1, imageUuid: windows.uuid, ps: local, cpuNum: 8, memoryGiB: 16, rootGiB: 60, dataGiB: [300], platform: 'Windows', guestOsType: 'Windows 2019', ageDays: 400, ip: '10.0.4.20' });
  addTree(
    ctx,
    must(finance.data[0]),
    Array.from({ length: 10 }, (_, i) => ({ name: `月结-2026-${String(i + 1).padStart(2, '0')} month-end`, ageHours: 24 * (300 - i * 30), ...(i === 3 ? { uuid: SEED_IDS.disabledSnapshot, state: 'Disabled' as const } : {}) })),
    { current: true, latest: 9 },
  );
  addVm(ctx, { name: 'legacy-erp 旧ERP', state: 'Crashed', hostIndex: 2, imageUuid: windows.uuid, ps: local, cpuNum: 4, memoryGiB: 8, rootGiB: 60, platform: 'Windows', guestOsType: 'Windows 2019', ageDays: 700, ip: '10.0.4.30' });
  addVm(ctx, { name: 'test-win2019 测试机', state: 'Created', hostIndex: 0, imageUuid: windows.uuid, ps: local, cpuNum: 2, memoryGiB: 4, rootGiB: 60, platform: 'Windows', guestOsType: 'Windows 2019', ageDays: 1, ip: '10.0.9.50' });
  const spark = addVm(ctx, { name: '数据分析-spark-01', state: 'Running', hostIndex: 1, imageUuid: centos.uuid, ps: cephPs, cpuNum: 16, memoryGiB: 64, rootGiB: 40, dataGiB: [1000, 1000], ageDays: 45, ip: '10.0.5.11' });
  addTree(ctx, must(spark.data[0]), [{ name: 'dataset-loaded', ageHours: 72 }, { uuid: SEED_IDS.creatingSnapshot, name: 'nightly-etl 进行中', ageHours: 0, status: 'Creating' }], { current: true, latest: 0 });
  addVm(ctx, { name: 'dev-sandbox 开发沙箱', state: 'Unknown', hostIndex: 2, imageUuid: ubuntu.uuid, ps: local, cpuNum: 2, memoryGiB: 4, rootGiB: 40, guestOsType: 'Ubuntu 22.04', ageDays: 15, ip: '10.0.9.77' });
  const archive = addVolume(ctx, undefined, { name: '归档数据盘 archive-disk', type: 'Data', sizeGiB: 2000, ps: cephPs, createDate: ctx.now - 100 * DAY });
  addTree(ctx, archive, [{ name: 'archive-2025Q4', ageHours: 24 * 60 }, { name: 'archive-2026Q1', ageHours: 24 * 30 }, { name: 'archive-2026Q2', ageHours: 24 * 5 }], { current: true, latest: 2 });
  return { master, worker, nightly, spark };
}

/** Jobs "started by someone else" just before the seed, so the …ing states finish on their own. */
function pendingJobs(ctx: SeedContext, scale: number, vms: ReturnType<typeof vmsAndSnapshots>) {
  const { state, now } = ctx;
  const job = (uuid: string, api: string, durationMs: number, effect: ZStackState['jobs'][number]['effect']) =>
    state.jobs.push({ uuid, api, createDate: now, doneAt: now + durationMs * scale, apiTimeoutMs: 1_800_000, effect });
  job(ctx.id(), 'StartVmInstance', DURATION_MS.vmStart, { kind: 'vmStart', vmUuid: vms.master.vm.uuid, hostUuid: vms.master.vm.hostUuid ?? '', from: 'Stopped' });
  job(ctx.id(), 'StopVmInstance', DURATION_MS.vmStopGrace, { kind: 'vmStop', vmUuid: vms.worker.vm.uuid, from: 'Running', hostUuid: vms.worker.vm.hostUuid });
  job(ctx.id(), 'CreateDataVolumeTemplateFromVolumeSnapshot', DURATION_MS.createTemplate, { kind: 'createTemplate', imageUuid: vms.nightly.uuid, snapshotUuid: SEED_IDS.latestSnapshot, failures: [] });
  job(ctx.id(), 'CreateVolumeSnapshot', DURATION_MS.createSnapshot * 8, { kind: 'createSnapshot', snapshotUuid: SEED_IDS.creatingSnapshot, volumeUuid: must(vms.spark.data[0]).uuid });
  state.jobs.push({
    uuid: SEED_IDS.failedJob,
    api: 'RevertVolumeFromSnapshot',
    createDate: now - 600_000,
    doneAt: now - 540_000,
    apiTimeoutMs: 86_400_000,
    effect: { kind: 'none' },
    outcome: { status: 503, body: { error: { code: 'SYS.1006', description: 'An operation failed', details: `unable to reset volume[uuid:${SEED_IDS.stoppedVmRootVolume}] to snapshot[uuid:${SEED_IDS.latestSnapshot}], the vm[uuid:${SEED_IDS.stoppedVm}] volume attached to is not in Stopped state, current state is Running` } } },
  });
}

/** The seeded state of a dataset: same clock, same data. */
export function seedState(dataset: DatasetName, now: number, timeScale: number): ZStackState {
  const state = emptyState(dataset);
  const ctx = seedContext(state, seededRandom(0x25_7a_c4), Math.floor(now / 60_000) * 60_000);
  infrastructure(ctx);
  const vms = vmsAndSnapshots(ctx);
  pendingJobs(ctx, timeScale, vms);
  if (dataset === 'large') seedLarge(ctx, 10_000 - state.vms.length);
  return state;
}
