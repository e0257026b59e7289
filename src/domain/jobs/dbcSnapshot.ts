import { isProviderError } from '@/api/errors';
import { dbcStatusB, dbcStatusC } from '../snapshots/adapt/dbc';
import { providerLimiter } from '../fanout';
import type { DbcContext } from '../providers/dbc';
import type { JobCheck, JobSpec } from './types';

type DbcSnapshotJob = Extract<JobSpec, { kind: 'dbc-snapshot' }>;

/**
 * One poll of a DBC snapshot: its own list entry says creating / uploading / done. Era B reports a failure
 * as the state text; era C hides a failed snapshot, so "not in the list" is the failure there.
 */
export async function checkDbcSnapshot(ctx: DbcContext, spec: DbcSnapshotJob): Promise<JobCheck> {
  type Entry = { snapshot_name: string; state?: string; status?: string };
  const read = () =>
    providerLimiter('dbc').run<Entry[]>(() => (spec.era === 'B' ? ctx.snapshots.listB(spec.nodeId, ctx.auth(), spec.taskId) : ctx.snapshots.listC(spec.nodeId, ctx.auth(), spec.taskId)));
  let items: Awaited<ReturnType<typeof read>>;
  try {
    items = await read();
  } catch (error) {
    if (isProviderError(error) && error.kind === 'notFound') return gone(spec);
    throw error;
  }
  const item = items.find((s) => s.snapshot_name === spec.name);
  if (!item) return gone(spec);
  const raw = spec.era === 'B' ? (item.state ?? '') : (item.status ?? 'none');
  const status = spec.era === 'B' ? dbcStatusB(raw) : dbcStatusC(item.status);
  if (status === 'ready') return { status: 'succeeded', providerStatus: raw };
  if (status === 'error') return { status: 'failed', providerStatus: raw, error: { code: 'create snapshot error', message: raw } };
  return { status: 'running', providerStatus: raw };
}

function gone(spec: DbcSnapshotJob): JobCheck {
  return {
    status: 'failed',
    providerStatus: 'gone',
    error: { code: 'create snapshot error', message: `Snapshot "${spec.name}" is no longer listed: its creation failed`, messageZh: `快照“${spec.name}”已不在列表中：创建失败` },
  };
}
