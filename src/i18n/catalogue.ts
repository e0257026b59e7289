import { configSafetyEn, configSafetyZhCN } from './areas/configSafety';
import { connectionsEn, connectionsZhCN } from './areas/connections';
import { createFromImageEn, createFromImageZhCN } from './areas/createFromImage';
import { demoControlsEn, demoControlsZhCN } from './areas/demoControls';
import { dataHealthEn, dataHealthZhCN } from './areas/dataHealth';
import { embedEn, embedZhCN } from './areas/embed';
import { imageActionsEn, imageActionsZhCN } from './areas/imageActions';
import { imageDbcEn, imageDbcZhCN } from './areas/imageDbc';
import { imagesDbcMoreEn, imagesDbcMoreZhCN } from './areas/imagesDbcMore';
import { imagesEn, imagesZhCN } from './areas/images';
import { imagesIdc51En, imagesIdc51ZhCN } from './areas/imagesIdc51';
import { imageTransfersEn, imageTransfersZhCN } from './areas/imageTransfers';
import { jobsEn, jobsZhCN } from './areas/jobs';
import { jobsSafetyEn, jobsSafetyZhCN } from './areas/jobsSafety';
import { nodesEn, nodesZhCN } from './areas/nodes';
import { overviewEn, overviewZhCN } from './areas/overview';
import { renterEn, renterZhCN } from './areas/renter';
import { signOutEn, signOutZhCN } from './areas/signOut';
import { snapshotActionsEn, snapshotActionsZhCN } from './areas/snapshotActions';
import { snapshotCreateEn, snapshotCreateZhCN } from './areas/snapshotCreate';
import { snapshotDeleteEn, snapshotDeleteZhCN } from './areas/snapshotDelete';
import { snapshotExportEn, snapshotExportZhCN } from './areas/snapshotExport';
import { snapshotModelEn, snapshotModelZhCN } from './areas/snapshotModel';
import { snapshotRollbackEn, snapshotRollbackZhCN } from './areas/snapshotRollback';
import { snapshotsEn, snapshotsZhCN } from './areas/snapshots';
import { vmCreateEn, vmCreateZhCN } from './areas/vmCreate';
import { vmListEn, vmListZhCN } from './areas/vmList';
import { vmConnectEn, vmConnectZhCN } from './areas/vmConnect';
import { vmModelEn, vmModelZhCN } from './areas/vmModel';
import { vmsEn, vmsZhCN } from './areas/vms';
import { volumeAttachEn, volumeAttachZhCN } from './areas/volumeAttach';
import { coreEn } from './en';
import { coreZhCN } from './zh-CN';

/** Every message, merged from the core and area catalogues: en defines the keys, zh-CN must have the same. */
export const en = {
  ...coreEn,
  ...nodesEn,
  ...vmModelEn,
  ...vmsEn,
  ...jobsEn,
  ...jobsSafetyEn,
  ...renterEn,
  ...overviewEn,
  ...embedEn,
  ...snapshotModelEn,
  ...snapshotsEn,
  ...snapshotActionsEn,
  ...snapshotCreateEn,
  ...snapshotRollbackEn,
  ...snapshotDeleteEn,
  ...snapshotExportEn,
  ...vmCreateEn,
  ...vmListEn,
  ...connectionsEn,
  ...demoControlsEn,
  ...vmConnectEn,
  ...dataHealthEn,
  ...imageActionsEn,
  ...imagesEn,
  ...imagesIdc51En,
  ...imageTransfersEn,
  ...createFromImageEn,
  ...imageDbcEn,
  ...volumeAttachEn,
  ...imagesDbcMoreEn,
  ...configSafetyEn,
  ...signOutEn,
} as const;

export type MessageKey = keyof typeof en;

export const zhCN: Record<MessageKey, string> = {
  ...coreZhCN,
  ...nodesZhCN,
  ...vmModelZhCN,
  ...vmsZhCN,
  ...jobsZhCN,
  ...jobsSafetyZhCN,
  ...renterZhCN,
  ...overviewZhCN,
  ...embedZhCN,
  ...snapshotModelZhCN,
  ...snapshotsZhCN,
  ...snapshotActionsZhCN,
  ...snapshotCreateZhCN,
  ...snapshotRollbackZhCN,
  ...snapshotDeleteZhCN,
  ...snapshotExportZhCN,
  ...vmCreateZhCN,
  ...vmListZhCN,
  ...connectionsZhCN,
  ...demoControlsZhCN,
  ...vmConnectZhCN,
  ...dataHealthZhCN,
  ...imageActionsZhCN,
  ...imagesZhCN,
  ...imagesIdc51ZhCN,
  ...imageTransfersZhCN,
  ...createFromImageZhCN,
  ...imageDbcZhCN,
  ...volumeAttachZhCN,
  ...imagesDbcMoreZhCN,
  ...configSafetyZhCN,
  ...signOutZhCN,
};
