// @vitest-environment node
import { bodyOf, createRequestLog, queryOf } from './requests';

const entry = (path: string, method = 'POST', provider: 'dbc' | 'zstack' = 'dbc') => ({ provider, method, path, query: {}, time: 0 });

describe('request log', () => {
  it('numbers requests in arrival order and fills in the status once answered', () => {
    const log = createRequestLog();
    const first = log.record(entry('/api/v1/tasks/start/a'));
    log.record(entry('/api/v1/mining_nodes'));
    expect(log.list().map((r) => [r.seq, r.status])).toEqual([
      [1, null],
      [2, null],
    ]);
    first.answered(200, 'fault-1');
    expect(log.list()[0]).toMatchObject({ seq: 1, status: 200, fault: 'fault-1' });
  });

  it('filters by provider, method (any case) and a substring of the path', () => {
    const log = createRequestLog();
    log.record(entry('/api/v1/tasks/shutdown/x'));
    log.record(entry('/api/v1/tasks/shutdown/x', 'GET'));
    log.record(entry('/zstack/v1/vm-instances', 'GET', 'zstack'));
    expect(log.list({ path: '/tasks/shutdown/' })).toHaveLength(2);
    expect(log.list({ path: '/tasks/shutdown/', method: 'post' })).toHaveLength(1);
    expect(log.list({ provider: 'zstack' }).map((r) => r.path)).toEqual(['/zstack/v1/vm-instances']);
    expect(log.list({ provider: 'dbc', path: 'vm-instances' })).toEqual([]);
  });

  it('keeps only the newest entries, and clearing does not reuse numbers', () => {
    const log = createRequestLog(3);
    for (let i = 1; i <= 5; i++) log.record(entry(`/r${i}`));
    expect(log.list().map((r) => r.path)).toEqual(['/r3', '/r4', '/r5']);
    log.clear();
    expect(log.list()).toEqual([]);
    log.record(entry('/r6'));
    expect(log.list()[0]?.seq).toBe(6);
  });

  it('keeps arrival order even when the body of a later request is read first', () => {
    const log = createRequestLog();
    const slow = log.record(entry('/big-upload'));
    const quick = log.record(entry('/small'));
    quick.body({ n: 2 });
    slow.body({ n: 1 });
    slow.body(undefined);
    expect(log.list().map((r) => [r.path, r.body])).toEqual([
      ['/big-upload', { n: 1 }],
      ['/small', { n: 2 }],
    ]);
  });

  it('hands out copies: a caller cannot change what was logged', () => {
    const log = createRequestLog();
    log.record({ ...entry('/x'), body: { a: 1 } });
    const [copy] = log.list();
    (copy!.body as { a: number }).a = 2;
    expect(log.list()[0]?.body).toEqual({ a: 1 });
  });
});

describe('queryOf / bodyOf', () => {
  it('keeps every value of a repeated query name', () => {
    expect(queryOf(new URL('http://x/p?a=1&b=2&a=3'))).toEqual({ a: ['1', '3'], b: '2' });
  });

  it('parses a JSON body whatever its content type, keeps text otherwise, and leaves the request readable', async () => {
    const json = new Request('http://x/p', { method: 'POST', body: '{"session_id":"s"}' });
    expect(await bodyOf(json)).toEqual({ session_id: 's' });
    expect(await json.json()).toEqual({ session_id: 's' });
    expect(await bodyOf(new Request('http://x/p', { method: 'POST', body: 'a=b' }))).toBe('a=b');
    expect(await bodyOf(new Request('http://x/p', { method: 'POST' }))).toBeUndefined();
    expect(await bodyOf(new Request('http://x/p'))).toBeUndefined();
    const long = await bodyOf(new Request('http://x/p', { method: 'PUT', body: 'z'.repeat(20_000) }));
    expect(typeof long === 'string' && long.length < 9_000 && long.endsWith('(20000 characters)')).toBe(true);
  });
});
