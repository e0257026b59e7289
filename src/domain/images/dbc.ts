import type { DbcContext } from '../providers/dbc';
import { parseSizeString } from '../vms/units';
import { isDbcTransfer, transferDirection } from './transfer/spec';
import type { CenterImage, ImageCenterService, ImageFile } from './types';

/** Where a DBC node keeps its images and where `/tasks/start` looks for `image_name` (docs/providers/dbc.md §4.2). */
export const DBC_IMAGE_DIR = '/data';

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/**
 * One entry of any DBC image listing: era-B filename strings, era-C `{image_name, image_size}`, and the
 * node-side `"image_name:"` key with its stray colon (docs/providers/dbc.md §7).
 */
export function adaptDbcImage(raw: unknown): ImageFile | undefined {
  if (typeof raw === 'string') return raw.trim() ? { name: raw.trim() } : undefined;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const entry = raw as Record<string, unknown>;
  const name = text(entry.image_name) ?? text(entry['image_name:']);
  return name ? { name, sizeBytes: parseSizeString(text(entry.image_size)) } : undefined;
}

export const adaptDbcImages = (raw: unknown): ImageFile[] =>
  Array.isArray(raw) ? raw.map(adaptDbcImage).filter((i): i is ImageFile => i !== undefined) : [];

/**
 * The DBC image center. Era C lists per image server (`/images/servers`, then `/images` with each server);
 * era B has one list of filenames and a download without a server.
 */
export function createDbcImageCenter(ctx: DbcContext): ImageCenterService {
  const eraB = ctx.client.era === '2022';
  return {
    async list() {
      if (eraB) return adaptDbcImages(await ctx.client.listCenterImages());
      const { image_server: servers } = await ctx.client.imageServers();
      const perServer = await Promise.all(
        servers.map(async (server) => adaptDbcImages(await ctx.client.listCenterImages(server)).map((image): CenterImage => ({ ...image, server }))),
      );
      return perServer.flat();
    },
    async downloadToNode(nodeId, image) {
      if (!eraB && !image.server) throw new Error(`No image server given for ${image.name}`);
      await ctx.client.downloadImage(nodeId, ctx.auth(), { image_server: image.server ?? '', image_filename: image.name, local_dir: DBC_IMAGE_DIR });
      return { kind: 'dbc-image-download', nodeId, imageName: image.name, progress: !eraB, sizeBytes: image.sizeBytes };
    },
    async uploadFromNode(nodeId, image, server) {
      if (!eraB && !server) throw new Error(`No image server given for ${image.name}`);
      await ctx.client.uploadImage(nodeId, ctx.auth(), { image_filename: image.name, image_server: server ?? '' });
      return { kind: 'dbc-image-upload', nodeId, imageName: image.name, server: eraB ? undefined : server, progress: !eraB, sizeBytes: image.sizeBytes };
    },
    // Stop exists with the progress endpoints (era C, docs/providers/dbc.md §7); era B had neither.
    canStop: (spec) => isDbcTransfer(spec) && spec.progress,
    async stopTransfer(spec) {
      if (!isDbcTransfer(spec) || !spec.progress) throw new Error(`A ${spec.kind} job cannot be stopped`);
      await ctx.client.stopImageTransfer(spec.nodeId, ctx.auth(), transferDirection(spec), spec.imageName);
    },
    async deleteNodeImage(nodeId, name) {
      await ctx.client.deleteNodeImage(nodeId, ctx.auth(), name);
    },
    // Era B uploads have no server choice; era C lists the client's servers (`/images/servers`).
    ...(eraB ? {} : { servers: async () => (await ctx.client.imageServers()).image_server }),
  };
}
