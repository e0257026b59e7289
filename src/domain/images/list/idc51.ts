import type { Idc51Image } from '@/api/idc51/types';
import { providerLimiter } from '../../fanout';
import type { Idc51Context } from '../../providers/idc51';
import type { PartialFailure } from '../../vms/types';
import { idc51ImageToRecord, withCaptureJobs } from '../adapt/idc51';
import type { ImageService } from '../model';

/** The list's largest page (docs/providers/idc51.md §7: limit at most 100). */
const IDC51_PAGE = 100;

/**
 * 51idc images captured from instance backups (`capture_instance`): `GET /v2/zone/{zone}/images?provider=self`,
 * page by page, and `GET /jobs` for the capture job of an image still being made. System images are the provider's
 * catalogue, not the renter's: they are left out.
 */
export function createIdc51ImageService(ctx: Idc51Context): ImageService {
  const connectionId = ctx.connection.id;
  const limited = <T>(call: () => Promise<T>) => providerLimiter('idc51').run(call);
  return {
    async list() {
      const found: Idc51Image[] = [];
      for (let offset = 0; ; offset += IDC51_PAGE) {
        const page = await ctx.read(() => limited(() => ctx.client.listImages(ctx.zone, { provider: 'self', offset, limit: IDC51_PAGE })));
        found.push(...page.images);
        if (page.images.length < IDC51_PAGE || found.length >= page.total_count) break;
      }
      const images = found.map((image) => idc51ImageToRecord(connectionId, ctx.zone, image));
      if (!images.some((image) => image.status === 'creating')) return { images, failures: [] };
      // An image being captured: its job (newest first; the running ones are recent). Without it the image still shows.
      const failures: PartialFailure[] = [];
      const jobs = await ctx
        .read(() => limited(() => ctx.client.listJobs(ctx.zone, { action: 'CaptureInstanceFromSnapshot', limit: IDC51_PAGE })))
        .then((reply) => reply.jobs)
        .catch((error: unknown) => {
          failures.push({ source: 'jobs', error });
          return [];
        });
      return { images: withCaptureJobs(images, jobs), failures };
    },
  };
}
