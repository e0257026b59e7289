import type { Idc51Context } from '../providers/idc51';
import type { VmService } from './types';

/** STUB (issue 5 in progress): replaced by the idc51 VM adapter. */
export function createIdc51VmService(_ctx: Idc51Context): VmService {
  const pending = () => Promise.reject(new Error('idc51 VM service: not implemented yet'));
  return { list: pending, get: pending, actions: [], can: () => ({ allowed: false, reason: { key: 'error.kind.unknown' } }), run: pending };
}
