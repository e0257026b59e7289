import type { ZStackContext } from '../providers/zstack';
import type { JobCheck, JobSpec } from './types';

/** STUB (issue 5 in progress): replaced by the zstack job poller. */
export function createZStackJobChecker(_ctx: ZStackContext): (spec: JobSpec) => Promise<JobCheck> {
  return () => Promise.reject(new Error('zstack job checks: not implemented yet'));
}
