// @vitest-environment node
import { AxiosError, AxiosHeaders } from 'axios';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { dbcProtocol } from './dbc/protocol';
import { ProviderError } from './errors';
import { createHttp, toProviderError } from './http';
import { idc51Protocol } from './idc51/protocol';
import { vsdProtocol } from './vsd/protocol';
import { zstackProtocol } from './zstack/protocol';

describe('ProviderError normalisation', () => {
  it('DBC: a 200 with a non-zero errcode is an error; authority failures are auth', () => {
    const error = dbcProtocol.errorInBody?.(200, { errcode: -3, message: 'check authority failed: session_id is invalid' });
    expect(error).toMatchObject({ provider: 'dbc', httpStatus: 200, code: '-3', kind: 'auth', retriable: false });
    expect(error?.message).toBe('check authority failed: session_id is invalid');
    expect(dbcProtocol.errorInBody?.(200, { errcode: 0, message: 'ok' })).toBeUndefined();
  });

  it('DBC: client-side 400 is validation, 500 -1 is a retriable timeout, business errcode 1 is a conflict', () => {
    expect(dbcProtocol.fromFailure(400, { errcode: -25, message: 'peer_nodes_list is not array' })).toMatchObject({ code: '-25', kind: 'validation' });
    expect(dbcProtocol.fromFailure(500, { errcode: -1, message: 'list task timeout' })).toMatchObject({ kind: 'timeout', retriable: true });
    expect(dbcProtocol.errorInBody?.(200, { errcode: 1, message: 'please close task first and try again' })).toMatchObject({ kind: 'conflict' });
    expect(dbcProtocol.errorInBody?.(200, { errcode: 1, message: 'task not exist' })).toMatchObject({ kind: 'notFound' });
  });

  it('vsd: scode != 0 carries both languages, desc and stack as details', () => {
    const error = vsdProtocol.errorInBody?.(200, {
      scode: 10023,
      desc: 'snapshot temp',
      message: 'snapshot has more than one child',
      message_cn: '快照有多个子快照',
      stack: ['compute.snapshot.delete'],
      data: null,
    });
    expect(error).toMatchObject({ provider: 'vsd', code: '10023', message: 'snapshot has more than one child', messageZh: '快照有多个子快照', kind: 'conflict' });
    expect(error?.details).toContain('snapshot temp');
    expect(error?.details).toContain('compute.snapshot.delete');
  });

  it('ZStack: 503 ErrorCode keeps code, details and the cause chain; ID.* is auth; plain-text 400 is validation', () => {
    const error = zstackProtocol.fromFailure(503, {
      error: { code: 'SYS.1006', description: 'An operation failed', details: 'vm is not Stopped', cause: { code: 'VOLUME.1000', details: 'state Running' } },
    });
    expect(error).toMatchObject({ code: 'SYS.1006', message: 'vm is not Stopped', kind: 'conflict', retriable: false });
    expect(error.details).toContain('VOLUME.1000: state Running');
    expect(zstackProtocol.fromFailure(503, { error: { code: 'ID.1001', description: 'session invalid' } }).kind).toBe('auth');
    expect(zstackProtocol.fromFailure(400, "missing header 'Authorization'")).toMatchObject({ code: 'HTTP_400', message: "missing header 'Authorization'", kind: 'validation' });
  });

  it('51idc: HTTP status + {code, message, detail}', () => {
    expect(idc51Protocol.fromFailure(401, { code: '1200', message: 'unauthorized', detail: 'token expired' })).toMatchObject({
      code: '1200',
      kind: 'auth',
      details: 'token expired',
    });
    expect(idc51Protocol.fromFailure(503, { code: '5100', message: 'server busy' })).toMatchObject({ kind: 'server', retriable: true });
    expect(idc51Protocol.fromFailure(502, '<html>bad gateway</html>')).toMatchObject({ code: 'HTTP_502', details: '<html>bad gateway</html>' });
  });

  it('network failures and timeouts are retriable, with a Chinese message too', () => {
    const network = toProviderError(dbcProtocol, new AxiosError('Network Error', AxiosError.ERR_NETWORK, { headers: new AxiosHeaders() }));
    expect(network).toMatchObject({
      provider: 'dbc',
      kind: 'network',
      code: 'NETWORK',
      httpStatus: 0,
      retriable: true,
      message: 'The provider could not be reached (Network Error)',
      messageZh: '无法连接到服务商',
    });
    const timeout = toProviderError(zstackProtocol, new AxiosError('timeout', AxiosError.ETIMEDOUT));
    expect(timeout).toMatchObject({
      provider: 'zstack',
      kind: 'timeout',
      code: 'TIMEOUT',
      retriable: true,
      message: 'The provider did not answer in time',
      messageZh: '服务商未在规定时间内响应',
    });
  });
});

describe('a change sent without an answer (issue 13, defect 9)', () => {
  const lost = (code: string, method: string, url: string) => new AxiosError('lost', code, { headers: new AxiosHeaders(), method, url });

  it('a timed-out or unanswered mutation is "outcome unknown", never retriable, in both languages', () => {
    const timedOut = toProviderError(zstackProtocol, lost(AxiosError.ECONNABORTED, 'post', '/zstack/v1/vm-instances'));
    expect(timedOut).toMatchObject({ code: 'OUTCOME_UNKNOWN', kind: 'timeout', retriable: false });
    expect(timedOut.message).toMatch(/outcome is unknown.*before retrying/i);
    expect(timedOut.messageZh).toMatch(/结果未知/);
    const dropped = toProviderError(dbcProtocol, lost(AxiosError.ERR_NETWORK, 'post', '/api/v1/tasks/start'));
    expect(dropped).toMatchObject({ code: 'OUTCOME_UNKNOWN', kind: 'network', retriable: false });
    expect(toProviderError(dbcProtocol, lost(AxiosError.ETIMEDOUT, 'post', '/api/v1/tasks/delete/t1'))).toMatchObject({ retriable: false });
    expect(toProviderError(idc51Protocol, lost(AxiosError.ETIMEDOUT, 'delete', '/v2/zone/z/instances/i'))).toMatchObject({ retriable: false });
  });

  it('a gateway or provider timeout answering a change is "outcome unknown" too; for a read it stays retriable', async () => {
    const server = setupServer(
      http.post('http://dbc.test/api/v1/tasks/restart/t1', () => HttpResponse.json({ errcode: -1, message: 'task timeout' }, { status: 500 })),
      http.post('http://dbc.test/api/v1/tasks', () => HttpResponse.json({ errcode: -1, message: 'list task timeout' }, { status: 500 })),
      http.put('http://zs.test/zstack/v1/vm-instances/u/actions', () => HttpResponse.text('Gateway Timeout', { status: 504 })),
    );
    server.listen({ onUnhandledRequest: 'error' });
    try {
      const dbc = createHttp(dbcProtocol, { baseUrl: 'http://dbc.test' });
      await expect(dbc.post('/api/v1/tasks/restart/t1', {})).rejects.toMatchObject({ code: 'OUTCOME_UNKNOWN', retriable: false, details: '-1: task timeout' });
      await expect(dbc.post('/api/v1/tasks', {})).rejects.toMatchObject({ code: '-1', kind: 'timeout', retriable: true });
      const zstack = createHttp(zstackProtocol, { baseUrl: 'http://zs.test' });
      await expect(zstack.put('/zstack/v1/vm-instances/u/actions', {})).rejects.toMatchObject({ code: 'OUTCOME_UNKNOWN', httpStatus: 504, retriable: false });
    } finally {
      server.close();
    }
  });

  it('reads stay retriable, including DBC reads sent as POST', () => {
    expect(toProviderError(dbcProtocol, lost(AxiosError.ETIMEDOUT, 'post', '/api/v1/tasks'))).toMatchObject({ code: 'TIMEOUT', retriable: true });
    expect(toProviderError(dbcProtocol, lost(AxiosError.ETIMEDOUT, 'post', '/api/v1/images/downloadprogress'))).toMatchObject({ retriable: true });
    expect(toProviderError(vsdProtocol, lost(AxiosError.ETIMEDOUT, 'get', '/v1/compute/list'))).toMatchObject({ code: 'TIMEOUT', retriable: true });
  });

  it('a read aborted by its reader is CANCELLED, not a network failure to retry', async () => {
    const reader = new AbortController();
    reader.abort();
    const client = createHttp(zstackProtocol, { baseUrl: 'http://zs.test', signal: reader.signal });
    await expect(client.get('/zstack/v1/vm-instances')).rejects.toMatchObject({ code: 'CANCELLED', retriable: false });
  });
});

describe('createHttp', () => {
  const server = setupServer(
    http.post('http://dbc.test/api/v1/tasks', () => HttpResponse.json({ errcode: 1, message: 'task not exist' })),
    http.get('http://zs.test/zstack/v1/vm-instances', () => HttpResponse.text("missing header 'Authorization'", { status: 400 })),
    http.get('http://zs.test/ok', ({ request }) => HttpResponse.json({ auth: request.headers.get('Authorization') })),
  );
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  it('rejects a DBC 200 + errcode with a ProviderError', async () => {
    const client = createHttp(dbcProtocol, { baseUrl: 'http://dbc.test/' });
    await expect(client.post('/api/v1/tasks', {})).rejects.toBeInstanceOf(ProviderError);
    await expect(client.post('/api/v1/tasks', {})).rejects.toMatchObject({ code: '1', kind: 'notFound', httpStatus: 200 });
  });

  it('keeps a plain-text failure body as the message', async () => {
    const client = createHttp(zstackProtocol, { baseUrl: 'http://zs.test' });
    await expect(client.get('/zstack/v1/vm-instances')).rejects.toMatchObject({ httpStatus: 400, message: "missing header 'Authorization'" });
  });

  it('reads auth headers on every request', async () => {
    let session = 'first';
    const client = createHttp(zstackProtocol, { baseUrl: 'http://zs.test', headers: () => ({ Authorization: `OAuth ${session}` }) });
    expect((await client.get('/ok')).data).toEqual({ auth: 'OAuth first' });
    session = 'second';
    expect((await client.get('/ok')).data).toEqual({ auth: 'OAuth second' });
  });
});
