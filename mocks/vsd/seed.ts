import { bytesToHex } from '@noble/hashes/utils';
import { md5 } from '@noble/hashes/legacy';
import type { DatasetName } from '../types';
import { GUEST_SHUTDOWN_MS } from './rules/power';
import { memoryDurationMs } from './rules/snapshots';
import { seedLarge } from './seed-large';
import { DAY_S, TreeBuilder, addVm, disk, type VmSpec } from './seed-kit';
import { emptyState, type ComputeRecord, type VsdState } from './state';

/** Identifiers of the seed document (003) and the demo login; the console and contract tests use them. */
export const SEED = {
  cluster: '650ea11b-b7fb-4269-8232-aa53865aab3b',
  clusterB: 'c27a25bc-5da2-430f-bfaf-6c8d33f21128',
  tenant: 'a5badacf-a25c-4171-9aff-b619fc2d300a',
  tenantName: 'default',
  tenantB: 'e1170fde-f0fe-4f91-a568-ac4b84f00aad',
  compute: 'b6b0e5b9-dacd-432b-9b83-c3e89799009d',
  computeName: 'test-templ',
  snapshot: '60fe79cb-0fc7-4d78-a0d7-64b9a87b47d2',
  snapshotName: 'origin',
  diskSnapshot: '25a949de-eaad-4f99-9bf8-b794578d8cfe',
  volume: '3e8b046d-99a2-4a28-ba73-01c8af4d85e0',
  originCtime: 1631166673,
  user: 'admin',
  password: 'vsd-demo',
  /** The admin's pre-created api key (what GET /v1/apikey/list returns after login). */
  apiKey: '9c1d7e2a-5b3f-4e8a-a6d4-2f0b7c9e1a35',
  userB: 'ops',
} as const;

export const md5Hex = (text: string) => bytesToHex(md5(new TextEncoder().encode(text)));

function baseState(nowMs: number): VsdState {
  const state = emptyState();
  state.clusters = [
    { uuid: SEED.cluster, name: 'hci-bj-01', mode: 'hci', members: ['10.30.33.25', '10.30.33.26', '10.30.33.27'] },
    { uuid: SEED.clusterB, name: 'host3223-cvm3323', mode: 'hci', members: ['10.30.12.150', '10.30.12.151'] },
  ];
  state.tenants = [
    { uuid: SEED.tenant, name: SEED.tenantName, namespace: '0d16efa9-5652-4226-8086-e4cac3c545f9', memorySnapshotSpace: true },
    // Memory-snapshot space off: domain_memory=true is refused for this tenant's VMs.
    { uuid: SEED.tenantB, name: '研发中心', namespace: '5c0a7d3e-81b2-4f6c-9e47-2ad9b3f01c58', memorySnapshotSpace: false },
  ];
  const password = md5Hex(SEED.password);
  state.users = [
    { uuid: '1f6b8c2d-4e7a-4b19-8c3f-6d2e9a0b5c71', name: SEED.user, tenant: SEED.tenant, role: 'admin', passwordMd5: password, allTenants: true },
    { uuid: '8a3e5f10-2c6d-4d8b-b7e1-0f9c4a6d2e83', name: SEED.userB, tenant: SEED.tenantB, role: 'tenant_admin', passwordMd5: password, allTenants: false },
  ];
  state.apiKeys = [{ uuid: SEED.apiKey, userUuid: '1f6b8c2d-4e7a-4b19-8c3f-6d2e9a0b5c71', createdAt: nowMs - 30 * DAY_S * 1000, serial: 0 }];
  return state;
}

/** ~14 VMs covering every power state, action and snapshot situation the console shows. */
const DEMO_VMS: VmSpec[] = [
  { uuid: SEED.compute, name: SEED.computeName, cluster: SEED.cluster, tenant: SEED.tenant, state: 'shutoff', os: 'CentOS x64', cpu: 2, memGiB: 4, disks: [{ kind: 'vsd', sizeGiB: 20, volumeUuid: SEED.volume }], ageDays: 400 },
  { name: '财务数据库', cluster: SEED.cluster, tenant: SEED.tenant, state: 'running', os: 'CentOS 7.9 x64', cpu: 8, memGiB: 32, disks: [disk(100), disk(500)], ageDays: 320 },
  { name: 'build-runner-01', cluster: SEED.cluster, tenant: SEED.tenant, state: 'running', os: 'Ubuntu 22.04 x64', cpu: 16, memGiB: 32, disks: [disk(80), disk(200, 'volume')], ageDays: 150 },
  { name: 'web-frontend-02', cluster: SEED.cluster, tenant: SEED.tenant, state: 'paused', os: 'Debian 12 x64', cpu: 4, memGiB: 8, disks: [disk(40)], ageDays: 90 },
  { name: '客服系统-app', cluster: SEED.cluster, tenant: SEED.tenant, state: 'running', os: 'Windows Server 2019', cpu: 8, memGiB: 16, disks: [disk(120)], ageDays: 200 },
  { name: '测试环境-win10', cluster: SEED.cluster, tenant: SEED.tenant, state: 'pmsuspend', action: 'save', os: 'Windows 10 x64', cpu: 4, memGiB: 8, disks: [disk(60)], ageDays: 60 },
  { name: 'legacy-erp-oracle', cluster: SEED.cluster, tenant: SEED.tenant, state: 'shutoff', os: 'Oracle Linux 7 x64', cpu: 8, memGiB: 64, disks: [disk(100), disk(1024, 'passthrough')], ageDays: 900 },
  { name: 'monitor-prometheus', cluster: SEED.cluster, tenant: SEED.tenant, state: 'crashed', os: 'Rocky Linux 9 x64', cpu: 4, memGiB: 8, disks: [disk(200)], ageDays: 45 },
  { name: '数据同步-worker', cluster: SEED.cluster, tenant: SEED.tenant, state: 'running', action: 'migrating', os: 'CentOS 8 x64', cpu: 4, memGiB: 8, disks: [disk(50)], ageDays: 30 },
  { name: '大数据-spark-master', cluster: SEED.cluster, tenant: SEED.tenant, state: 'shutoff', os: 'Ubuntu 20.04 x64', cpu: 64, memGiB: 256, disks: [disk(500)], ageDays: 75 },
  { name: 'k8s-node-03', cluster: SEED.cluster, tenant: SEED.tenant, state: 'shutdown', os: 'Ubuntu 22.04 x64', cpu: 8, memGiB: 16, disks: [disk(100)], ageDays: 120 },
  { name: '研发-gitlab', cluster: SEED.clusterB, tenant: SEED.tenantB, state: 'running', os: 'Ubuntu 22.04 x64', cpu: 8, memGiB: 16, disks: [disk(300)], ageDays: 500 },
  { name: 'ci-cache-01', cluster: SEED.clusterB, tenant: SEED.tenantB, state: 'blocked', os: 'Alpine 3.19 x64', cpu: 2, memGiB: 4, disks: [disk(100)], ageDays: 20 },
  { name: '遗留-打印服务', cluster: SEED.clusterB, tenant: SEED.tenantB, state: 'nostate', os: 'Windows Server 2012 R2', cpu: 2, memGiB: 4, disks: [disk(60)], ageDays: 1500, hasAgent: false },
];

/** A finished memory image (saved long ago). */
const readyImage = (vm: ComputeRecord, startedAt: number) => ({ startedAt, durationMs: memoryDurationMs(vm.memBytes), bytes: vm.memBytes });

function seedTrees(state: VsdState, vms: ComputeRecord[], nowMs: number, timeScale: number) {
  const nowS = Math.floor(nowMs / 1000);
  const [templ, finance, runner, web, support, , , , , , , gitlab] = vms;
  if (!templ || !finance || !runner || !web || !support || !gitlab) throw new Error('vsd seed: VM list changed');

  new TreeBuilder(state, templ).snap(SEED.snapshotName, SEED.originCtime, { uuid: SEED.snapshot, diskSnapshotUuids: [SEED.diskSnapshot] }).save();

  // A deep chain: 32 nightly snapshots, then a ready memory snapshot before an upgrade.
  const chain = new TreeBuilder(state, finance);
  for (let i = 1; i <= 32; i++) chain.snap(`nightly-${String(i).padStart(3, '0')}`, nowS - (40 - i) * DAY_S, { description: `每日自动快照 #${i}` });
  chain.snap('升级前-内存快照', nowS - 7 * DAY_S, { description: 'MySQL 8.0 升级前的内存+磁盘快照', memory: readyImage(finance, nowMs - 7 * DAY_S * 1000) }).save();

  // Three branches off one snapshot: delete of `toolchain-ready` is refused.
  new TreeBuilder(state, runner)
    .snap('base-image', nowS - 60 * DAY_S, { description: 'Ubuntu 22.04 minimal' })
    .snap('toolchain-ready', nowS - 50 * DAY_S, { description: '编译工具链安装完成' })
    .snap('gcc-13', nowS - 40 * DAY_S)
    .snap('gcc-13-cache-warm', nowS - 39 * DAY_S, { description: 'ccache warmed' })
    .head('toolchain-ready')
    .snap('clang-18', nowS - 30 * DAY_S)
    .head('toolchain-ready')
    .snap('rust-1.82', nowS - 20 * DAY_S, { description: 'Rust stable toolchain' })
    .snap('rust-nightly', nowS - 10 * DAY_S)
    .head('clang-18')
    .save();

  new TreeBuilder(state, web)
    .snap('发布前-v2.3', nowS - 30 * DAY_S, { description: 'release v2.3 之前' })
    .snap('发布前-v2.4', nowS - 5 * DAY_S, { description: 'release v2.4 之前' })
    .save();

  // A failed memory snapshot, then one still saving (10 min realistic, scaled): rollback to either is refused.
  new TreeBuilder(state, support)
    .snap('patch-baseline', nowS - 14 * DAY_S, { description: '补丁基线' })
    .snap('内存快照-失败', nowS - 3 * DAY_S, { description: '上传内存镜像时备份存储断开', memory: { ...readyImage(support, nowMs - 3 * DAY_S * 1000), failsAt: nowMs - 3 * DAY_S * 1000 + 20_000 } })
    .snap('内存快照-进行中', nowS, { description: '工单系统升级前', memory: { startedAt: nowMs, durationMs: 600_000 * timeScale, bytes: support.memBytes } })
    .save();

  new TreeBuilder(state, gitlab)
    .snap('gitlab-16.11', nowS - 90 * DAY_S, { description: '升级前' })
    .snap('gitlab-17.5', nowS - 12 * DAY_S)
    .save();
}

/** The seeded platform. Same dataset + same clock reading = same data. */
export function seedState(dataset: DatasetName, nowMs: number, timeScale: number): VsdState {
  const state = baseState(nowMs);
  const nowS = Math.floor(nowMs / 1000);
  const vms = DEMO_VMS.map((spec, index) => addVm(state, spec, index, nowS));
  seedTrees(state, vms, nowMs, timeScale);
  if (dataset === 'large') seedLarge(state, { cluster: SEED.cluster, tenant: SEED.tenant, clusterB: SEED.clusterB, tenantB: SEED.tenantB }, DEMO_VMS.length, nowS);
  // Running guests have had their agents connected for a while; guests shutting down finish doing so.
  state.computes.forEach((vm, index) => {
    vm.agentReadyAt = nowMs - 3_600_000;
    if (vm.state === 'shutdown') vm.settlesAt = nowMs + (GUEST_SHUTDOWN_MS + (index % 5) * 10_000) * timeScale;
  });
  return state;
}
