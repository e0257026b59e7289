import type { DbcContext } from '../providers/dbc';
import type { JobCheck, JobSpec } from './types';

/** STUB (issue 5 in progress): replaced by the dbc job poller. */
export function createDbcJobChecker(_ctx: DbcContext): (spec: JobSpec) => Promise<JobCheck> {
  return () => Promise.reject(new Error('dbc job checks: not implemented yet'));
}
