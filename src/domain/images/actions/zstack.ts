import { zstackJobUuid } from '@/api/zstack/client';
import { createZStackImageClient } from '@/api/zstack/images';
import type { ZStackAsyncAccepted } from '@/api/zstack/types';
import { createZStackVolumeClient } from '@/api/zstack/volumes';
import type { JobSpec } from '../../jobs/types';
import type { ZStackContext } from '../../providers/zstack';
import type { ImageActionService } from '../model';

/** ZStack image actions: every one a tracked api-job; mutations go through the session's `mutate` (never retried). */
export function createZStackImageActions(ctx: ZStackContext): ImageActionService {
  const client = createZStackImageClient(ctx.http);
  const volumes = createZStackVolumeClient(ctx.http);
  const jobOf = (accepted: ZStackAsyncAccepted): JobSpec => ({ kind: 'zstack-api-job', jobUuid: zstackJobUuid(accepted.location) });
  return {
    remove: async (image) => jobOf(await ctx.mutate(() => client.delete(image.id))),
    expunge: async (image) => jobOf(await ctx.mutate(() => client.expunge(image.id))),
    recover: async (image) => jobOf(await ctx.mutate(() => client.recover(image.id))),
    async volumeStorages() {
      const reply = await ctx.read(() => ctx.snapshots.queryPrimaryStorage());
      return reply.inventories.map((ps) => ({ id: ps.uuid, name: ps.name, usable: ps.state === 'Enabled' && ps.status === 'Connected' }));
    },
    createVolume: async (image, request) =>
      jobOf(await ctx.mutate(() => client.createDataVolume(image.id, { params: { name: request.name, primaryStorageUuid: request.primaryStorageId } }))),
    attachVolume: async (volumeId, vmId) => jobOf(await ctx.mutate(() => volumes.attachToVm(volumeId, vmId))),
  };
}
