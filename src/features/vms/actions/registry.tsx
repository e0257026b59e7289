import {
  CaretRightOutlined,
  DeleteOutlined,
  EditOutlined,
  ForwardOutlined,
  KeyOutlined,
  PauseCircleOutlined,
  PlayCircleOutlined,
  PoweroffOutlined,
  ReloadOutlined,
  SyncOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Connection } from '@/domain/connections/types';
import { DESTRUCTIVE_ACTIONS, type Vm, type VmAction } from '@/domain/vms/types';
import { snapshotKeys, vmKeys } from '@/shared/queryKeys';
import type { ActionDefinition, ActionGroup } from '@/shared/actions/types';
import { runtime } from '@/shared/connections/runtime';
import { confirmBodyKey, needsConfirmation } from './confirmText';

export interface VmSubject {
  connection: Connection;
  vm: Vm;
}

export type VmForm = 'modify' | 'changePassword';
export type VmActionDefinition = ActionDefinition<VmSubject, VmForm> & { name: VmAction };

// Icons are decorative: aria-hidden keeps the button's accessible name its text.
const ICONS: Record<VmAction, ReactNode> = {
  start: <PlayCircleOutlined aria-hidden />,
  shutdown: <PoweroffOutlined aria-hidden />,
  stop: <PauseCircleOutlined aria-hidden />,
  restart: <ReloadOutlined aria-hidden />,
  forceRestart: <SyncOutlined aria-hidden />,
  reset: <UndoOutlined aria-hidden />,
  resume: <CaretRightOutlined aria-hidden />,
  restore: <ForwardOutlined aria-hidden />,
  delete: <DeleteOutlined aria-hidden />,
  modify: <EditOutlined aria-hidden />,
  changePassword: <KeyOutlined aria-hidden />,
};

const GROUPS: Record<VmAction, ActionGroup> = {
  start: 'power',
  shutdown: 'power',
  stop: 'power',
  restart: 'power',
  forceRestart: 'power',
  reset: 'power',
  resume: 'power',
  restore: 'power',
  modify: 'configure',
  changePassword: 'configure',
  delete: 'delete',
};

const FORMS: Partial<Record<VmAction, VmForm>> = { modify: 'modify', changePassword: 'changePassword' };

function define(name: VmAction): VmActionDefinition {
  return {
    name,
    label: `vm.action.${name}`,
    icon: ICONS[name],
    group: GROUPS[name],
    destructive: DESTRUCTIVE_ACTIONS.includes(name),
    confirm: needsConfirmation(name) ? { title: 'vms.confirm.title', body: confirmBodyKey(name) } : undefined,
    form: FORMS[name],
    can: ({ connection, vm }) => runtime(connection).vms.can(vm, name),
    job: `vm.${name}`,
    // The VM list and detail, and its snapshot trees (their actions read the VM's state).
    refresh: ({ connection }) => [vmKeys.connection(connection.id), snapshotKeys.connection(connection.id)],
  };
}

const ALL: readonly VmAction[] = ['start', 'shutdown', 'stop', 'restart', 'forceRestart', 'reset', 'resume', 'restore', 'delete', 'modify', 'changePassword'];

/** Every VM action, declared once. */
export const VM_ACTIONS: Readonly<Record<VmAction, VmActionDefinition>> = Object.fromEntries(ALL.map((name) => [name, define(name)])) as Record<VmAction, VmActionDefinition>;

/** The actions this connection's provider offers, in its order. */
export const vmActionsOf = (connection: Connection): VmActionDefinition[] => runtime(connection).vms.actions.map((name) => VM_ACTIONS[name]);
