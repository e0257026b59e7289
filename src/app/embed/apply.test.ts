import { parseAppConfig } from '@/domain/connections/config';
import { useSecrets } from '@/shared/connections/secrets';
import { selectActiveIds, useConnectionStore } from '@/shared/connections/store';
import { useEmbed } from '@/shared/embed';
import { resetAppState } from '@/test/renderApp';
import { applyHostMessage } from './apply';
import { EMBED_PROTOCOL, EMBED_VERSION, type ConsoleEvent } from './contract';
import { watchSessionRefusals } from './events';

const v1 = { protocol: EMBED_PROTOCOL, version: EMBED_VERSION } as const;

function configure() {
  const parsed = parseAppConfig({
    connections: [
      { id: 'prod-zs', provider: 'zstack', name: 'Prod ZStack', baseUrl: 'https://zstack.example.com:8080', accountName: 'admin' },
      { id: 'prod-dbc', provider: 'dbc', name: 'Prod DBC', baseUrl: 'https://dbc.example.com:5002' },
      { id: 'demo-zs', provider: 'zstack', name: 'Demo', baseUrl: '/mock/zstack', accountName: 'admin', demoCredentials: { password: 'password' } },
    ],
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  useConnectionStore.getState().initFromConfig(parsed.config);
  useEmbed.setState({ awaitingInit: true });
  onTestFinished(() => {
    resetAppState();
    useEmbed.setState({ awaitingInit: false });
  });
}

function context() {
  const posted: ConsoleEvent[] = [];
  const routes: string[] = [];
  return { posted, routes, navigate: (route: string) => routes.push(route), post: (event: ConsoleEvent) => posted.push(event) };
}

describe('init from the host', () => {
  it('shows the named connections, signs them in from memory only, opens the route and ends the wait', () => {
    configure();
    const ctx = context();
    applyHostMessage({ ...v1, type: 'init', theme: 'dark', locale: 'en', connectionIds: ['prod-zs'], credentials: { 'prod-zs': { password: 'from-portal' } }, route: '/vms' }, ctx);
    expect(selectActiveIds(useConnectionStore.getState())).toEqual(['prod-zs']);
    expect(useSecrets.getState().byId['prod-zs']).toEqual({ password: 'from-portal' });
    expect(JSON.stringify({ ...sessionStorage })).not.toContain('from-portal');
    expect(JSON.stringify({ ...localStorage })).not.toContain('from-portal');
    expect(ctx.routes).toEqual(['/vms']);
    expect(ctx.posted).toEqual([]);
    expect(useEmbed.getState().awaitingInit).toBe(false);
  });

  it('says which connections it does not know and which real ones still need a sign-in', () => {
    configure();
    const ctx = context();
    applyHostMessage({ ...v1, type: 'init', theme: 'light', locale: 'zh-CN', connectionIds: ['prod-dbc', 'demo-zs', 'nope'] }, ctx);
    expect(ctx.posted).toEqual([
      { type: 'error', code: 'unknownConnection', message: 'No connection "nope" is configured' },
      { type: 'needsSignIn', connectionId: 'prod-dbc', reason: 'missing' },
    ]);
  });

  it('reports a renter session its node refused as needsSignIn (refused)', () => {
    configure();
    const ctx = context();
    useSecrets.getState().setSecrets('prod-dbc', { sessionId: 's1', sessionIdSign: 'sig' }, false);
    const stop = watchSessionRefusals(ctx.post);
    onTestFinished(stop);
    useSecrets.getState().sessionAnswer('prod-dbc', { sessionId: 's1', nodeId: 'n1', error: { code: '-25' } });
    useSecrets.getState().sessionAnswer('prod-dbc', { sessionId: 's1', nodeId: 'n2', error: { code: '-25' } });
    expect(ctx.posted).toEqual([{ type: 'needsSignIn', connectionId: 'prod-dbc', reason: 'refused' }]);
  });
});
