import { http, HttpResponse } from 'msw';
import type { CreateEmulator } from '../types';

/** Minimal 51idc emulator (issue 3): token and backup list for the connection test. Issue 4 makes it faithful. */
export const createIdc51Emulator: CreateEmulator = () => ({
  provider: 'idc51',
  handlers: (base) => [
    http.post(`${base}/v2/oauth2/token`, () => HttpResponse.json({ token_type: 'Bearer', access_token: 'demo-token', expires_in: 7200 })),
    http.get(`${base}/v2/zone/:zone/volume_snapshots`, () => HttpResponse.json({ snapshots: [], total_count: 0 })),
  ],
  reset: () => {},
  snapshot: () => ({}),
  restore: () => true,
  faultResponse: (fault) =>
    HttpResponse.json({ code: fault.code ?? '5000', message: fault.message ?? 'injected fault' }, { status: fault.status ?? 500 }),
});
