/** Pure image rules: delete (Delay policy), expunge and recover. */
import type { ZStackErrorCode } from '../../../src/api/zstack/types';
import { operr } from '../errors';
import type { ImageRec } from '../state';

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
