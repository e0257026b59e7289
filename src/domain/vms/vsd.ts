import type { VsdContext } from '../providers/vsd';
import type { VmService } from './types';

/** STUB (issue 5 in progress): replaced by the vsd VM adapter. */
export function createVsdVmService(_ctx: VsdContext): VmService {
  const pending = () => Promise.reject(new Error('vsd VM service: not implemented yet'));
  return { list: pending, get: pending, actions: [], can: () => ({ allowed: false, reason: { key: 'error.kind.unknown' } }), run: pending };
}
