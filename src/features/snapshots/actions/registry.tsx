import { CameraOutlined, DeleteOutlined, EditOutlined, FileImageOutlined, HddOutlined, RollbackOutlined, SnippetsOutlined, UndoOutlined } from '@ant-design/icons';
import type { QueryKey } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { Connection } from '@/domain/connections/types';
import { SNAPSHOT_CAPABILITIES } from '@/domain/snapshots/capabilities';
import type { SnapshotAction, SnapshotCapability, SnapshotTree } from '@/domain/snapshots/types';
import type { ActionCapability, ActionDefinition } from '@/shared/actions/types';
import { runtime } from '@/shared/connections/runtime';
import { imageKeys, snapshotKeys, vmKeys } from '@/shared/queryKeys';

/** What a snapshot action acts on: the tree (the VM or volume) and, for most, one snapshot in it. */
export interface SnapshotSubject {
  connection: Connection;
  tree: SnapshotTree;
  /** The VM's (or volume's) name, for confirmations and the Jobs drawer. */
  targetName: string;
  snapshotId?: string;
}

export type SnapshotForm = 'create' | 'rollback' | 'delete' | 'modify' | 'export';
export type SnapshotUiAction = 'create' | 'rollback' | 'rollbackDisks' | 'modify' | 'delete' | 'exportImage' | 'exportTemplate' | 'exportVolume';

export type SnapshotActionDefinition = ActionDefinition<SnapshotSubject, SnapshotForm> & {
  name: SnapshotUiAction;
  /** About the whole target (create) or one snapshot (the rest). */
  scope: 'target' | 'snapshot';
};

/** An evaluated action: allowed (perhaps only after powering the VM off, which its dialog offers) or refused. */
export type SnapshotActionCheck = ActionCapability & { stopFirst?: boolean; via?: SnapshotAction };

/**
 * The model's actions each UI action stands for, per provider, in order of preference: "Roll back" is a vsd VM
 * rollback (disks, or from memory), a 51idc apply of an instance or a volume backup, a ZStack volume revert.
 */
function candidates(provider: SnapshotTree['provider'], name: SnapshotUiAction): SnapshotAction[] {
  switch (name) {
    case 'rollback':
      return provider === 'vsd' ? ['rollback', 'rollbackWithMemory'] : ['rollback', 'rollbackVolume'];
    case 'rollbackDisks':
      return provider === 'vsd' ? ['rollbackVolume'] : [];
    default:
      return [name];
  }
}

/** Refusals that only say "the other kind of snapshot does this": another candidate's reason is more useful. */
const WEAK_REFUSALS: ReadonlySet<string> = new Set(['snapshot.reason.notOffered', 'snapshot.reason.instanceOnly', 'snapshot.reason.volumeOnly', 'snapshot.reason.noMemory']);

/** The same tree as if the VM were powered off: what an action could do after "power off first". */
function asStopped(tree: SnapshotTree): SnapshotTree | undefined {
  const vm = tree.target.vm;
  if (!vm || vm.status === 'stopped' || vm.busy) return undefined;
  return { ...tree, target: { ...tree.target, vm: { ...vm, status: 'stopped', providerStatus: 'stopped', busy: false } } };
}

export function checkSnapshotAction(subject: SnapshotSubject, name: SnapshotUiAction): SnapshotActionCheck {
  const { connection, tree, snapshotId } = subject;
  const service = runtime(connection).snapshots;
  const actions = candidates(tree.provider, name);
  const results: [SnapshotAction, SnapshotCapability][] = actions.map((a) => [a, service.can(tree, a, snapshotId)]);
  const allowed = results.find(([, c]) => c.allowed);
  if (allowed) return { ...allowed[1], via: allowed[0] };
  // Refused only because the VM is on: allowed after powering it off, which the dialog offers as one flow.
  const stopped = asStopped(tree);
  if (stopped) {
    for (const [a, c] of results) {
      if (c.allowed || c.reason.key !== 'snapshot.reason.vmOff') continue;
      const after = service.can(stopped, a, snapshotId);
      if (after.allowed) return { allowed: true, notes: [{ key: 'snapshots.action.stopsFirst' }, ...after.notes], stopFirst: true, via: a };
    }
  }
  const refusals = results.map(([, c]) => c).filter((c): c is Extract<SnapshotCapability, { allowed: false }> => !c.allowed);
  const best = refusals.find((c) => !WEAK_REFUSALS.has(c.reason.key)) ?? refusals[0];
  return best ?? { allowed: false, reason: { key: 'snapshot.reason.notOffered' } };
}

const ICONS: Record<SnapshotUiAction, ReactNode> = {
  create: <CameraOutlined aria-hidden />,
  rollback: <RollbackOutlined aria-hidden />,
  rollbackDisks: <UndoOutlined aria-hidden />,
  modify: <EditOutlined aria-hidden />,
  delete: <DeleteOutlined aria-hidden />,
  exportImage: <FileImageOutlined aria-hidden />,
  exportTemplate: <SnippetsOutlined aria-hidden />,
  exportVolume: <HddOutlined aria-hidden />,
};

type Refresh = (s: SnapshotSubject) => QueryKey[];
const trees: Refresh = ({ connection }) => [snapshotKeys.connection(connection.id)];
const treesAndVms: Refresh = (s) => [...trees(s), vmKeys.connection(s.connection.id)];
const treesVmsImages: Refresh = (s) => [...treesAndVms(s), imageKeys.connection(s.connection.id)];

function define(name: SnapshotUiAction, form: SnapshotForm, destructive: boolean, refresh: Refresh): SnapshotActionDefinition & { form: SnapshotForm } {
  return {
    name,
    label: `snapshots.action.${name}`,
    icon: ICONS[name],
    destructive,
    form,
    scope: name === 'create' ? 'target' : 'snapshot',
    can: (subject) => checkSnapshotAction(subject, name),
    job: name === 'rollbackDisks' ? 'snapshot.rollbackVolume' : `snapshot.${name}`,
    refresh,
  };
}

/** Every snapshot action, declared once: the tree toolbar, the details bar, the Delete key and the dialogs read it. */
export const SNAPSHOT_ACTIONS: Readonly<Record<SnapshotUiAction, SnapshotActionDefinition & { form: SnapshotForm }>> = {
  // A DBC create changes the task's status (and era C uploads to the image center).
  create: define('create', 'create', false, treesVmsImages),
  // Rollbacks change the VM's state (stopped, restarted, resumed from memory).
  rollback: define('rollback', 'rollback', true, treesAndVms),
  rollbackDisks: define('rollbackDisks', 'rollback', true, treesAndVms),
  modify: define('modify', 'modify', false, trees),
  delete: define('delete', 'delete', true, trees),
  exportImage: define('exportImage', 'export', false, treesVmsImages),
  exportTemplate: define('exportTemplate', 'export', false, treesVmsImages),
  exportVolume: define('exportVolume', 'export', false, treesVmsImages),
};

/** The actions this provider offers at all (refused ones still show, greyed with the reason). */
export function snapshotActionsOf(provider: SnapshotTree['provider'], scope: SnapshotActionDefinition['scope']): SnapshotActionDefinition[] {
  return Object.values(SNAPSHOT_ACTIONS).filter((a) => a.scope === scope && candidates(provider, a.name).some((c) => SNAPSHOT_CAPABILITIES[provider][c].offered));
}
