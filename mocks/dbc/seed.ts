import { createDurationS } from './rules/lifecycle';
import { snapshotFile } from './rules/snapshots';
import { seedLarge } from './seed-large';
import { BASE_IMAGES, CLIENT_VERSION, DAY, makeNode, makeTask } from './seed-kit';
import { DBC_DEMO_MULTISIG, DBC_DEMO_RENTER, DBC_OTHER_RENTER } from './lib/identities';
import type { DbcNode, DbcSnapshot, DbcState, DbcTask } from './state';

export { DBC_DEMO_MULTISIG, DBC_DEMO_RENTER, DBC_OTHER_RENTER, demoWalletAuth, signDemo } from './lib/identities';
export type { DemoSigner } from './lib/identities';

/** Node ids of the demo dataset (the first two are the seed documents' examples). */
export const DBC_NODES = {
  /** Seed example node; rented by the demo renter; tasks in every status. */
  main: '58fb618aa482c41114eb3cfdaefd3ba183172da9e25251449d045043fbd37f45',
  /** Seed snapshot/image example node; rented by the demo renter; snapshots on DBC_TASKS.withSnapshots. */
  snapshots: '80720ffadecb07087b3a5b6f88b91b58f7c738b15405c93914ee04f607a14965',
  /** Rented by DBC_OTHER_RENTER: the demo renter gets "wallet not rented". */
  otherRenter: '6c37d6bbfb1a628d360c0c3b09318318dc80a7a8b7de192e9c05cec1b0c60787',
  /** Online but not rented: "machine is not be rented". */
  notRented: '625b39fa21db06a96e38d7b57aa9daebbcf4817cca780dfbf387bb76af85e7b2',
  /** The demo renter's rental ran out: "machine has already expired". */
  expired: '5d83b4f4b37e44a1e26c2d3939e7c7754793e2d28f3532dae2be813ce3ab4b31',
  /** Rented by the 2-of-3 demo multisig account. */
  multisig: '9fdf1029974daafdf10556039bc42aac57cf612e26e9cdd175270b6cbab02e7f',
} as const;

/** Fixed task ids used by the docs, the contract suite and the console's demo. */
export const DBC_TASKS = {
  /** On `main`: running Ubuntu VM (ssh 20022, vnc 5910). */
  running: 'Gq3kZ8vR2mXw9TbN4sLpYc',
  /** On `snapshots`: shut-off Ubuntu VM with vda+vdb and the snapshots `snap1` and `snap-epoch90` (use for <task_id>). */
  withSnapshots: 'Ht5nC7xK1wQe8RfV3jMzUa',
  /** On `main`: shut-off Windows VM (rdp 20389). */
  closedWindows: 'Wn4bT6yP9kRd2HsQ8vXcMf',
} as const;

/** The snapshot names present on DBC_TASKS.withSnapshots. */
export const DBC_SNAPSHOTS = { first: 'snap1', second: 'snap-epoch90' } as const;

export const DBC_IMAGE_SERVERS = ['ID_1', 'ID_2'];

function demoSnapshot(task: Pick<DbcTask, 'taskId'>, name: string, description: string, createdAt: number, uploads: boolean): DbcSnapshot {
  const fake = { taskId: task.taskId } as DbcTask;
  return {
    name,
    description,
    createdAt,
    readyAt: createdAt + 5 * 60_000,
    uploads,
    disks: [
      { diskName: 'vda', snapshotType: 'external', file: snapshotFile(fake, 'vda', name) },
      { diskName: 'vdb', snapshotType: 'external', file: snapshotFile(fake, 'vdb', name) },
    ],
    file: `/data/${task.taskId}_${name}.qcow2`,
  };
}

function createOp(now: number, scale: number, gpu: number, disk: number, mem: number): DbcTask['op'] {
  return { kind: 'create', pending: 'creating', startedAt: now, doneAt: now + createDurationS(gpu, disk, mem) * 1000 * scale, next: 'running', nextDomain: 'running' };
}

function mainNodeTasks(now: number, scale: number): DbcTask[] {
  const nodeId = DBC_NODES.main;
  return [
    makeTask({ taskId: DBC_TASKS.running, label: 'a-running', nodeId, createdAt: now - 12 * DAY, desc: 'LLaMA-2 13B 微调 fine-tuning', sshPort: 20022, vncPort: 5910, cpuCores: 16, gpuCount: 2, memGb: 64, diskGb: 500, status: 'running', domain: 'running' }),
    makeTask({ taskId: DBC_TASKS.closedWindows, label: 'a-closed-win', nodeId, createdAt: now - 30 * DAY, desc: 'Windows 渲染工作站 Render workstation', os: 'windows', rdpPort: 20389, vncPort: 5911, cpuCores: 8, gpuCount: 1, memGb: 32, diskGb: 200, status: 'closed', domain: 'shut_off' }),
    makeTask({ label: 'a-suspended', nodeId, createdAt: now - 6 * DAY, desc: 'Jupyter 教学环境 teaching lab', sshPort: 20023, vncPort: 5912, cpuCores: 8, gpuCount: 1, memGb: 16, diskGb: 100, status: 'pmsuspend', domain: 'suspended' }),
    makeTask({ label: 'a-creating', nodeId, createdAt: now, desc: 'Stable Diffusion WebUI', sshPort: 20024, vncPort: 5913, cpuCores: 16, gpuCount: 2, memGb: 64, diskGb: 300, status: 'creating', domain: 'none', op: createOp(now, scale, 2, 300, 64) }),
    makeTask({ label: 'a-create-error', nodeId, createdAt: now - 2 * DAY, desc: 'vLLM 推理服务 inference', sshPort: 20025, vncPort: 5914, cpuCores: 8, gpuCount: 1, memGb: 32, diskGb: 100, status: 'create error', domain: 'none' }),
    makeTask({ label: 'a-start-error', nodeId, createdAt: now - 20 * DAY, desc: '数据预处理 ETL pipeline', sshPort: 20026, vncPort: 5915, cpuCores: 4, gpuCount: 0, memGb: 8, diskGb: 50, status: 'start error', domain: 'shut_off' }),
  ];
}

function snapshotNodeTasks(now: number, scale: number): DbcTask[] {
  const nodeId = DBC_NODES.snapshots;
  const withSnaps = { taskId: DBC_TASKS.withSnapshots };
  return [
    makeTask({
      ...withSnaps, label: 'b-snapshots', nodeId, createdAt: now - 40 * DAY, desc: 'ResNet 训练集群 training node', sshPort: 21022, vncPort: 5920, cpuCores: 16, gpuCount: 4, memGb: 128, diskGb: 1000, status: 'closed', domain: 'shut_off',
      snapshots: [
        demoSnapshot(withSnaps, DBC_SNAPSHOTS.first, '环境配置完成 environment ready', now - 35 * DAY, false),
        demoSnapshot(withSnaps, DBC_SNAPSHOTS.second, '训练完成 epoch 90 finished', now - 3 * DAY, false),
      ],
    }),
    makeTask({ label: 'b-running-win', nodeId, createdAt: now - 9 * DAY, desc: 'Windows 11 云桌面 cloud desktop', os: 'windows', rdpPort: 21389, vncPort: 5921, cpuCores: 8, gpuCount: 1, memGb: 32, diskGb: 200, status: 'running', domain: 'running' }),
    makeTask({ label: 'b-standby', nodeId, createdAt: now - 15 * DAY, desc: '备用节点 standby', sshPort: 21023, vncPort: 5922, cpuCores: 8, gpuCount: 2, memGb: 32, diskGb: 100, status: 'closed', domain: 'shut_off' }),
    makeTask({
      label: 'b-restarting', nodeId, createdAt: now - 4 * DAY, desc: 'Blender 渲染 render farm', sshPort: 21024, vncPort: 5923, cpuCores: 8, gpuCount: 1, memGb: 32, diskGb: 100, status: 'running', domain: 'running',
      op: { kind: 'restart', pending: 'restarting', startedAt: now, doneAt: now + 40_000 * scale, next: 'running', nextDomain: 'running' },
    }),
  ];
}

function otherNodes(now: number): { nodes: DbcNode[]; tasks: DbcTask[] } {
  const nodes = [
    makeNode({ nodeId: DBC_NODES.otherRenter, name: 'Beijing-Yizhuang-3090-03', ip: '123.57.84.203', gpuCount: 4, rental: { status: 'rented', renter: DBC_OTHER_RENTER.address } }),
    makeNode({ nodeId: DBC_NODES.notRented, name: '上海临港-A800-02', ip: '101.89.112.47', gpuCount: 8, cpuType: 'AMD EPYC 7763 64-Core Processor', cpuCores: 128, rental: { status: 'online' } }),
    makeNode({ nodeId: DBC_NODES.expired, name: 'Hangzhou-Xiaoshan-4090-05', ip: '115.236.9.88', gpuCount: 4, rental: { status: 'expired', renter: DBC_DEMO_RENTER.address } }),
    makeNode({
      nodeId: DBC_NODES.multisig, name: '广州南沙-H100-多签 multisig', ip: '119.29.50.161', gpuCount: 8, cpuType: 'Intel(R) Xeon(R) Platinum 8480+', cpuCores: 112, memGb: 1007.5,
      rental: { status: 'rented', renter: DBC_DEMO_MULTISIG.address },
      sessions: [{ sessionId: DBC_DEMO_MULTISIG.sessionId, wallet: DBC_DEMO_MULTISIG.address, signers: [...DBC_DEMO_MULTISIG.wallets] }],
    }),
  ];
  const tasks = [
    makeTask({ label: 'o-running', nodeId: DBC_NODES.otherRenter, wallet: DBC_OTHER_RENTER.address, createdAt: now - 8 * DAY, desc: 'other tenant', sshPort: 22022, vncPort: 5930, cpuCores: 8, gpuCount: 2, memGb: 32, diskGb: 100, status: 'running', domain: 'running' }),
    makeTask({ label: 'e-closed', nodeId: DBC_NODES.expired, createdAt: now - 60 * DAY, desc: '已到期 expired lease', sshPort: 23022, vncPort: 5940, cpuCores: 8, gpuCount: 2, memGb: 32, diskGb: 100, status: 'closed', domain: 'shut_off' }),
    makeTask({ label: 'm-running', nodeId: DBC_NODES.multisig, wallet: DBC_DEMO_MULTISIG.address, createdAt: now - 5 * DAY, desc: '多签团队 GPT 训练 team training', sshPort: 24022, vncPort: 5950, cpuCores: 32, gpuCount: 4, memGb: 256, diskGb: 2000, status: 'running', domain: 'running' }),
  ];
  return { nodes, tasks };
}

function baseState(dataset: DbcState['dataset']): DbcState {
  return {
    dataset,
    clientVersion: CLIENT_VERSION,
    nodes: [],
    tasks: [],
    imageCenter: [
      ...BASE_IMAGES.map((i) => ({ ...i, server: 'ID_1' })),
      { name: 'centos7.9.qcow2', sizeGb: 4.12, server: 'ID_1' },
      { name: 'stable-diffusion-webui.qcow2', sizeGb: 32.5, server: 'ID_1' },
      { name: 'ubuntu.qcow2', sizeGb: 5.21, server: 'ID_2' },
      { name: 'debian12.qcow2', sizeGb: 3.87, server: 'ID_2' },
    ],
    imageServers: [...DBC_IMAGE_SERVERS],
    transfers: [],
    counter: 1,
  };
}

function seedNodes(): DbcNode[] {
  return [
    makeNode({ nodeId: DBC_NODES.main, name: '深圳南山-A100-01', ip: '183.62.147.21', gpuCount: 8, rental: { status: 'rented', renter: DBC_DEMO_RENTER.address } }),
    makeNode({ nodeId: DBC_NODES.snapshots, name: 'Chengdu-Tianfu-4090-07', ip: '171.221.36.118', gpuCount: 8, cpuType: 'AMD EPYC 7542 32-Core Processor', cpuCores: 64, memGb: 251.52, rental: { status: 'rented', renter: DBC_DEMO_RENTER.address } }),
  ];
}

/** The demo: 6 nodes (rented, other renter, not rented, expired, multisig), tasks in every status, snapshots. */
export function buildDemo(now: number, scale: number): DbcState {
  const state = baseState('demo');
  const others = otherNodes(now);
  state.nodes = [...seedNodes(), ...others.nodes];
  state.tasks = [...mainNodeTasks(now, scale), ...snapshotNodeTasks(now, scale), ...others.tasks];
  return state;
}

/** `large`: 500 nodes rented by the demo renter (the two seed nodes first), one or two VMs each. */
export function buildLarge(now: number, scale: number): DbcState {
  const state = baseState('large');
  state.nodes = seedNodes();
  state.tasks = [...mainNodeTasks(now, scale), ...snapshotNodeTasks(now, scale)];
  seedLarge(state, now);
  return state;
}
