import type { DbcContext } from '../providers/dbc';
import type { NodeService } from './types';

/** STUB (issue 5 in progress): replaced by the DBC node adapter. */
export function createDbcNodeService(_ctx: DbcContext): NodeService {
  const pending = () => Promise.reject(new Error('DBC node service: not implemented yet'));
  return { get: pending, sessionId: pending };
}
