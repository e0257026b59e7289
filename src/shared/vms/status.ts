import type { VmStatus } from '@/domain/vms/types';

/** One colour per normalised status (antd Tag/Badge preset colours), shared by every VM display. */
export const VM_STATUS_COLOR: Record<VmStatus, string> = {
  creating: 'processing',
  starting: 'processing',
  running: 'success',
  stopping: 'processing',
  stopped: 'default',
  restarting: 'processing',
  suspended: 'warning',
  paused: 'warning',
  deleting: 'processing',
  error: 'error',
  unknown: 'default',
};

/** Display order: what needs attention first. */
export const VM_STATUS_ORDER: readonly VmStatus[] = [
  'error',
  'running',
  'creating',
  'starting',
  'restarting',
  'stopping',
  'deleting',
  'suspended',
  'paused',
  'stopped',
  'unknown',
];
