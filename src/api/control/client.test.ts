// @vitest-environment node
import { AxiosError, AxiosHeaders, type AxiosAdapter, type InternalAxiosRequestConfig } from 'axios';
import { createControlClient } from './client';

/** An adapter that answers from a table, recording what it was asked (the seam the e2e fixture uses). */
function tableAdapter(answers: Record<string, { status: number; body: unknown }>) {
  const asked: Array<{ method: string; url: string; body: unknown }> = [];
  const adapter: AxiosAdapter = async (config: InternalAxiosRequestConfig) => {
    const key = `${(config.method ?? 'get').toUpperCase()} ${config.url ?? ''}`;
    asked.push({ method: key.split(' ')[0]!, url: `${config.url ?? ''}${config.params ? `?${new URLSearchParams(config.params as Record<string, string>)}` : ''}`, body: config.data ? JSON.parse(String(config.data)) : undefined });
    const answer = answers[key] ?? { status: 404, body: { error: `no answer for ${key}` } };
    const response = { data: answer.body, status: answer.status, statusText: '', headers: new AxiosHeaders(), config };
    if (config.validateStatus && !config.validateStatus(answer.status)) throw new AxiosError('refused', 'ERR_BAD_RESPONSE', config, undefined, response);
    return response;
  };
  return { adapter, asked };
}

describe('control client', () => {
  it('sends through the adapter it is given: request log filters as query, clock moves in the body', async () => {
    const { adapter, asked } = tableAdapter({
      'GET /requests': { status: 200, body: [{ seq: 3, provider: 'dbc', method: 'POST', path: '/api/v1/tasks/start/x', query: {}, status: 200, time: 1 }] },
      'DELETE /requests': { status: 200, body: { cleared: 1 } },
      'GET /clock': { status: 200, body: { now: 10, offsetMs: 0 } },
      'POST /clock': { status: 200, body: { now: 610, offsetMs: 600 } },
    });
    const control = createControlClient('/mock/__control', { adapter });
    expect(await control.requests({ provider: 'dbc', path: '/tasks/start/' })).toEqual([expect.objectContaining({ seq: 3, path: '/api/v1/tasks/start/x' })]);
    expect(await control.clearRequests()).toEqual({ cleared: 1 });
    expect(await control.clock()).toEqual({ now: 10, offsetMs: 0 });
    expect(await control.advanceClock(600)).toEqual({ now: 610, offsetMs: 600 });
    expect(asked).toEqual([
      { method: 'GET', url: '/requests?provider=dbc&path=%2Ftasks%2Fstart%2F', body: undefined },
      { method: 'DELETE', url: '/requests', body: undefined },
      { method: 'GET', url: '/clock', body: undefined },
      { method: 'POST', url: '/clock', body: { advanceMs: 600 } },
    ]);
  });

  it('rejects what the control API refuses', async () => {
    const { adapter } = tableAdapter({ 'POST /clock': { status: 400, body: { error: 'the emulator clock only moves forward' } } });
    await expect(createControlClient('/mock/__control', { adapter }).advanceClock(-1)).rejects.toMatchObject({ response: { status: 400 } });
  });
});
