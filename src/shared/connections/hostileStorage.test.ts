import type { Connection } from '@/domain/connections/types';
import { CONNECTIONS_KEY, selectActiveIds, selectConnections, useConnectionStore } from './store';

const good: Connection = { id: 'prod-zs', provider: 'zstack', name: 'Prod ZStack', baseUrl: 'https://zs.example.com', options: { accountName: 'ops' }, origin: 'user' };

/** Writes the connection store's storage entry as an older version, another tab or devtools might have left it. */
function store(state: Record<string, unknown>) {
  localStorage.setItem(CONNECTIONS_KEY, JSON.stringify({ state, version: 1 }));
}

describe('connections read back from storage go through the same checks as config.json and the form', () => {
  afterEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('drops stored connections with a refused base URL or id, keeping the good ones', async () => {
    store({
      userConnections: [
        good,
        { ...good, id: 'evil', baseUrl: '//evil.example' },
        { ...good, id: 'leaky', baseUrl: 'https://admin:hunter2@zs.example.com' },
        { ...good, id: 'constructor' },
        { ...good, id: 'no-options', options: 'x' },
        'not a connection',
        { ...good, name: 'Same id again' },
      ],
      overrides: JSON.parse('{"__proto__": {"id": "__proto__", "provider": "zstack", "name": "P", "baseUrl": "/mock/zstack", "options": {}, "origin": "config"}}') as unknown,
      hiddenShipped: ['toString', 3, 'demo-dbc'],
      activeIds: ['prod-zs', '__proto__', 'leaky'],
    });
    await useConnectionStore.persist.rehydrate();
    const state = useConnectionStore.getState();
    expect(selectConnections(state).map((c) => [c.id, c.baseUrl])).toEqual([
      ['prod-zs', 'https://zs.example.com'],
      ['no-options', 'https://zs.example.com'],
    ]);
    expect(JSON.stringify(selectConnections(state))).not.toContain('hunter2');
    expect(Object.keys(state.overrides)).toEqual([]);
    expect(state.hiddenShipped).toEqual(['demo-dbc']);
    expect(selectActiveIds(state)).toEqual(['prod-zs', 'leaky']);
  });

  it('keeps "never changed" (null active ids) and takes a stored entry that is not an object as empty', async () => {
    localStorage.setItem(CONNECTIONS_KEY, JSON.stringify({ state: 'garbage', version: 1 }));
    await useConnectionStore.persist.rehydrate();
    const state = useConnectionStore.getState();
    expect(state.userConnections).toEqual([]);
    expect(state.activeIds).toBeNull();
  });
});

describe('secrets remembered for the tab', () => {
  afterEach(() => {
    sessionStorage.clear();
    vi.resetModules();
  });

  it('ignores a stored entry under a reserved id, which would hand its secrets to every connection', async () => {
    sessionStorage.setItem('vmdeck.secrets.__proto__', JSON.stringify({ password: 'planted' }));
    sessionStorage.setItem('vmdeck.secrets.prod-zs', JSON.stringify({ password: 'mine' }));
    vi.resetModules();
    const { readSecrets, useSecrets } = await import('./secrets');
    expect(readSecrets('prod-zs')).toEqual({ password: 'mine' });
    expect(readSecrets('other')).toEqual({});
    expect(Object.getPrototypeOf(useSecrets.getState().byId)).toBe(Object.prototype);
  });
});
