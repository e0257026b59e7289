import type { Idc51Context } from '../providers/idc51';
import type { JobCheck, JobSpec } from './types';

/** STUB (issue 5 in progress): replaced by the idc51 job poller. */
export function createIdc51JobChecker(_ctx: Idc51Context): (spec: JobSpec) => Promise<JobCheck> {
  return () => Promise.reject(new Error('idc51 job checks: not implemented yet'));
}
