import type { AxiosInstance } from 'axios';
import { expectRecord, hasStrings } from '../validate';
import type { ZStackAsyncAccepted } from './types';

/**
 * Data volumes on VMs (docs/providers/zstack.md §9). Async: 202 `{location}` at once; a refusal (wrong VM state,
 * volume already attached, no common cluster) arrives through the api-job poll as a 503 ErrorCode.
 */
export function createZStackVolumeClient(http: AxiosInstance) {
  const accepted = (data: unknown) => expectRecord<ZStackAsyncAccepted>('zstack', 'async answer', data, (value) => hasStrings(value, 'location'));
  return {
    /** AttachDataVolumeToVm: both uuids in the path, an empty body; the job ends with `{inventory: VolumeInventory}`. Not idempotent. */
    attachToVm: async (volumeUuid: string, vmUuid: string) =>
      accepted((await http.post<unknown>(`/zstack/v1/volumes/${encodeURIComponent(volumeUuid)}/vm-instances/${encodeURIComponent(vmUuid)}`, {})).data),
  };
}

export type ZStackVolumeClient = ReturnType<typeof createZStackVolumeClient>;
