import type { ZStackContext } from '../providers/zstack';
import type { VmService } from './types';

/** STUB (issue 5 in progress): replaced by the zstack VM adapter. */
export function createZStackVmService(_ctx: ZStackContext): VmService {
  const pending = () => Promise.reject(new Error('zstack VM service: not implemented yet'));
  return { list: pending, get: pending, actions: [], can: () => ({ allowed: false, reason: { key: 'error.kind.unknown' } }), run: pending };
}
