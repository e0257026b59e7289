/** ApiParamValidator / ApiMessageProcessor checks shared by the async APIs (their refusals go through the poll). */
import type { ZStackErrorCode } from '../../../src/api/zstack/types';
import { API_CLASSES, argerr, missingField, resourceNotFound } from '../errors';
import { UUID_PATTERN } from '../lib/format';
import type { ZStackState } from '../state';

export function requiredString(api: string, field: string, value: string | undefined, maxLength: number): ZStackErrorCode | undefined {
  if (value === undefined) return missingField(api, field);
  return maxLengthError(api, field, value, maxLength);
}

export function maxLengthError(api: string, field: string, value: string | undefined, maxLength: number): ZStackErrorCode | undefined {
  if (value === undefined || value.length <= maxLength) return undefined;
  return argerr(`field[${field}] of message[${API_CLASSES[api] ?? api}] exceeds max length of string. expected was <= ${maxLength}, actual was ${value.length}`);
}

/** APICreateMessage.resourceUuid: v4-shaped and not taken. */
export function resourceUuidError(value: string | undefined, taken: (uuid: string) => boolean): ZStackErrorCode | undefined {
  if (value === undefined) return undefined;
  if (!UUID_PATTERN.test(value)) {
    return argerr(
      `resourceUuid[${value}] is not a valid uuid. A valid uuid is a UUID(v4 recommended) with '-' stripped. see http://en.wikipedia.org/wiki/Universally_unique_identifier for format of UUID, the regular expression ZStack uses to validate a UUID is [0-9a-f]{8}[0-9a-f]{4}[1-5][0-9a-f]{3}[89ab][0-9a-f]{3}[0-9a-f]{12}`,
    );
  }
  if (taken(value)) return argerr(`resourceUuid[${value}] has been occupied by another resource`);
  return undefined;
}

/** Tags are not emulated: a tagUuid always points to nothing. */
export function tagUuidsError(tagUuids: string[] | undefined): ZStackErrorCode | undefined {
  if (!tagUuids?.length) return undefined;
  return resourceNotFound('tagUuids', tagUuids, 'TagPatternVO');
}

/** System tags must look like `key::value` (bootMode::UEFI, qemuga, …); placeholders are refused. */
export function systemTagsError(systemTags: string[] | undefined): ZStackErrorCode | undefined {
  const bad = systemTags?.find((tag) => !/^[A-Za-z][\w.-]*(::\S.*)?$/.test(tag));
  return bad === undefined ? undefined : argerr(`no system tag matches[${bad}]`);
}

export function uuidTaken(state: ZStackState, uuid: string): boolean {
  if ([state.images, state.snapshots, state.volumes, state.vms, state.trees].some((list) => list.some((item) => item.uuid === uuid))) return true;
  // A snapshot create waiting in its volume's queue has its uuid already.
  return state.jobs.some((job) => !job.outcome && job.effect.kind === 'createSnapshot' && job.effect.queued !== undefined && job.effect.snapshotUuid === uuid);
}

/** The first error of a list of checks (validation stops at the first failure). */
export function firstError(...checks: (() => ZStackErrorCode | undefined)[]): ZStackErrorCode | undefined {
  for (const check of checks) {
    const error = check();
    if (error) return error;
  }
  return undefined;
}
