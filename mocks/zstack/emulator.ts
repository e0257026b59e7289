import { http, HttpResponse } from 'msw';
import type { CreateEmulator } from '../types';

/** Minimal ZStack emulator (issue 3): login and VM query for the connection test. Issue 4 makes it faithful. */
export const createZStackEmulator: CreateEmulator = () => ({
  provider: 'zstack',
  handlers: (base) => [
    http.put(`${base}/zstack/v1/accounts/login`, () =>
      HttpResponse.json({ inventory: { uuid: 'a1b2c3d4e5f60718293a4b5c6d7e8f90', accountUuid: '36c27e8ff05c4780bf6d2fa65700f22e', userUuid: '36c27e8ff05c4780bf6d2fa65700f22e', expiredDate: 'Nov 23, 2026 10:00:00 AM', createDate: 'Nov 23, 2026 8:00:00 AM' } }),
    ),
    http.get(`${base}/zstack/v1/vm-instances`, () => HttpResponse.json({ inventories: [], total: 0 })),
  ],
  reset: () => {},
  snapshot: () => ({}),
  restore: () => true,
  faultResponse: (fault) =>
    HttpResponse.json({ error: { code: fault.code ?? 'SYS.1000', description: 'An internal error happened', details: fault.message ?? 'injected fault' } }, { status: fault.status ?? 503 }),
});
