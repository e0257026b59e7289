import { fanOut, providerLimiter } from '../../fanout';
import type { DbcContext } from '../../providers/dbc';
import type { PartialFailure } from '../../vms/types';
import { dbcCenterImagesToRecords, dbcNodeImagesToRecords } from '../adapt/dbc';
import type { ImageRecord, ImageService } from '../model';

/**
 * DBC images: every image server's center list (era C: `/images/servers`, then `/images` per server; era B one
 * list) and each of the renter's nodes' own files (`/images` on the node, with the renter session). A server or
 * node that fails is a partial failure; only the server list failing fails the connection.
 */
export function createDbcImageService(ctx: DbcContext): ImageService {
  const connectionId = ctx.connection.id;
  return {
    async list({ signal } = {}) {
      const client = ctx.readClient(signal);
      const limited = <T>(call: () => Promise<T>) => providerLimiter('dbc').run(call, { signal });
      const eraB = client.era === '2022';
      const servers: Array<string | undefined> = eraB ? [undefined] : (await limited(() => client.imageServers())).image_server;
      const nodeIds = ctx.nodeIds();
      const auth = ctx.auth();
      const [centers, nodes] = await Promise.all([
        fanOut('dbc', servers, async (server) => dbcCenterImagesToRecords(connectionId, server, await client.listCenterImages(server)), undefined, { signal }),
        fanOut('dbc', nodeIds, async (nodeId) => dbcNodeImagesToRecords(connectionId, nodeId, await client.listNodeImages(nodeId, auth)), undefined, { signal }),
      ]);
      signal?.throwIfAborted();
      const images: ImageRecord[] = [];
      const failures: PartialFailure[] = [];
      const collect = (results: typeof centers, sources: Array<string | undefined>) =>
        results.forEach((result, i) => {
          if (result.status === 'fulfilled') images.push(...result.value);
          else failures.push({ source: sources[i] ?? 'image center', error: result.reason });
        });
      collect(centers, servers);
      collect(nodes, nodeIds);
      return { images, failures };
    },
  };
}
