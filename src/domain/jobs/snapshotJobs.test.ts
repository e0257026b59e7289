import { ProviderError } from '@/api/errors';
import type { DbcContext } from '../providers/dbc';
import type { VsdContext } from '../providers/vsd';
import { createDbcJobChecker } from './dbc';
import { createVsdJobChecker } from './vsd';
import type { JobSpec } from './types';

const dbcSpec = (era: 'B' | 'C'): JobSpec => ({ kind: 'dbc-snapshot', nodeId: 'n', taskId: 't', name: 'snap', era });
function dbcChecker(list: () => Promise<unknown[]>) {
  return createDbcJobChecker({ auth: () => ({}), snapshots: { listB: list, listC: list } } as unknown as DbcContext);
}

describe('DBC snapshot job', () => {
  it('era C: creating and uploading run, none succeeds, a vanished snapshot failed', async () => {
    const entry = (status?: string) => async () => [{ snapshot_name: 'snap', status }];
    expect(await dbcChecker(entry('creating'))(dbcSpec('C'))).toEqual({ status: 'running', providerStatus: 'creating' });
    expect(await dbcChecker(entry('uploading'))(dbcSpec('C'))).toEqual({ status: 'running', providerStatus: 'uploading' });
    expect(await dbcChecker(entry('none'))(dbcSpec('C'))).toEqual({ status: 'succeeded', providerStatus: 'none' });
    expect(await dbcChecker(async () => [])(dbcSpec('C'))).toMatchObject({ status: 'failed', error: { code: 'create snapshot error' } });
  });

  it('era B: the state text decides; a failure text is the error message', async () => {
    const entry = (state: string) => async () => [{ snapshot_name: 'snap', state }];
    expect((await dbcChecker(entry('creating'))(dbcSpec('B'))).status).toBe('running');
    expect(await dbcChecker(entry('shutoff'))(dbcSpec('B'))).toEqual({ status: 'succeeded', providerStatus: 'shutoff' });
    expect(await dbcChecker(entry('create snapshot failed: No space left'))(dbcSpec('B'))).toMatchObject({ status: 'failed', error: { message: 'create snapshot failed: No space left' } });
  });

  it('the task gone is a failure; other errors are poll errors', async () => {
    const err = (kind: 'notFound' | 'network') => new ProviderError({ provider: 'dbc', httpStatus: 200, code: '-3', message: 'x', kind, retriable: false });
    expect((await dbcChecker(() => Promise.reject(err('notFound')))(dbcSpec('C'))).status).toBe('failed');
    await expect(dbcChecker(() => Promise.reject(err('network')))(dbcSpec('C'))).rejects.toMatchObject({ kind: 'network' });
  });
});

describe('vsd memory snapshot job', () => {
  const spec: JobSpec = { kind: 'vsd-snapshot-memory', computeUuid: 'vm', name: 'mem' };
  const checker = (attr: Record<string, string> | null) =>
    createVsdJobChecker({ scope: { cluster_uuid: 'c' }, read: (call: () => Promise<unknown>) => call(), snapshots: { get: async () => ({ attr }) } } as unknown as VsdContext)(spec);

  it('saving runs with its progress, ready succeeds, failed carries memory_error', async () => {
    expect(await checker({ domain_memory: 'true', memory_state: 'saving', progress: '35' })).toEqual({ status: 'running', providerStatus: 'saving', progress: 35 });
    expect(await checker({ domain_memory: 'true', memory_state: 'ready', progress: '100' })).toEqual({ status: 'succeeded', providerStatus: 'ready', progress: 100 });
    expect(await checker({ domain_memory: 'true', memory_state: 'failed', progress: '50', memory_error: 'upload failed' })).toMatchObject({ status: 'failed', error: { message: 'upload failed' } });
  });
});
