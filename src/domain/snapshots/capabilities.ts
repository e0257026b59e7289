import type { ProviderId } from '@/api/provider';
import { isTransitional } from '../vms/types';
import { positionFor } from './queries';
import type { SnapshotAction, SnapshotCapability, SnapshotNode, SnapshotReason, SnapshotTree } from './types';

/** What must hold before an action, each with the reason shown when it does not. */
export type Precondition =
  | 'vmOff' // the VM is shut off
  | 'vmRunning' // the VM is running
  | 'vmSteady' // no power or other operation under way
  | 'noneInProgress' // no other snapshot of this VM/resource is being made
  | 'snapshotReady' // the chosen snapshot is usable (made, saved, uploaded)
  | 'snapshotIdle' // the chosen snapshot is not being made or deleted (a failed one can go)
  | 'memoryReady' // its memory image is saved
  | 'atMostOneChild' // vsd delete: one child at most, the running disks (head) counting as one
  | 'instanceBackup' // the point is of a whole instance
  | 'volumeBackup' // the point is of one volume
  | 'rootVolume' // the snapshot is of a system disk
  | 'era2022'; // DBC seed-era API (per-disk choices)

/** What the user should know before going ahead (shown in the confirmation). */
export type Note =
  | 'restartsRunning' // 51idc apply restarts a running instance
  | 'resumesFromMemory' // vsd: the VM comes back running where the memory was saved
  | 'vmStaysOff' // vsd disk rollback: the VM stays shut off
  | 'takesSubtree' // ZStack / 51idc: the snapshots after it go too
  | 'childrenMoveUp' // vsd: the one child moves to the deleted one's parent
  | 'uploadsToImageCenter' // DBC era C: the snapshot is uploaded to the image center
  | 'providerDecidesKind' // 51idc: full or incremental is the provider's choice unless forced
  | 'descriptionOnly'; // vsd modify: the name is the key

export interface CapabilityRule {
  offered: boolean;
  needs?: Precondition[];
  notes?: Note[];
}

type Table = Record<SnapshotAction, CapabilityRule>;
const NO: CapabilityRule = { offered: false };
const none = (): Table => ({
  create: NO, createWithMemory: NO, chooseDisks: NO, chooseFullOrIncremental: NO, modify: NO, rollback: NO, rollbackWithMemory: NO,
  rollbackVolume: NO, delete: NO, deleteSubtree: NO, exportImage: NO, exportTemplate: NO, exportVolume: NO, size: NO,
});

/**
 * Per provider: which snapshot actions exist and what each needs. Sources: docs/providers/dbc.md §6 (VM off to snapshot, no
 * rollback API), seed 002 / docs/providers/idc51.md §4 (chains, apply restarts, capture/create_volume by resource type),
 * seed 003 (vsd memory, shut-off rollback, delete with one child), docs/providers/zstack.md §7 (per-volume revert with every
 * attached VM Stopped, subtree delete, templates and volumes from a snapshot).
 */
export const SNAPSHOT_CAPABILITIES: Record<ProviderId, Table> = {
  dbc: {
    ...none(),
    create: { offered: true, needs: ['vmOff', 'noneInProgress'], notes: ['uploadsToImageCenter'] },
    chooseDisks: { offered: true, needs: ['era2022'] },
    delete: { offered: true, needs: ['snapshotIdle'] },
  },
  idc51: {
    ...none(),
    create: { offered: true, needs: ['vmSteady', 'noneInProgress'], notes: ['providerDecidesKind'] },
    chooseFullOrIncremental: { offered: true },
    modify: { offered: true },
    rollback: { offered: true, needs: ['instanceBackup', 'snapshotReady', 'vmSteady', 'noneInProgress'], notes: ['restartsRunning'] },
    rollbackVolume: { offered: true, needs: ['volumeBackup', 'snapshotReady', 'vmSteady', 'noneInProgress'], notes: ['restartsRunning'] },
    delete: { offered: true, needs: ['snapshotIdle'], notes: ['takesSubtree'] },
    deleteSubtree: { offered: true, needs: ['snapshotIdle'], notes: ['takesSubtree'] },
    exportImage: { offered: true, needs: ['instanceBackup', 'snapshotReady'] },
    exportVolume: { offered: true, needs: ['volumeBackup', 'snapshotReady'] },
  },
  vsd: {
    ...none(),
    create: { offered: true, needs: ['vmSteady', 'noneInProgress'] },
    createWithMemory: { offered: true, needs: ['vmRunning', 'vmSteady', 'noneInProgress'] },
    modify: { offered: true, notes: ['descriptionOnly'] },
    rollback: { offered: true, needs: ['vmOff', 'vmSteady', 'snapshotReady'], notes: ['vmStaysOff'] },
    rollbackWithMemory: { offered: true, needs: ['vmSteady', 'memoryReady'], notes: ['resumesFromMemory'] },
    rollbackVolume: { offered: true, needs: ['vmOff', 'vmSteady', 'snapshotReady'], notes: ['vmStaysOff'] },
    delete: { offered: true, needs: ['snapshotIdle', 'atMostOneChild'], notes: ['childrenMoveUp'] },
  },
  zstack: {
    ...none(),
    create: { offered: true },
    chooseDisks: { offered: true },
    modify: { offered: true },
    rollbackVolume: { offered: true, needs: ['vmOff', 'snapshotReady'] },
    delete: { offered: true, needs: ['snapshotIdle'], notes: ['takesSubtree'] },
    deleteSubtree: { offered: true, needs: ['snapshotIdle'], notes: ['takesSubtree'] },
    exportImage: { offered: true, needs: ['rootVolume', 'snapshotReady'] },
    exportTemplate: { offered: true, needs: ['snapshotReady'] },
    exportVolume: { offered: true, needs: ['snapshotReady'] },
    size: { offered: true },
  },
};

/** The reason each precondition gives when it does not hold (for a table of the rules as well as refusals). */
export const PRECONDITION_REASON: Record<Precondition, SnapshotReason['key']> = {
  vmOff: 'snapshot.reason.vmOff',
  vmRunning: 'snapshot.reason.vmRunning',
  vmSteady: 'snapshot.reason.vmBusy',
  noneInProgress: 'snapshot.reason.inProgress',
  snapshotReady: 'snapshot.reason.notReady',
  snapshotIdle: 'snapshot.reason.snapshotBusy',
  memoryReady: 'snapshot.reason.memoryNotReady',
  atMostOneChild: 'snapshot.reason.tooManyChildren',
  instanceBackup: 'snapshot.reason.instanceOnly',
  volumeBackup: 'snapshot.reason.volumeOnly',
  rootVolume: 'snapshot.reason.rootOnly',
  era2022: 'snapshot.reason.eraOnly',
};

/** Actions about one snapshot (the rest are about the VM). */
const ON_SNAPSHOT: ReadonlySet<SnapshotAction> = new Set([
  'modify', 'rollback', 'rollbackWithMemory', 'rollbackVolume', 'delete', 'deleteSubtree', 'exportImage', 'exportTemplate', 'exportVolume', 'size',
]);

export interface CapabilityContext {
  /** DBC: the connection's API era. */
  era?: 'current' | '2022';
}

const refuse = (key: SnapshotReason['key'], params?: SnapshotReason['params']): SnapshotCapability => ({ allowed: false, reason: { key, params } });
const inProgress = (n: SnapshotNode) => n.status === 'creating' || n.status === 'uploading' || n.status === 'deleting' || n.memory === 'saving';

function check(need: Precondition, tree: SnapshotTree, snap: SnapshotNode | undefined, ctx: CapabilityContext): SnapshotCapability | undefined {
  const vm = tree.target.vm;
  switch (need) {
    case 'vmOff':
      return vm && vm.status !== 'stopped' ? refuse('snapshot.reason.vmOff', { status: vm.providerStatus }) : undefined;
    case 'vmRunning':
      return vm && vm.status !== 'running' ? refuse('snapshot.reason.vmRunning', { status: vm.providerStatus }) : undefined;
    case 'vmSteady':
      return vm && (vm.busy ?? isTransitional(vm.status)) ? refuse('snapshot.reason.vmBusy', { status: vm.providerStatus }) : undefined;
    case 'noneInProgress': {
      // One at a time per resource: the snapshot's, or for a create the volume or VM being snapshotted.
      const scopeId = snap?.resource.id ?? tree.target.volumeId ?? tree.target.vmId;
      const busy = [...tree.nodes.values()].find((n) => inProgress(n) && n.resource.id === scopeId);
      return busy ? refuse('snapshot.reason.inProgress', { name: busy.name }) : undefined;
    }
    case 'snapshotReady':
      return snap && snap.status !== 'ready' ? refuse('snapshot.reason.notReady', { status: snap.providerStatus }) : undefined;
    case 'snapshotIdle':
      return snap && (inProgress(snap) || snap.status === 'deleted') ? refuse('snapshot.reason.snapshotBusy', { status: snap.providerStatus }) : undefined;
    case 'memoryReady':
      if (snap?.kind !== 'memoryAndDisk') return refuse('snapshot.reason.noMemory');
      return snap.memory !== 'ready' ? refuse('snapshot.reason.memoryNotReady', { status: snap.memory ?? snap.providerStatus }) : undefined;
    case 'atMostOneChild': {
      if (!snap) return undefined;
      const head = positionFor(tree, snap.id)?.afterId === snap.id ? 1 : 0;
      const count = (tree.children.get(snap.id)?.length ?? 0) + head;
      return count > 1 ? refuse('snapshot.reason.tooManyChildren', { count }) : undefined;
    }
    case 'instanceBackup':
      return snap && snap.resource.kind !== 'vm' ? refuse('snapshot.reason.instanceOnly') : undefined;
    case 'volumeBackup':
      return snap && snap.resource.kind !== 'volume' ? refuse('snapshot.reason.volumeOnly') : undefined;
    case 'rootVolume':
      return snap && snap.resource.role !== 'root' ? refuse('snapshot.reason.rootOnly') : undefined;
    case 'era2022':
      return ctx.era !== '2022' ? refuse('snapshot.reason.eraOnly') : undefined;
  }
}

function noteFor(note: Note, tree: SnapshotTree, snap: SnapshotNode | undefined, ctx: CapabilityContext): SnapshotReason | undefined {
  const after = snap ? (tree.children.get(snap.id)?.length ?? 0) : 0;
  switch (note) {
    case 'restartsRunning':
      return tree.target.vm?.status === 'running' ? { key: 'snapshot.note.restartsRunning' } : undefined;
    case 'takesSubtree':
      return after ? { key: 'snapshot.note.takesSubtree' } : undefined;
    case 'childrenMoveUp':
      return after ? { key: 'snapshot.note.childrenMoveUp' } : undefined;
    case 'uploadsToImageCenter':
      return ctx.era === '2022' ? undefined : { key: 'snapshot.note.uploadsToImageCenter' };
    default:
      return { key: `snapshot.note.${note}` };
  }
}

/** Evaluates the table for one provider, action and (for snapshot actions) snapshot. */
export function snapshotCan(tree: SnapshotTree, action: SnapshotAction, snapshotId?: string, ctx: CapabilityContext = {}): SnapshotCapability {
  const rule = SNAPSHOT_CAPABILITIES[tree.provider][action];
  if (!rule.offered) return refuse('snapshot.reason.notOffered');
  const snap = snapshotId === undefined ? undefined : tree.nodes.get(snapshotId);
  if (ON_SNAPSHOT.has(action) && !snap) return refuse('snapshot.reason.needsSnapshot');
  for (const need of rule.needs ?? []) {
    const refused = check(need, tree, snap, ctx);
    if (refused) return refused;
  }
  const notes = (rule.notes ?? []).map((note) => noteFor(note, tree, snap, ctx)).filter((n): n is SnapshotReason => n !== undefined);
  return { allowed: true, notes };
}
