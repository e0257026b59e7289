import type { Idc51Image, Idc51Job, Idc51Snapshot, Idc51Volume } from '@/api/idc51/types';
import { providerLimiter } from '../../fanout';
import type { Idc51Context } from '../../providers/idc51';
import type { PartialFailure } from '../../vms/types';
import { idc51ImageToRecord, withCaptureJobs } from '../adapt/idc51';
import { EXPORT_ACTIONS, backupExports, backupOrigin, idc51DiskToRecord } from '../adapt/idc51Exports';
import type { ImageRecord, ImageService } from '../model';

/** The list's largest page (docs/providers/idc51.md §7: limit at most 100); also the most ids one filter names. */
const IDC51_PAGE = 100;

/** Every point but ceased ones (gone: nothing to link to). */
const POINT_STATUSES = ['pending', 'available', 'suspended', 'deleted'];
/** Every volume status: a disk whose job failed is left ceased, and still shows with its name. */
const VOLUME_STATUSES = ['pending', 'available', 'in-use', 'suspended', 'deleted', 'ceased'];

/** Reads every page of a 51idc list (`offset` / `limit`, `total_count`). */
async function allPages<T>(read: (offset: number) => Promise<{ items: T[]; total: number }>): Promise<T[]> {
  const found: T[] = [];
  for (let offset = 0; ; offset += IDC51_PAGE) {
    const page = await read(offset);
    found.push(...page.items);
    if (page.items.length < IDC51_PAGE || found.length >= page.total) return found;
  }
}

/** A list filtered by ids, at most a page of ids per call. */
async function byIds<T>(ids: readonly string[], read: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const found: T[] = [];
  for (let i = 0; i < ids.length; i += IDC51_PAGE) found.push(...(await read(ids.slice(i, i + IDC51_PAGE))));
  return found;
}

const unique = (ids: Iterable<string | undefined>): string[] => [...new Set([...ids].filter((id): id is string => !!id))];

/**
 * 51idc images captured from instance backups (`capture_instance`) and disks made from disk backups
 * (`create_volume`). Sources: `GET /v2/zone/{zone}/images?provider=self` (system images are the provider's
 * catalogue, not the renter's), `GET /jobs` for the two export actions (which image or volume each made, from which
 * backup, and the job of one still being made), `GET /volume_snapshots?snapshots=` for those backups (name, and
 * the instance or disk they were taken of) and `GET /volumes?volumes=` for the disks made and the backed-up disks
 * (their instance places the backup in its tree). Only volumes a CreateVolumeFromSnapshot job names are listed:
 * the volume list does not say where a volume came from (docs/providers/idc51.md, Images page).
 */
export function createIdc51ImageService(ctx: Idc51Context): ImageService {
  const connectionId = ctx.connection.id;
  return {
    async list({ signal } = {}) {
      const client = ctx.readClient(signal);
      const limited = <T>(call: () => Promise<T>) => ctx.read(() => providerLimiter('idc51').run(call, { signal }));
      const captured = await allPages<Idc51Image>(async (offset) => {
        const page = await limited(() => client.listImages(ctx.zone, { provider: 'self', offset, limit: IDC51_PAGE }));
        return { items: page.images, total: page.total_count };
      });
      // Each source below that fails is a partial failure: what the others tell still shows.
      const failures: PartialFailure[] = [];
      const orNothing = <T>(source: string, fallback: T) => (error: unknown): T => {
        failures.push({ source, error });
        return fallback;
      };
      const jobs = await allPages<Idc51Job>(async (offset) => {
        const page = await limited(() => client.listJobs(ctx.zone, { action: [...EXPORT_ACTIONS], offset, limit: IDC51_PAGE }));
        return { items: page.jobs, total: page.total_count };
      }).catch(orNothing<Idc51Job[]>('jobs', []));
      const exports = [...backupExports(jobs).values()];
      const disks = exports.filter((made) => made.job.action === 'CreateVolumeFromSnapshot');

      const points = await byIds(unique(exports.map((made) => made.backupId)), async (snapshots) =>
        (await limited(() => client.listVolumeSnapshots(ctx.zone, { snapshots, status: POINT_STATUSES, limit: IDC51_PAGE }))).snapshots,
      ).catch(orNothing<Idc51Snapshot[]>('volume_snapshots', []));
      const pointById = new Map(points.map((point) => [point.snapshot_id, point]));
      const backedUpDisks = points.map((point) => (point.resource?.resource_type === 'volume' ? point.resource.resource_id : undefined));

      const volumes = await byIds(unique([...disks.map((made) => made.madeId), ...backedUpDisks]), async (ids) =>
        (await limited(() => client.listVolumes(ctx.zone, { volumes: ids, status: VOLUME_STATUSES, limit: IDC51_PAGE }))).volumes,
      ).catch(orNothing<Idc51Volume[] | undefined>('volumes', undefined));
      const volumeById = new Map((volumes ?? []).map((volume) => [volume.volume_id, volume]));
      const originOf = (backupId: string) => backupOrigin(backupId, pointById.get(backupId), volumeById);

      const images: ImageRecord[] = withCaptureJobs(
        captured.map((image) => idc51ImageToRecord(connectionId, ctx.zone, image)),
        jobs,
        originOf,
      );
      // Without the volume list the disks' names and states are unknown: they are left out (the failure says so).
      if (volumes) {
        for (const made of disks) {
          images.push(idc51DiskToRecord(connectionId, ctx.zone, made, volumeById.get(made.madeId), made.backupId ? originOf(made.backupId) : undefined));
        }
      }
      return { images, failures };
    },
  };
}
