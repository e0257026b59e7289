/** Pure image rules: delete (Delay policy), expunge and recover. */
import type { ZStackErrorCode } from '../../../src/api/zstack/types';
import { operr } from '../errors';
import type { ImageRec, PrimaryStorageRec } from '../state';

export function expungeRefusal(image: ImageRec): ZStackErrorCode | undefined {
  if (image.status !== 'Deleted') return operr(`the image[uuid:${image.uuid}] is not deleted, cannot expunge it; delete it first`);
  return undefined;
}

export function recoverRefusal(image: ImageRec): ZStackErrorCode | undefined {
  if (image.status !== 'Deleted') return operr(`the image[uuid:${image.uuid}] is not deleted, nothing to recover`);
  return undefined;
}

/** An image is Deleted once every backup storage ref is. */
export function allRefsDeleted(image: ImageRec): boolean {
  return image.backupStorageRefs.every((ref) => ref.status === 'Deleted');
}

/**
 * CreateDataVolumeFromVolumeTemplate (VolumeApiInterceptor, texts ASSUMED): the image must be a data-volume
 * template, Enabled and Ready; the primary storage Enabled and Connected.
 */
export function volumeFromTemplateRefusal(image: ImageRec, primaryStorage: PrimaryStorageRec): ZStackErrorCode | undefined {
  if (image.mediaType !== 'DataVolumeTemplate') return operr(`image[uuid:${image.uuid}] is not a DataVolumeTemplate, it's ${image.mediaType}`);
  if (image.state !== 'Enabled') return operr(`image[uuid:${image.uuid}] is Disabled, cannot create a data volume from it`);
  if (image.status !== 'Ready') return operr(`image[uuid:${image.uuid}] is not Ready, it's ${image.status}`);
  if (primaryStorage.state !== 'Enabled' || primaryStorage.status !== 'Connected') {
    return operr(`primary storage[uuid:${primaryStorage.uuid}] is not available (state: ${primaryStorage.state}, status: ${primaryStorage.status})`);
  }
  return undefined;
}
