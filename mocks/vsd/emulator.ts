import { http, HttpResponse } from 'msw';
import type { CreateEmulator } from '../types';

const ok = (data: unknown) => HttpResponse.json({ scode: 0, desc: '', message: 'success', message_cn: '成功', stack: null, data });

/** Minimal vsd emulator (issue 3): login and VM list for the connection test. Issue 4 makes it faithful. */
export const createVsdEmulator: CreateEmulator = () => ({
  provider: 'vsd',
  handlers: (base) => [
    http.post(`${base}/v1/authentication/login`, () => ok({ Token: 'demo-token', Role: 'admin' })),
    http.get(`${base}/v1/apikey/list`, () => ok({ list: [{ uuid: 'demo-api-key' }], total_count: 1 })),
    http.get(`${base}/v1/compute/list`, () =>
      ok({ domains: [{ uuid: 'b6b0e5b9-dacd-432b-9b83-c3e89799009d', name: 'test-templ', state: 'running' }], total_count: 1 }),
    ),
  ],
  reset: () => {},
  snapshot: () => ({}),
  restore: () => true,
  faultResponse: (fault) =>
    HttpResponse.json(
      { scode: Number(fault.code ?? 10001), desc: 'injected', message: fault.message ?? 'injected fault', message_cn: '注入的故障', stack: null, data: null },
      { status: fault.status ?? 200 },
    ),
});
