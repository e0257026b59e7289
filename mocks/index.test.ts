// @vitest-environment node
import { getResponse } from 'msw';
import { manualClock } from './control/clock';
import { memoryStore } from './control/persistence';
import { createMockBackend } from './index';

const control = (path: string, body: unknown) =>
  new Request(`http://emu.test/mock/__control${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

describe('mock backend persistence (the browser demo across reloads)', () => {
  it('keeps the chosen dataset, speed and strict auth, and the data of that dataset, across a restart', async () => {
    const store = memoryStore();
    const clock = manualClock();
    const first = createMockBackend({ prefix: '*/mock', store, clock, saveDelayMs: 0, defaultTimeScale: 0.02 });
    await getResponse(first.handlers, control('/reset', { dataset: 'large' }));
    await getResponse(first.handlers, control('/settings', { timeScale: 0.5, strictAuth: true }));
    first.env.changed('vsd');

    const second = createMockBackend({ prefix: '*/mock', store, clock, saveDelayMs: 0, defaultTimeScale: 0.02 });
    expect(second.settings).toEqual({ dataset: 'large', timeScale: 0.5, strictAuth: true });
    // The large DBC fleet (500 rented nodes) is what the restarted backend serves.
    const nodes = await getResponse(
      second.handlers,
      new Request('http://emu.test/mock/dbc/api/v1/mining_nodes', { method: 'POST', body: JSON.stringify({ peer_nodes_list: [], additional: {} }) }),
    );
    const body = (await nodes?.json()) as { message: { mining_nodes: unknown[] } };
    expect(body.message.mining_nodes.length).toBeGreaterThanOrEqual(500);
    // Builds the four large datasets twice (10,000 ZStack VMs among them): ~3 s alone, over 15 s on 2 busy cores.
  }, 60_000);

  it('an explicit time scale (the ?timeScale= URL parameter) wins over the saved one', async () => {
    const store = memoryStore();
    const first = createMockBackend({ prefix: '*/mock', store, saveDelayMs: 0 });
    await getResponse(first.handlers, control('/settings', { timeScale: 0.5 }));
    const second = createMockBackend({ prefix: '*/mock', store, saveDelayMs: 0, timeScale: 0.0005 });
    expect(second.settings.timeScale).toBe(0.0005);
    const third = createMockBackend({ prefix: '*/mock', store: memoryStore(), saveDelayMs: 0, defaultTimeScale: 0.02 });
    expect(third.settings).toEqual({ dataset: 'demo', timeScale: 0.02, strictAuth: false });
  });

  it('flush() writes a change still waiting for its debounce (the page is being left)', async () => {
    const store = memoryStore();
    const first = createMockBackend({ prefix: '*/mock', store, saveDelayMs: 60_000 });
    await getResponse(first.handlers, control('/reset', { dataset: 'demo' }));
    const before = JSON.stringify(first.emulators.vsd.snapshot());
    first.emulators.vsd.reset('large');
    first.env.changed('vsd');
    expect(store.load('vsd')).toBeUndefined();
    first.flush();
    expect(JSON.stringify((store.load('vsd') as { state: unknown }).state)).not.toBe(before);
    expect((store.load('vsd') as { state: unknown }).state).toEqual(first.emulators.vsd.snapshot());
    // Serialises and compares vsd's large dataset: seconds on 2 busy cores.
  }, 60_000);
});

const get = (path: string) => new Request(`http://emu.test/mock/__control${path}`);
const json = async <T>(response: Response | undefined) => (await response?.json()) as T;

/** A store that remembers every value written to it, to check what reaches localStorage. */
function recordingStore() {
  const inner = memoryStore();
  const written: string[] = [];
  return { written, store: { ...inner, save: (key: string, value: unknown) => (written.push(JSON.stringify(value)), inner.save(key, value)) } };
}

describe('request log (GET/DELETE /__control/requests)', () => {
  const dbcTasks = (auth: Record<string, string>) =>
    new Request('http://emu.test/mock/dbc/api/v1/tasks?x=1&x=2', {
      method: 'POST',
      body: JSON.stringify({ peer_nodes_list: ['58fb618aa482c41114eb3cfdaefd3ba183172da9e25251449d045043fbd37f45'], additional: {}, ...auth }),
    });

  it('records each provider request with its path under the base, query, parsed body, status and emulator time', async () => {
    const { written, store } = recordingStore();
    const clock = manualClock();
    const backend = createMockBackend({ prefix: '*/mock', store, clock, saveDelayMs: 0 });
    await getResponse(backend.handlers, dbcTasks({ session_id: 'secret-session-xyz', session_id_sign: '0x00' }));
    await getResponse(backend.handlers, new Request('http://emu.test/mock/idc51/v2/zone/ac1/volume_snapshots?resource_id=vol-YZAKUZF'));
    await getResponse(backend.handlers, get('/state'));

    const all = await json<Array<Record<string, unknown>>>(await getResponse(backend.handlers, get('/requests')));
    expect(all).toHaveLength(2);
    expect(all[0]).toEqual({
      seq: 1,
      provider: 'dbc',
      method: 'POST',
      path: '/api/v1/tasks',
      query: { x: ['1', '2'] },
      body: expect.objectContaining({ session_id: 'secret-session-xyz', additional: {} }),
      status: expect.any(Number),
      time: clock.now(),
    });
    expect(all[1]).toMatchObject({ provider: 'idc51', method: 'GET', path: '/v2/zone/ac1/volume_snapshots', query: { resource_id: 'vol-YZAKUZF' }, status: 200 });
    expect(all[1]).not.toHaveProperty('body');
    // The log stays in memory: what the session carried never reaches the store (localStorage in the demo).
    backend.flush();
    expect(written.join('\n')).not.toContain('secret-session-xyz');
  });

  it('filters by provider, method and path substring; an unknown provider is a 400; DELETE empties it', async () => {
    const backend = createMockBackend({ prefix: '*/mock', saveDelayMs: 0 });
    await getResponse(backend.handlers, dbcTasks({}));
    await getResponse(backend.handlers, new Request('http://emu.test/mock/idc51/v2/zone/ac1/volume_snapshots'));
    const list = async (query: string) => json<Array<{ provider: string; path: string }>>(await getResponse(backend.handlers, get(`/requests${query}`)));
    expect((await list('?provider=idc51')).map((r) => r.path)).toEqual(['/v2/zone/ac1/volume_snapshots']);
    expect((await list('?method=post&path=/v1/tasks')).map((r) => r.provider)).toEqual(['dbc']);
    expect(await list('?provider=dbc&method=GET')).toEqual([]);
    expect((await getResponse(backend.handlers, get('/requests?provider=aws')))?.status).toBe(400);
    const cleared = await getResponse(backend.handlers, new Request('http://emu.test/mock/__control/requests', { method: 'DELETE' }));
    expect(await json(cleared)).toEqual({ cleared: 2 });
    expect(await list('')).toEqual([]);
  });

  it('names the fault rule that answered, with the status the fault gave', async () => {
    const backend = createMockBackend({ prefix: '*/mock', saveDelayMs: 0 });
    const rule = await json<{ id: string }>(
      await getResponse(backend.handlers, control('/faults', { provider: 'idc51', route: '/volume_snapshots', times: 1, error: { status: 503, code: 'x', message: 'down' } })),
    );
    const faulted = await getResponse(backend.handlers, new Request('http://emu.test/mock/idc51/v2/zone/ac1/volume_snapshots'));
    const normal = await getResponse(backend.handlers, new Request('http://emu.test/mock/idc51/v2/zone/ac1/volume_snapshots'));
    const log = backend.requests.list();
    expect(log.map((r) => [r.status, r.fault])).toEqual([
      [faulted?.status, rule.id],
      [normal?.status, undefined],
    ]);
    expect(faulted?.status).toBe(503);
    expect(normal?.status).toBe(200);
  });

  it('works on the mock server mount too (providers at /<provider>)', async () => {
    const backend = createMockBackend({ prefix: '*', saveDelayMs: 0 });
    const response = await getResponse(backend.handlers, new Request('http://127.0.0.1:4010/idc51/v2/zone/ac1/volume_snapshots'));
    expect(response?.status).toBe(200);
    expect(backend.requests.list()).toMatchObject([{ provider: 'idc51', path: '/v2/zone/ac1/volume_snapshots', status: 200 }]);
  });
});

describe('emulator clock (GET/POST /__control/clock)', () => {
  const backup = () =>
    new Request('http://emu.test/mock/idc51/v2/zone/ac1/volume_snapshots', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ resources: ['vol-YZAKUZF'], snapshot_name: 'clocked', is_full: 0 }),
    });
  const jobStatus = async (handlers: MockBackendHandlers, id: string) =>
    (await json<{ status: string }>(await getResponse(handlers, new Request(`http://emu.test/mock/idc51/v2/zone/ac1/job/${id}`)))).status;

  it('advancing the clock finishes a provider job at once (real time scale, a clock that does not move)', async () => {
    const clock = manualClock();
    const backend = createMockBackend({ prefix: '*/mock', clock, timeScale: 1, saveDelayMs: 0 });
    const job = await json<{ job_id: string }>(await getResponse(backend.handlers, backup()));
    expect(await jobStatus(backend.handlers, job.job_id)).toBe('pending');
    const moved = await json<{ now: number; offsetMs: number }>(await getResponse(backend.handlers, control('/clock', { advanceMs: 3_600_000 })));
    expect(moved).toEqual({ now: clock.now() + 3_600_000, offsetMs: 3_600_000 });
    expect(await json(await getResponse(backend.handlers, get('/clock')))).toEqual(moved);
    expect(await jobStatus(backend.handlers, job.job_id)).toBe('successful');
    // Logged requests carry emulator time.
    expect(backend.requests.list().at(-1)?.time).toBe(clock.now() + 3_600_000);
  });

  it('refuses to go backwards or a body without a number', async () => {
    const backend = createMockBackend({ prefix: '*/mock', clock: manualClock(), saveDelayMs: 0 });
    for (const body of [{ advanceMs: -1 }, { advanceMs: 'soon' }, {}]) {
      expect((await getResponse(backend.handlers, control('/clock', body)))?.status).toBe(400);
    }
    expect(backend.clock.offset()).toBe(0);
  });

  it('keeps its offset over a restart (the saved state holds emulator timestamps): a saved job still finishes', async () => {
    const store = memoryStore();
    const clock = manualClock();
    const first = createMockBackend({ prefix: '*/mock', store, clock, timeScale: 1, saveDelayMs: 0 });
    const job = await json<{ job_id: string }>(await getResponse(first.handlers, backup()));
    await getResponse(first.handlers, control('/clock', { advanceMs: 60_000 }));

    const second = createMockBackend({ prefix: '*/mock', store, clock, timeScale: 1, saveDelayMs: 0 });
    expect(second.clock.now()).toBe(clock.now() + 60_000);
    expect(second.settings).not.toHaveProperty('clockOffsetMs');
    expect(await jobStatus(second.handlers, job.job_id)).not.toBe('successful');
    await getResponse(second.handlers, control('/clock', { advanceMs: 3_600_000 }));
    expect(await jobStatus(second.handlers, job.job_id)).toBe('successful');
    expect(second.clock.offset()).toBe(3_660_000);
  });

  it('a reset re-seeds at the current emulator time and keeps the offset', async () => {
    const clock = manualClock();
    const backend = createMockBackend({ prefix: '*/mock', clock, saveDelayMs: 0 });
    await getResponse(backend.handlers, control('/clock', { advanceMs: 60_000 }));
    await getResponse(backend.handlers, control('/reset', { dataset: 'demo' }));
    expect(backend.clock.offset()).toBe(60_000);
    expect(JSON.stringify(backend.emulators.idc51.snapshot())).toBe(
      JSON.stringify(createMockBackend({ prefix: '*/mock', clock: manualClock(clock.now() + 60_000), saveDelayMs: 0 }).emulators.idc51.snapshot()),
    );
  });
});

type MockBackendHandlers = ReturnType<typeof createMockBackend>['handlers'];

describe('injected faults follow the data (saved, restored, reset)', () => {
  const faultRule = { provider: 'zstack', route: '/vm-instances', error: { code: 'SYS.1000', message: 'down', status: 503 } };

  it('keeps injected faults and flags across a restart; a reset clears them and their saved copy', async () => {
    const store = memoryStore();
    const first = createMockBackend({ prefix: '*/mock', store, saveDelayMs: 0 });
    await getResponse(first.handlers, control('/faults', faultRule));
    await getResponse(first.handlers, control('/flags', { provider: 'dbc', sessionExpired: true }));

    const second = createMockBackend({ prefix: '*/mock', store, saveDelayMs: 0 });
    expect(second.env.faults.rules()).toMatchObject([{ id: 'fault-1', ...faultRule }]);
    expect(second.env.faults.flags('dbc')).toEqual({ sessionExpired: true });
    // A rule added after the restart does not take a restored rule's id.
    expect(second.env.faults.add({ provider: 'vsd' }).id).toBe('fault-2');

    await getResponse(second.handlers, control('/reset', {}));
    expect(second.env.faults.rules()).toEqual([]);
    expect(second.env.faults.flags('dbc')).toEqual({});
    const third = createMockBackend({ prefix: '*/mock', store, saveDelayMs: 0 });
    expect(third.env.faults.rules()).toEqual([]);
    expect(third.env.faults.flags('dbc')).toEqual({});
  }, 60_000);

  it('a reset keeps the faults or the flags when asked to', async () => {
    const backend = createMockBackend({ prefix: '*/mock', saveDelayMs: 0 });
    await getResponse(backend.handlers, control('/faults', faultRule));
    await getResponse(backend.handlers, control('/flags', { provider: 'dbc', sessionExpired: true }));
    await getResponse(backend.handlers, control('/reset', { keepFaults: true }));
    expect(backend.env.faults.rules()).toHaveLength(1);
    expect(backend.env.faults.flags('dbc')).toEqual({});
  });
});

describe('control API scope (the browser worker: the app’s own origin, /mock/__control only)', () => {
  const app = 'http://app.test';
  const backend = () => createMockBackend({ prefix: '*/mock', controlOrigin: app, clock: manualClock(), saveDelayMs: 0 });
  const settings = (url: string) =>
    new Request(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ timeScale: 9 }) });

  it('answers at the app’s own /mock/__control', async () => {
    const mocks = backend();
    expect((await getResponse(mocks.handlers, settings(`${app}/mock/__control/settings`)))?.status).toBe(200);
    expect(mocks.settings.timeScale).toBe(9);
  });

  it.each([
    ['another origin', 'http://evil.test/mock/__control/settings'],
    ['the app’s origin on another port', 'http://app.test:8080/mock/__control/settings'],
    ['a path that only ends in /mock/__control', `${app}/elsewhere/mock/__control/settings`],
    ['a provider path', `${app}/mock/vsd/mock/__control/settings`],
  ])('is not reached through %s', async (_name, url) => {
    const mocks = backend();
    const timeScale = mocks.settings.timeScale;
    // Nothing answers (the request goes to the network), or the provider emulator refuses an unknown path.
    const response = await getResponse(mocks.handlers, settings(url));
    expect(response ? await response.text() : '').not.toContain('"timeScale"');
    expect(mocks.settings.timeScale).toBe(timeScale);
  });

  it('without a configured origin (in-process tests, the mock server) any origin, still only at the mount point', async () => {
    const mocks = createMockBackend({ prefix: '*/mock', clock: manualClock(), saveDelayMs: 0 });
    expect((await getResponse(mocks.handlers, settings('http://localhost/mock/__control/settings')))?.status).toBe(200);
    expect(await getResponse(mocks.handlers, settings('http://localhost/x/mock/__control/settings'))).toBeUndefined();
    expect(mocks.settings.timeScale).toBe(9);
  });

  it('an absolute prefix (http://localhost/mock, some in-process tests) admits only its own origin', async () => {
    const mocks = createMockBackend({ prefix: 'http://localhost/mock', clock: manualClock(), saveDelayMs: 0 });
    expect(await getResponse(mocks.handlers, settings('http://localhost/x/mock/__control/settings'))).toBeUndefined();
    expect(mocks.settings.timeScale).toBe(1);
    expect((await getResponse(mocks.handlers, settings('http://localhost/mock/__control/settings')))?.status).toBe(200);
    expect(mocks.settings.timeScale).toBe(9);
  });
});
