import type { ZStackBackupStorageInventory, ZStackImageInventory } from '@/api/zstack/types';
import { fanOut, providerLimiter } from '../../fanout';
import type { ZStackContext } from '../../providers/zstack';
import { ZSTACK_PAGE } from '../../vms/zstack';
import type { PartialFailure } from '../../vms/types';
import { zstackImageToRecord } from '../adapt/zstack';
import type { ImageService } from '../model';

/**
 * ZStack images and templates: `GET /zstack/v1/images` paged like the VM list, and `GET /zstack/v1/backup-storage`
 * for the storages' names. The first page failing fails the connection; a later page or the storage names
 * failing is a partial failure (names then show as uuids).
 */
export function createZStackImageService(ctx: ZStackContext): ImageService {
  const connectionId = ctx.connection.id;
  return {
    async list({ signal } = {}) {
      const client = ctx.readClient(signal);
      const limited = <T>(call: () => Promise<T>) => providerLimiter('zstack').run(call, { signal });
      const [first, storages] = await Promise.all([
        ctx.read(() => limited(() => client.queryImages({ limit: ZSTACK_PAGE, start: 0, replyWithCount: true }))),
        ctx.read(() => limited(() => client.queryBackupStorage())).then(
          (reply) => ({ ok: true as const, inventories: reply.inventories }),
          (error: unknown) => ({ ok: false as const, error }),
        ),
      ]);
      const failures: PartialFailure[] = storages.ok ? [] : [{ source: 'backup-storage', error: storages.error }];
      const total = first.total ?? first.inventories.length;
      const starts: number[] = [];
      for (let start = ZSTACK_PAGE; start < total; start += ZSTACK_PAGE) starts.push(start);
      const inventories: ZStackImageInventory[] = [...first.inventories];
      const pages = await fanOut('zstack', starts, (start) => ctx.read(() => client.queryImages({ limit: ZSTACK_PAGE, start })), undefined, { signal });
      signal?.throwIfAborted();
      pages.forEach((page, i) => {
        if (page.status === 'fulfilled') inventories.push(...page.value.inventories);
        else failures.push({ source: `images[${starts[i]}..${starts[i]! + ZSTACK_PAGE - 1}]`, error: page.reason });
      });
      const byUuid = new Map(inventories.map((image) => [image.uuid, image]));
      const storageById = new Map<string, ZStackBackupStorageInventory>(storages.ok ? storages.inventories.map((bs) => [bs.uuid, bs]) : []);
      return { images: [...byUuid.values()].map((image) => zstackImageToRecord(connectionId, image, storageById)), failures };
    },
  };
}
