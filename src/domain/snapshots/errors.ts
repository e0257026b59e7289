import { ProviderError } from '@/api/errors';
import type { ProviderId } from '@/api/provider';
import { translate } from '@/i18n';
import type { JobSpec } from '../jobs/types';
import type { SnapshotCapability, SnapshotPartResult, SnapshotReason } from './types';

export type TreeProblem = 'duplicateId' | 'danglingParent' | 'cycle' | 'multipleRoots' | 'unknownPosition';

const TEXT: Record<TreeProblem, { en: string; zh: string }> = {
  duplicateId: { en: 'The provider listed the same snapshot twice', zh: '服务商重复列出了同一个快照' },
  danglingParent: { en: 'A snapshot names a parent the provider did not list', zh: '快照的父快照不在服务商返回的列表中' },
  cycle: { en: 'The provider’s snapshot parents form a loop', zh: '服务商返回的快照父子关系存在循环' },
  multipleRoots: { en: 'One snapshot chain or tree has more than one root', zh: '同一快照链或快照树存在多个根' },
  unknownPosition: { en: 'The current position points at a snapshot the provider did not list', zh: '当前位置指向的快照不在服务商返回的列表中' },
};

/**
 * Provider snapshot data that cannot be a tree. A ProviderError (kind `server`, code `SNAPSHOT_TREE_<problem>`)
 * so the error policy shows it like any provider failure; `snapshotIds` names the nodes involved.
 */
export class SnapshotTreeError extends ProviderError {
  readonly problem: TreeProblem;
  readonly snapshotIds: readonly string[];

  constructor(provider: ProviderId, problem: TreeProblem, snapshotIds: readonly string[]) {
    const shown = snapshotIds.slice(0, 10).join(', ') + (snapshotIds.length > 10 ? ` (+${snapshotIds.length - 10})` : '');
    super({
      provider,
      httpStatus: 200,
      code: `SNAPSHOT_TREE_${problem.toUpperCase()}`,
      message: `${TEXT[problem].en}: ${shown}`,
      messageZh: `${TEXT[problem].zh}：${shown}`,
      kind: 'server',
      retriable: false,
    });
    this.name = 'SnapshotTreeError';
    this.problem = problem;
    this.snapshotIds = snapshotIds;
  }
}

/** An action the capability table refuses, stopped before any request: carries the same reason the UI shows. */
export class SnapshotRefusedError extends ProviderError {
  readonly reason: SnapshotReason;

  constructor(provider: ProviderId, reason: SnapshotReason) {
    super({
      provider,
      httpStatus: 0,
      code: 'SNAPSHOT_REFUSED',
      message: translate('en', reason.key, reason.params),
      messageZh: translate('zh-CN', reason.key, reason.params),
      kind: 'conflict',
      retriable: false,
    });
    this.name = 'SnapshotRefusedError';
    this.reason = reason;
  }
}

/** Throws when the capability says no; returns the notes otherwise. */
export function ensureAllowed(provider: ProviderId, capability: SnapshotCapability): SnapshotReason[] {
  if (!capability.allowed) throw new SnapshotRefusedError(provider, capability.reason);
  return capability.notes;
}

/**
 * A per-disk operation in which some disks failed (vsd BatchOutput): never a success. `parts` has every disk's
 * result, the failed ones with the provider's own error; the others were done.
 */
export class SnapshotPartsError extends ProviderError {
  readonly parts: readonly SnapshotPartResult[];

  constructor(provider: ProviderId, parts: readonly SnapshotPartResult[]) {
    const failed = parts.filter((p) => !p.ok);
    const first = failed[0]?.error;
    super({
      provider,
      httpStatus: first?.httpStatus ?? 200,
      code: 'SNAPSHOT_PARTS_FAILED',
      message: `${failed.length} of ${parts.length} disks failed${first ? `: ${first.message}` : ''}`,
      messageZh: `${parts.length} 个磁盘中 ${failed.length} 个失败${first ? `：${first.messageZh ?? first.message}` : ''}`,
      kind: first?.kind ?? 'conflict',
      retriable: false,
    });
    this.name = 'SnapshotPartsError';
    this.parts = parts;
  }
}

/**
 * An action of several requests (ZStack: one snapshot per chosen volume) refused part-way: the provider's own
 * error, plus the jobs of the requests it had already accepted, which run on and must still be tracked.
 */
export class SnapshotPartlyAcceptedError extends ProviderError {
  readonly accepted: readonly JobSpec[];

  constructor(cause: ProviderError, accepted: readonly JobSpec[]) {
    super({ ...cause, message: cause.message });
    this.name = 'SnapshotPartlyAcceptedError';
    this.accepted = accepted;
  }
}
