import { ProviderError } from '@/api/errors';
import type { ZStackContext } from '../providers/zstack';
import { SnapshotPartlyAcceptedError } from './errors';
import { createZStackSnapshotService } from './zstack';

const refused = new ProviderError({ provider: 'zstack', httpStatus: 400, code: 'VOLUME_SNAPSHOT.1002', message: 'volume vol-data is not Ready', kind: 'conflict', retriable: false });

function serviceRefusing(volumeId: string) {
  const sent: string[] = [];
  const ctx = {
    read: <T>(call: () => Promise<T>) => call(),
    mutate: <T>(call: () => Promise<T>) => call(),
    snapshots: {
      create: (volume: string) => {
        sent.push(volume);
        return volume === volumeId ? Promise.reject(refused) : Promise.resolve({ location: `http://zs/zstack/v1/api-jobs/job-${volume}` });
      },
    },
  } as unknown as ZStackContext;
  return { sent, service: createZStackSnapshotService(ctx, { list: () => Promise.reject(new Error('not used')) }) };
}

describe('ZStack snapshot of several volumes (one request each)', () => {
  it('a refusal part-way carries the jobs already accepted, so they are still tracked; nothing is resent', async () => {
    const { sent, service } = serviceRefusing('vol-data');
    const error: unknown = await service.create({ vmId: 'vm-1' }, { name: 'nightly', disks: ['vol-root', 'vol-data', 'vol-log'] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SnapshotPartlyAcceptedError);
    expect(error).toMatchObject({ code: 'VOLUME_SNAPSHOT.1002', message: 'volume vol-data is not Ready', accepted: [{ kind: 'zstack-api-job', jobUuid: 'job-vol-root' }] });
    expect(sent).toEqual(['vol-root', 'vol-data']);
  });

  it('a refusal of the first volume is the provider error itself (nothing was accepted)', async () => {
    const { service } = serviceRefusing('vol-root');
    await expect(service.create({ vmId: 'vm-1' }, { name: 'nightly', disks: ['vol-root', 'vol-data'] })).rejects.toBe(refused);
  });
});
