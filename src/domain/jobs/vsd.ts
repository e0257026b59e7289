import type { VsdContext } from '../providers/vsd';
import type { JobCheck, JobSpec } from './types';

/** STUB (issue 5 in progress): replaced by the vsd job poller. */
export function createVsdJobChecker(_ctx: VsdContext): (spec: JobSpec) => Promise<JobCheck> {
  return () => Promise.reject(new Error('vsd job checks: not implemented yet'));
}
