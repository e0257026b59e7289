import { parseAppConfig } from '@/domain/connections/config';
import type { Connection } from '@/domain/connections/types';
import { readSecrets, useSecrets } from './secrets';
import { CONNECTIONS_KEY, selectActiveIds, selectConnections, useConnectionStore } from './store';

const SECRET = 'hunter2-very-secret';
const SESSION_SIGN = '0xdeadbeef-session-sign';

const config = parseAppConfig({
  connections: [
    { id: 'demo-zstack', provider: 'zstack', name: 'ZStack demo', baseUrl: '/mock/zstack', demoCredentials: { password: 'password' } },
    { id: 'demo-dbc', provider: 'dbc', name: 'DBC demo', baseUrl: '/mock/dbc' },
  ],
});

const mine: Connection = { id: 'prod-zs', provider: 'zstack', name: 'Prod ZStack', baseUrl: 'https://zs.example.com', options: { accountName: 'ops' }, origin: 'user' };

function everythingIn(storage: Storage): string {
  return Array.from({ length: storage.length }, (_, i) => `${storage.key(i)}=${storage.getItem(storage.key(i) ?? '')}`).join('\n');
}

describe('connection store', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    useConnectionStore.setState({ shipped: [], defaultActive: [], userConnections: [], overrides: {}, hiddenShipped: [], activeIds: null });
    useSecrets.setState({ byId: {}, remembered: {} });
    if (!config.ok) throw new Error('bad fixture');
    useConnectionStore.getState().initFromConfig(config.config);
  });

  it('lists shipped connections, all active by default, with demo credentials in memory only', () => {
    const state = useConnectionStore.getState();
    expect(selectConnections(state).map((c) => c.id)).toEqual(['demo-zstack', 'demo-dbc']);
    expect(selectActiveIds(state)).toEqual(['demo-zstack', 'demo-dbc']);
    expect(readSecrets('demo-zstack')).toEqual({ password: 'password' });
    expect(everythingIn(localStorage)).not.toContain('password"');
  });

  it('never writes a secret to localStorage, even when remembered for the tab', () => {
    useConnectionStore.getState().save(mine);
    useSecrets.getState().setSecrets(mine.id, { password: SECRET }, false);
    useSecrets.getState().setSecrets('demo-dbc', { sessionId: 'sid-1', sessionIdSign: SESSION_SIGN }, true);
    const persisted = everythingIn(localStorage);
    expect(persisted).toContain(CONNECTIONS_KEY);
    expect(persisted).toContain('prod-zs');
    expect(persisted).not.toContain(SECRET);
    expect(persisted).not.toContain(SESSION_SIGN);
    expect(everythingIn(sessionStorage)).toContain(SESSION_SIGN);
    expect(everythingIn(sessionStorage)).not.toContain(SECRET);
    expect(readSecrets(mine.id)).toEqual({ password: SECRET });
  });

  it('a new connection becomes active; deactivating and removing update the active set', () => {
    const store = useConnectionStore.getState();
    store.save(mine);
    expect(selectActiveIds(useConnectionStore.getState())).toContain('prod-zs');
    store.setActive('demo-dbc', false);
    expect(selectActiveIds(useConnectionStore.getState())).toEqual(['demo-zstack', 'prod-zs']);
    useSecrets.getState().setSecrets(mine.id, { password: SECRET }, true);
    store.remove('prod-zs');
    expect(selectConnections(useConnectionStore.getState()).map((c) => c.id)).toEqual(['demo-zstack', 'demo-dbc']);
    expect(readSecrets('prod-zs')).toEqual({});
    expect(everythingIn(sessionStorage)).not.toContain(SECRET);
  });

  it('editing a shipped connection is an override; removing hides it until restored', () => {
    const store = useConnectionStore.getState();
    const shipped = selectConnections(useConnectionStore.getState())[0] as Connection;
    store.save({ ...shipped, name: 'Renamed' });
    expect(selectConnections(useConnectionStore.getState())[0]?.name).toBe('Renamed');
    store.remove(shipped.id);
    expect(selectConnections(useConnectionStore.getState()).map((c) => c.id)).toEqual(['demo-dbc']);
    store.restoreShipped();
    expect(selectConnections(useConnectionStore.getState()).map((c) => c.name)).toEqual(['ZStack demo', 'DBC demo']);
    expect(selectActiveIds(useConnectionStore.getState())).toContain('demo-zstack');
  });
});
