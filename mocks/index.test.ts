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
