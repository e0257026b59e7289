import type { JobSpec } from '../jobs/types';

/** A file in the provider's image center (DBC: on one of its image servers). */
export interface CenterImage {
  /** DBC era C: the image server holding it ("ID_1"); absent where the provider has one center. */
  server?: string;
  name: string;
  sizeBytes?: number;
}

/** A DBC image file, on a node or in the image center. */
export interface ImageFile {
  name: string;
  sizeBytes?: number;
}

/** The image center as pages see it; later the Images area adds upload, delete and the other providers. */
export interface ImageCenterService {
  /** Every image on every server; one failing server fails the list (a partial list would hide images). */
  list(): Promise<CenterImage[]>;
  /** Start copying a center image onto a node; the job ends when the node has the file. */
  downloadToNode(nodeId: string, image: CenterImage): Promise<JobSpec>;
  /** DBC era C: the image servers a snapshot can be uploaded to (ids such as "ID_1"), in the client's order. */
  servers?(): Promise<string[]>;
  /** Start copying a node's file to the image center (`server` needed where `servers` exists); the job ends when it is there. */
  uploadFromNode?(nodeId: string, image: ImageFile, server?: string): Promise<JobSpec>;
  /** Stop a running transfer, where the provider can (DBC era C); undefined where it cannot. */
  stopTransfer?(spec: JobSpec): Promise<void>;
  /** Where the provider can tell transfers apart: can this job be stopped? */
  canStop?(spec: JobSpec): boolean;
  /** Delete a file from a node (the provider refuses while it is being transferred). */
  deleteNodeImage?(nodeId: string, name: string): Promise<void>;
}
