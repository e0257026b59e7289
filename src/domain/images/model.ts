import type { ReadOptions } from '../read';
import type { ProviderId } from '@/api/provider';
import type { JobSpec } from '../jobs/types';
import type { PartialFailure } from '../vms/types';

/** What an image is, across providers: the page filters and labels by it. */
export const IMAGE_KINDS = ['center', 'node', 'zstackImage', 'zstackDataTemplate', 'zstackRootTemplate', 'idc51Captured', 'idc51Disk'] as const;
export type ImageKind = (typeof IMAGE_KINDS)[number];

/** Every provider's image status folded onto five words; the provider's own word stays in `rawStatus`. */
export const IMAGE_STATUSES = ['ready', 'creating', 'failed', 'deleted', 'unknown'] as const;
export type ImageStatus = (typeof IMAGE_STATUSES)[number];

/** Where an image lives: a DBC image server or node, ZStack backup storages, a 51idc zone. */
export interface ImageLocation {
  kind: 'imageServer' | 'node' | 'backupStorage' | 'zone';
  /** The ids of the places (ZStack: one image can sit on several backup storages). */
  ids: string[];
  /** Their names where the provider gives them, same order as `ids`. */
  names?: string[];
}

/** What an image was made from, when the provider says so. */
export interface ImageOrigin {
  kind: 'snapshot' | 'vm';
  id: string;
  name?: string;
  /**
   * The snapshot's tree (its VM, and the volume it was taken of), when known: the origin link opens it there.
   * 51idc: from the backup's resource; DBC: the task named in an uploaded snapshot's file name.
   */
  tree?: { vmId: string; volumeId?: string };
}

/** A disk's class, where the provider has classes (51idc `volume_type`: 0 performance, 1/2 capacity, 3 ultra). */
export type DiskType = 'performance' | 'capacity' | 'ultraPerformance';

/** One image or template of one connection, provider-neutral. */
export interface ImageRecord {
  /** Unique across connections: connection and id. */
  key: string;
  connectionId: string;
  provider: ProviderId;
  /**
   * Unique within the connection: the provider's id; DBC has none but the file name, and one file can sit on
   * several servers and nodes, so there it is `server:<id>/<file>` or `node:<id>/<file>`.
   */
  id: string;
  name: string;
  kind: ImageKind;
  format?: string;
  sizeBytes?: number;
  /** The provider's own status word; undefined where the provider reports none (DBC lists files only). */
  rawStatus?: string;
  status: ImageStatus;
  location: ImageLocation;
  /** ISO time. */
  createdAt?: string;
  origin?: ImageOrigin;
  description?: string;
  /**
   * The provider job making the image (a 51idc capture or disk from a backup): its id, the provider's status word,
   * and the provider's error when it failed.
   */
  job?: { id: string; status: string; error?: string };
  /** A disk made from a backup (51idc): its class. */
  diskType?: DiskType;
}

export interface ImageListResult {
  images: ImageRecord[];
  /** Sources that did not answer (a DBC node, a ZStack page): their images are missing, the rest show. */
  failures: PartialFailure[];
}

/** One connection's image listing; absent on a provider without an image API (vsd). */
export interface ImageService {
  list(options?: ReadOptions): Promise<ImageListResult>;
  /** What the provider lets the user do to its images; absent where the console only lists them. */
  actions?: ImageActionService;
}

/** A primary storage a new data volume can go to. */
export interface VolumeStorageChoice {
  id: string;
  name: string;
  /** Enabled and Connected: the provider would accept it. */
  usable: boolean;
}

export interface NewVolumeRequest {
  name: string;
  primaryStorageId: string;
}

/** Image lifecycle calls (ZStack): each returns the provider job that carries it out. */
export interface ImageActionService {
  remove(image: ImageRecord): Promise<JobSpec>;
  expunge(image: ImageRecord): Promise<JobSpec>;
  recover(image: ImageRecord): Promise<JobSpec>;
  volumeStorages(): Promise<VolumeStorageChoice[]>;
  /** A data volume from a data-volume template; the job ends with the new volume's inventory. */
  createVolume(image: ImageRecord, request: NewVolumeRequest): Promise<JobSpec>;
  /** Attaches a data volume (one made by createVolume) to a VM of the same connection; not idempotent. */
  attachVolume(volumeId: string, vmId: string): Promise<JobSpec>;
}

/** DBC file names carry the format as their extension ("ubuntu-22.04.qcow2"). */
export function formatFromFileName(name: string): string | undefined {
  const match = /\.([a-z0-9]{2,6})$/i.exec(name);
  return match?.[1]?.toLowerCase();
}

export const imageKey = (connectionId: string, id: string): string => `${connectionId}/${id}`;
