import type { DbcContext } from '../providers/dbc';
import type { VmService } from './types';

/** STUB (issue 5 in progress): replaced by the dbc VM adapter. */
export function createDbcVmService(_ctx: DbcContext): VmService {
  const pending = () => Promise.reject(new Error('dbc VM service: not implemented yet'));
  return { list: pending, get: pending, actions: [], can: () => ({ allowed: false, reason: { key: 'error.kind.unknown' } }), run: pending };
}
