import { isProviderError } from '@/api/errors';
import { zstackJobUuid } from '@/api/zstack/client';
import type { ZStackCreateVmInstanceParams } from '@/api/zstack/types';
import { providerLimiter } from '../fanout';
import type { JobSpec } from '../jobs/types';
import type { ZStackContext } from '../providers/zstack';
import type { ImageVmCreator } from './create';

/** A ZStack resourceUuid: 32 hex digits, v4-shaped (the API refuses other shapes). */
function newResourceUuid(): string {
  return crypto.randomUUID().replace(/-/g, '');
}

/**
 * CreateVmInstance (docs/providers/zstack.md §VM create): the console picks the VM's uuid (resourceUuid), so the
 * new VM can be opened and followed while the api-job runs; the job's end (or its 503 refusal) settles it.
 */
export function createZStackVmCreator(ctx: ZStackContext): ImageVmCreator {
  const limited = <T>(call: () => Promise<T>) => providerLimiter('zstack').run(call);
  return {
    async choices() {
      const [offerings, networks] = await Promise.all([
        ctx.read(() => limited(() => ctx.client.queryInstanceOfferings({ sort: '+sortKey' }))),
        ctx.read(() => limited(() => ctx.client.queryL3Networks())),
      ]);
      return {
        offerings: offerings.inventories.map((o) => ({ id: o.uuid, name: o.name, cpuNum: o.cpuNum, memoryBytes: o.memorySize, enabled: o.state === 'Enabled' })),
        // System networks (the management plane's) are not for tenant VMs.
        networks: networks.inventories.filter((n) => !n.system).map((n) => ({ id: n.uuid, name: n.name, category: n.category, enabled: n.state === 'Enabled' })),
      };
    },
    async create(input) {
      const resourceUuid = newResourceUuid();
      const params: ZStackCreateVmInstanceParams = {
        name: input.name,
        instanceOfferingUuid: input.offeringId,
        imageUuid: input.imageId,
        l3NetworkUuids: input.networkIds,
        resourceUuid,
      };
      if (input.networkIds[0]) params.defaultL3NetworkUuid = input.networkIds[0];
      if (input.description) params.description = input.description;
      // Never repeated (mutate): a second CreateVmInstance would make a second VM.
      const accepted = await ctx.mutate(() => limited(() => ctx.client.createVmInstance({ params })));
      const jobUuid = zstackJobUuid(accepted.location);
      const job: JobSpec = { kind: 'zstack-api-job', jobUuid };
      // ZStack validates after the 202: a refusal (SYS.1007, SYS.1003...) is the job's first answer, a 503. One look
      // now lets the form keep what was typed and show the code; a refusal that comes later is the job's failure.
      // Any other trouble with this look is not a refusal: the create was accepted, so the job is tracked (a form left
      // open on it would invite a second, duplicate create).
      try {
        await ctx.read(() => limited(() => ctx.client.pollApiJob(jobUuid)));
      } catch (error) {
        if (isProviderError(error) && error.httpStatus === 503) throw error;
      }
      return { vmId: resourceUuid, job };
    },
  };
}
