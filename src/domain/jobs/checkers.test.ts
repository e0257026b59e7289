import { ProviderError } from '@/api/errors';
import type { DbcContext } from '../providers/dbc';
import type { Idc51Context } from '../providers/idc51';
import type { ZStackContext } from '../providers/zstack';
import { createDbcJobChecker } from './dbc';
import { createIdc51JobChecker } from './idc51';
import { createZStackJobChecker } from './zstack';
import type { JobSpec } from './types';

const dbcError = (message: string, code: string) => new ProviderError({ provider: 'dbc', httpStatus: 200, code, message, kind: 'notFound', retriable: false });

function dbcChecker(answer: () => Promise<{ status: string }>) {
  const ctx = { auth: () => ({}), client: { getTask: answer } } as unknown as DbcContext;
  return createDbcJobChecker(ctx);
}

const createJob: JobSpec = { kind: 'dbc-task', nodeId: 'n', taskId: 't', success: ['running'], failure: ['create error'] };
const deleteJob: JobSpec = { kind: 'dbc-task', nodeId: 'n', taskId: 't', success: [], failure: ['delete error'], gone: 'success' };

describe('DBC task job', () => {
  it('runs while creating, succeeds on a success word, fails on any error word with it as the error', async () => {
    expect(await dbcChecker(async () => ({ status: 'creating' }))(createJob)).toEqual({ status: 'running', providerStatus: 'creating' });
    expect(await dbcChecker(async () => ({ status: 'running' }))(createJob)).toMatchObject({ status: 'succeeded' });
    expect(await dbcChecker(async () => ({ status: 'create error' }))(createJob)).toMatchObject({ status: 'failed', error: { code: 'create error' } });
    expect(await dbcChecker(async () => ({ status: 'start error' }))(createJob)).toMatchObject({ status: 'failed', error: { code: 'start error' } });
  });

  it('a task gone after a delete is the success; gone after anything else is a poll error', async () => {
    const gone = async () => Promise.reject(dbcError('task_id not exist', '-3'));
    expect(await dbcChecker(gone)(deleteJob)).toEqual({ status: 'succeeded', providerStatus: 'deleted' });
    await expect(dbcChecker(gone)(createJob)).rejects.toMatchObject({ message: 'task_id not exist' });
  });
});

describe('DBC image download job', () => {
  const spec: JobSpec = { kind: 'dbc-image-download', nodeId: 'n', imageName: 'debian12.qcow2', progress: true };
  const checker = (progress: { status: string; progress: string }, onNode: string[] = []) =>
    createDbcJobChecker({
      auth: () => ({}),
      client: { imageDownloadProgress: async () => progress, listNodeImages: async () => onNode.map((name) => ({ 'image_name:': name, image_size: '3.87G' })) },
    } as unknown as DbcContext);

  it('runs with the percentage, succeeds at done 100%, fails when stopped short', async () => {
    expect(await checker({ status: 'downloading', progress: '42%' })(spec)).toEqual({ status: 'running', providerStatus: 'downloading', progress: 42 });
    expect(await checker({ status: 'done', progress: '100%' })(spec)).toMatchObject({ status: 'succeeded', progress: 100 });
    expect(await checker({ status: 'done', progress: '37%' })(spec)).toMatchObject({ status: 'failed', progress: 37, error: { code: 'stopped', message: 'The download stopped at 37%' } });
    expect(await checker({ status: 'done', progress: '37%' }, ['debian12.qcow2'])(spec)).toMatchObject({ status: 'succeeded' });
  });

  it('without a progress endpoint (era 2022) the file on the node is the end', async () => {
    const eraB: JobSpec = { ...spec, progress: false };
    expect(await checker({ status: 'x', progress: '' })(eraB)).toEqual({ status: 'running' });
    expect(await checker({ status: 'x', progress: '' }, ['debian12.qcow2'])(eraB)).toMatchObject({ status: 'succeeded' });
  });
});

describe('DBC image upload job', () => {
  const spec: JobSpec = { kind: 'dbc-image-upload', nodeId: 'n', imageName: 'ubuntu.qcow2', server: 'ID_1', progress: true };
  const checker = (progress: () => Promise<unknown>, inCenter: string[] = [], client: { era?: string; servers?: (string | undefined)[] } = {}) =>
    createDbcJobChecker({
      auth: () => ({}),
      client: {
        era: client.era ?? 'current',
        imageUploadProgress: progress,
        listCenterImages: async (server?: string) => {
          client.servers?.push(server);
          return inCenter.map((name) => ({ image_name: name, image_size: '5.21G' }));
        },
      },
    } as unknown as DbcContext);
  const answer = (value: unknown) => async () => value;

  it('reads uploadprogress; stopped short is stopped even when the server already had a file of that name', async () => {
    expect(await checker(answer({ status: 'uploading', progress: '42%' }))(spec)).toEqual({ status: 'running', providerStatus: 'uploading', progress: 42 });
    expect(await checker(answer({ status: 'done', progress: '100%' }))(spec)).toMatchObject({ status: 'succeeded', progress: 100 });
    expect(await checker(answer({ status: 'done', progress: '37%' }), ['ubuntu.qcow2'])(spec)).toMatchObject({ status: 'failed', error: { code: 'stopped', message: 'The upload stopped at 37%' } });
  });

  it("the node's business error ends the job with its code and message; auth and timeouts stay poll errors", async () => {
    const refuse = (message: string, code: string, kind: 'conflict' | 'auth' | 'timeout' = 'conflict', retriable = false) => async () =>
      Promise.reject(new ProviderError({ provider: 'dbc', httpStatus: 200, code, message, kind, retriable }));
    expect(await checker(refuse('image:ubuntu.qcow2 upload failed', '1'))(spec)).toEqual({ status: 'failed', error: { code: '1', message: 'image:ubuntu.qcow2 upload failed', messageZh: undefined } });
    await expect(checker(refuse('check authority failed: session_id is invalid', '-3', 'auth'))(spec)).rejects.toMatchObject({ code: '-3' });
    await expect(checker(refuse('list task timeout', '-1', 'timeout', true))(spec)).rejects.toMatchObject({ code: '-1' });
    // Nothing running on the node any more (forgotten after a restart): the file on the server is the success.
    expect(await checker(refuse('image:ubuntu.qcow2 not in uploading', '1'), ['ubuntu.qcow2'])(spec)).toMatchObject({ status: 'succeeded' });
    expect(await checker(refuse('image:ubuntu.qcow2 not in uploading', '1'))(spec)).toMatchObject({ status: 'failed', error: { message: 'image:ubuntu.qcow2 not in uploading' } });
  });

  it('era 2022 has no progress endpoint: listed in the one center is the end', async () => {
    const servers: (string | undefined)[] = [];
    const eraB: JobSpec = { ...spec, server: undefined, progress: false };
    expect(await checker(answer(undefined), [], { era: '2022', servers })(eraB)).toEqual({ status: 'running' });
    expect(await checker(answer(undefined), ['ubuntu.qcow2'], { era: '2022', servers })(eraB)).toMatchObject({ status: 'succeeded' });
    expect(servers).toEqual([undefined, undefined]);
  });
});

function zstackChecker(answer: () => Promise<{ done: boolean; result: unknown }>) {
  return createZStackJobChecker({ client: { pollApiJob: answer } } as unknown as ZStackContext);
}
const zsJob: JobSpec = { kind: 'zstack-api-job', jobUuid: 'j' };
const zsError = (status: number, code: string) => new ProviderError({ provider: 'zstack', httpStatus: status, code, message: `${code} happened`, kind: 'conflict', retriable: false });

describe('ZStack api-job', () => {
  it('202 runs, 200 succeeds, 503 fails with the ErrorCode, 404 fails as expired, other errors are poll errors', async () => {
    // ZStack's job poll has no state word, only HTTP statuses: none is shown as the provider's status.
    expect(await zstackChecker(async () => ({ done: false, result: '' }))(zsJob)).toEqual({ status: 'running' });
    expect(await zstackChecker(async () => ({ done: true, result: {} }))(zsJob)).toEqual({ status: 'succeeded' });
    // GetVolumeSnapshotSize: the sizes come back as the check's result; of a nested inventory only what it made (uuid, name).
    expect(await zstackChecker(async () => ({ done: true, result: { size: 1024, actualSize: 512, inventory: { uuid: 'x', size: 3 } } }))(zsJob)).toEqual({ status: 'succeeded', result: { size: 1024, actualSize: 512, inventoryUuid: 'x' } });
    expect(await zstackChecker(() => Promise.reject(zsError(503, 'SYS.1006')))(zsJob)).toMatchObject({ status: 'failed', error: { code: 'SYS.1006', message: 'SYS.1006 happened' } });
    expect(await zstackChecker(() => Promise.reject(zsError(503, 'SYS.1006')))(zsJob)).not.toHaveProperty('providerStatus');
    expect(await zstackChecker(() => Promise.reject(zsError(404, 'HTTP_404')))(zsJob)).toMatchObject({ status: 'failed', providerStatus: 'expired', error: { code: 'JOB_EXPIRED' } });
    await expect(zstackChecker(() => Promise.reject(zsError(0, 'NETWORK')))(zsJob)).rejects.toMatchObject({ code: 'NETWORK' });
  });
});

describe('51idc job', () => {
  const check = (job: object) => createIdc51JobChecker({ read: (call: () => Promise<unknown>) => call(), client: { getJob: async () => job } } as unknown as Idc51Context)({ kind: 'idc51-job', zone: 'ac1', jobId: 'j-1' });
  it('pending and working run; successful succeeds; failed carries info', async () => {
    expect((await check({ status: 'pending' })).status).toBe('running');
    expect(await check({ status: 'working' })).toEqual({ status: 'running', providerStatus: 'working' });
    expect((await check({ status: 'successful' })).status).toBe('succeeded');
    expect(await check({ status: 'failed', info: 'instance [i-1] is not stopped' })).toMatchObject({ status: 'failed', error: { message: 'instance [i-1] is not stopped' } });
  });
  it('the code of a failed job is the bracketed one ending its info, else the status', async () => {
    const info = 'DeleteSnapshots failed: snapshot data is locked by the storage backend, please try again later (5100)';
    expect(await check({ status: 'failed', info })).toMatchObject({ status: 'failed', error: { code: '5100', message: info } });
    expect(await check({ status: 'failed', info: 'disk (vdb) is busy' })).toMatchObject({ error: { code: 'failed' } });
    expect(await check({ status: 'failed', info: 'x (5100)', error: { code: '2100', message: 'x' } })).toMatchObject({ error: { code: '2100' } });
  });
  it('refuses a job of another provider', async () => {
    const checker = createIdc51JobChecker({} as Idc51Context);
    await expect(checker({ kind: 'zstack-api-job', jobUuid: 'x' })).rejects.toThrow(/cannot check/);
  });
});
