import type { ProviderId } from '@/api/provider';
import type { ImageRecord } from '../images/model';
import type { JobSpec } from '../jobs/types';

/**
 * How each provider's API lets the console make a VM: DBC on one of the renter's GPU nodes (its own form),
 * ZStack from an image with an offering and networks; none where the API has no create (vsd, and 51idc,
 * whose documented API has no instance create: docs/providers/idc51.md).
 */
export type VmCreateStyle = 'node' | 'image';
export const VM_CREATE_STYLE: Record<ProviderId, VmCreateStyle | undefined> = {
  dbc: 'node',
  zstack: 'image',
  idc51: undefined,
  vsd: undefined,
};

/** A size a new VM can have (ZStack instance offering). */
export interface VmOffering {
  id: string;
  name: string;
  cpuNum: number;
  memoryBytes: number;
  /** A Disabled offering is listed but cannot be picked (the provider refuses it). */
  enabled: boolean;
}

/** A network a new VM can be on (ZStack L3 network). */
export interface VmNetwork {
  id: string;
  name: string;
  category?: string;
  enabled: boolean;
}

export interface ImageVmChoices {
  offerings: VmOffering[];
  networks: VmNetwork[];
}

export interface ImageVmInput {
  name: string;
  description?: string;
  imageId: string;
  offeringId: string;
  networkIds: string[];
}

/** A VM made from an image: the choices the provider offers, and the create (a tracked job). */
export interface ImageVmCreator {
  choices(): Promise<ImageVmChoices>;
  create(input: ImageVmInput): Promise<{ vmId: string; job: JobSpec }>;
}

/**
 * Whether Create VM can start from this image: a DBC file (center or node: the form copies a center file onto the
 * node); a ZStack root template or image that is Ready (a data template cannot boot; an ISO also needs a root disk
 * offering, which the form does not offer).
 */
export function imageCanMakeVm(image: Pick<ImageRecord, 'provider' | 'kind' | 'status' | 'format'>): boolean {
  if (VM_CREATE_STYLE[image.provider] === undefined) return false;
  if (image.provider === 'dbc') return image.kind === 'center' || image.kind === 'node';
  return image.status === 'ready' && (image.kind === 'zstackImage' || image.kind === 'zstackRootTemplate') && image.format !== 'iso';
}
