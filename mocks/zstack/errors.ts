/** ZStack ErrorCode builders. Descriptions are the fixed texts of conf/errorCodes/*.xml; `details` is per failure. */
import type { ZStackErrorCode } from '../../src/api/zstack/types';

export const ERROR_DESCRIPTIONS: Record<string, string> = {
  'SYS.1000': 'An internal error happened in system',
  'SYS.1001': 'A message or a operation timeout',
  'SYS.1002': 'Unable to create a resource',
  'SYS.1003': 'A resource can not be found',
  'SYS.1004': 'Unable to delete a resource',
  'SYS.1005': 'Unable to change resource state',
  'SYS.1006': 'An operation failed',
  'SYS.1007': 'One or more API argument is invalid',
  'SYS.1014': 'The operation is not implemented or not supported yet',
  'SYS.1016': 'Cannot do an IO operation(e.g. network IO error, file IO error)',
  'ID.1000': 'Unable to authenticate a user',
  'ID.1001': 'The session is invalid, either wrong session id or the session has been expired',
  'ID.1002': "The user doesn't have permission to perform the operation",
  'ID.1003': 'The user exceeds a quota of a resource',
  'VOLUME_SNAPSHOT.1000': 'Snapshot is not in correct status for operation.',
  'VOLUME_SNAPSHOT.1002': 'Failed to delete volume snapshots in batch.',
  'IMG.1000': 'Unable to create an image from a volume',
  'VM.1001': 'Unable to start a vm',
  'VM.1002': 'Unable to stop a vm',
  'VM.1003': 'Unable to reboot a vm',
  'VM.1010': 'VM is not in state that allows required operation',
};

export function zsError(code: string, details: string, cause?: ZStackErrorCode): ZStackErrorCode {
  const error: ZStackErrorCode = { code, description: ERROR_DESCRIPTIONS[code] ?? 'An operation failed', details };
  if (cause) error.cause = cause;
  return error;
}

/** SysErrors.OPERATION_ERROR (`operr`). */
export const operr = (details: string, cause?: ZStackErrorCode) => zsError('SYS.1006', details, cause);
/** SysErrors.INVALID_ARGUMENT_ERROR (`argerr`). */
export const argerr = (details: string) => zsError('SYS.1007', details);

export const API_CLASSES: Record<string, string> = {
  CreateDataVolumeTemplateFromVolumeSnapshot: 'org.zstack.header.image.APICreateDataVolumeTemplateFromVolumeSnapshotMsg',
  CreateRootVolumeTemplateFromVolumeSnapshot: 'org.zstack.header.image.APICreateRootVolumeTemplateFromVolumeSnapshotMsg',
  CreateVolumeSnapshot: 'org.zstack.header.volume.APICreateVolumeSnapshotMsg',
  CreateDataVolumeFromVolumeSnapshot: 'org.zstack.header.volume.APICreateDataVolumeFromVolumeSnapshotMsg',
  CreateDataVolumeFromVolumeTemplate: 'org.zstack.header.volume.APICreateDataVolumeFromVolumeTemplateMsg',
  UpdateVolumeSnapshot: 'org.zstack.header.storage.snapshot.APIUpdateVolumeSnapshotMsg',
  RevertVolumeFromSnapshot: 'org.zstack.header.storage.snapshot.APIRevertVolumeFromSnapshotMsg',
  GetVolumeSnapshotSize: 'org.zstack.header.storage.snapshot.APIGetVolumeSnapshotSizeMsg',
  DeleteVolumeSnapshot: 'org.zstack.header.storage.snapshot.APIDeleteVolumeSnapshotMsg',
  BatchDeleteVolumeSnapshot: 'org.zstack.header.storage.snapshot.APIBatchDeleteVolumeSnapshotMsg',
  DeleteImage: 'org.zstack.header.image.APIDeleteImageMsg',
  ExpungeImage: 'org.zstack.header.image.APIExpungeImageMsg',
  RecoverImage: 'org.zstack.header.image.APIRecoverImageMsg',
  AttachDataVolumeToVm: 'org.zstack.header.volume.APIAttachDataVolumeToVmMsg',
  DetachDataVolumeFromVm: 'org.zstack.header.volume.APIDetachDataVolumeFromVmMsg',
  CreateVmInstance: 'org.zstack.header.vm.APICreateVmInstanceMsg',
  StartVmInstance: 'org.zstack.header.vm.APIStartVmInstanceMsg',
  StopVmInstance: 'org.zstack.header.vm.APIStopVmInstanceMsg',
  RebootVmInstance: 'org.zstack.header.vm.APIRebootVmInstanceMsg',
  RenewSession: 'org.zstack.header.identity.APIRenewSessionMsg',
  LogInByAccount: 'org.zstack.header.identity.APILogInByAccountMsg',
};

/** ApiParamValidator: a required field is missing. */
export function missingField(api: string, field: string): ZStackErrorCode {
  return argerr(`field[${field}] of message[${API_CLASSES[api] ?? api}] is mandatory, can not be null`);
}

/** ApiParamValidator: a field breaks its validValues. */
export function invalidValue(api: string, field: string, value: string, valid: readonly string[]): ZStackErrorCode {
  return argerr(`valid value for field[${field}] of message[${API_CLASSES[api] ?? api}] are ${JSON.stringify(valid)}, but ${value} found`);
}

/** ApiMessageProcessor: a resourceType field points to nothing. */
export function resourceNotFound(field: string, uuid: string | string[], type: string): ZStackErrorCode {
  const shown = Array.isArray(uuid) ? `uuids:[${uuid.join(', ')}]` : `uuid:${uuid}`;
  return zsError('SYS.1003', `invalid field[${field}], resource[${shown}, type:${type}] not found`);
}

export function sessionInvalid(details = 'Session expired'): ZStackErrorCode {
  return zsError('ID.1001', details);
}
