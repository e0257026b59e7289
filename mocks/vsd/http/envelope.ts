import { HttpResponse } from 'msw';
import type { VsdBatchOutput, VsdOutput } from '../../../src/api/vsd/types';
import { SCODE_TABLE, scodeOf, type VsdFault } from '../errors';

/** Management node (manager) and compute-centre node (center) as they appear in `stack` frames. */
const MANAGER = 'host:10.30.33.25,pid:30060,module:manager';
const CENTER = 'host:10.30.33.23,pid:26372,module:center';

/** A stable pseudo line number so the same error always shows the same trace. */
function lineOf(text: string): number {
  let hash = 7;
  for (const char of text) hash = (hash * 31 + char.charCodeAt(0)) % 997;
  return 40 + hash;
}

/** The platform's error path, innermost first (format copied from the compute doc's 20926 example). */
export function stackOf(fault: VsdFault): string[] {
  const code = scodeOf(fault.code);
  const [module, file, func] = SCODE_TABLE[fault.code].where;
  const frame = (host: string, f: string, fn: string) => `${host},code:${code},filename:${f},func:${fn},line:${lineOf(f + fn)}`;
  const frames = module === 'center' ? [frame(CENTER, file, func), frame(CENTER, 'server.go', 'Handle'), frame(MANAGER, 'util.go', 'callCenterOnce'), frame(MANAGER, 'util.go', 'callCenter')] : [frame(MANAGER, file, func)];
  return [...frames, frame(MANAGER, 'router.go', 'func1')];
}

export function outputOk<T>(data: T): VsdOutput<T> {
  return { scode: 0, desc: '', message: 'success', message_cn: '成功', stack: null, data };
}

export function outputFail(fault: VsdFault, data: unknown = {}): VsdOutput {
  const entry = SCODE_TABLE[fault.code];
  return { scode: scodeOf(fault.code), desc: fault.desc, message: entry.message, message_cn: entry.message_cn, stack: stackOf(fault), data };
}

export function batchOf<T>(results: Array<VsdOutput<T>>): VsdBatchOutput<T> {
  const success = results.filter((result) => result.scode === 0).length;
  return { success, fail: results.length - success, results };
}

/** Every answer is HTTP 200 + Output (docs/providers/vsd.md §3); only unknown paths get 404. */
export const ok = (data: unknown = {}) => HttpResponse.json(outputOk(data));
export const fail = (fault: VsdFault) => HttpResponse.json(outputFail(fault));
/** An already built Output (success or not). */
export const respond = (output: VsdOutput) => HttpResponse.json(output);
export const notFoundRoute = (method: string, path: string) =>
  HttpResponse.json(outputFail({ code: 'API_NOT_FOUND', desc: `${method} ${path}` }, null), { status: 404 });
