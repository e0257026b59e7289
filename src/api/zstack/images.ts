import type { AxiosInstance } from 'axios';
import { expectRecord, hasStrings } from '../validate';
import type { ZStackAsyncAccepted, ZStackCreateBody } from './types';

/** CreateDataVolumeFromVolumeTemplate params (docs/providers/zstack.md §8; primaryStorageUuid is required there). */
export interface ZStackDataVolumeFromTemplateParams {
  name: string;
  description?: string;
  primaryStorageUuid: string;
  hostUuid?: string;
  resourceUuid?: string;
}

/**
 * ZStack image lifecycle and volumes made from data-volume templates (docs/providers/zstack.md §8). Every call is
 * async: 202 `{location}` at once, a refusal arrives through the api-job poll (503 with the ErrorCode).
 */
export function createZStackImageClient(http: AxiosInstance) {
  const accepted = (data: unknown) => expectRecord<ZStackAsyncAccepted>('zstack', 'async answer', data, (value) => hasStrings(value, 'location'));
  const actions = (uuid: string) => `/zstack/v1/images/${encodeURIComponent(uuid)}/actions`;
  return {
    /** DeleteImage (Permissive): with the default Delay policy the image becomes `Deleted`, recoverable for 3 days. */
    delete: async (uuid: string) => accepted((await http.delete<unknown>(`/zstack/v1/images/${encodeURIComponent(uuid)}`, { params: { deleteMode: 'Permissive' } })).data),
    /** ExpungeImage: removes a Deleted image for good. */
    expunge: async (uuid: string) => accepted((await http.put<unknown>(actions(uuid), { expungeImage: {} })).data),
    /** RecoverImage: a Deleted image back to Ready. */
    recover: async (uuid: string) => accepted((await http.put<unknown>(actions(uuid), { recoverImage: {} })).data),
    /** A new data volume from a data-volume template; the job ends with `{inventory: VolumeInventory}`. Not idempotent. */
    createDataVolume: async (imageUuid: string, body: ZStackCreateBody<ZStackDataVolumeFromTemplateParams>) =>
      accepted((await http.post<unknown>(`/zstack/v1/volumes/data/from/data-volume-templates/${encodeURIComponent(imageUuid)}`, body)).data),
  };
}

export type ZStackImageClient = ReturnType<typeof createZStackImageClient>;
