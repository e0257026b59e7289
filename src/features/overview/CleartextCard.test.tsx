import { screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import type { ConfiguredConnection } from '@/domain/connections/config';
import { demoConnection, renderApp } from '@/test/renderApp';

const lab: ConfiguredConnection = {
  connection: { id: 'lab-zs', provider: 'zstack', name: 'Lab ZStack', baseUrl: 'http://zstack.lab.test:8080', options: { accountName: 'admin' }, origin: 'user' },
};

describe('overview connection card: plain http to another machine', () => {
  it('carries the "secrets in clear" warning; an emulator connection on this origin does not', async () => {
    const app = await renderApp('/', { connections: [lab, demoConnection('dbc')], secrets: { 'lab-zs': { password: 'pw' } } });
    app.server.use(http.all('http://zstack.lab.test:8080/*', () => HttpResponse.error()));
    const card = (await screen.findByTestId('health-freshness-lab-zs', {}, { timeout: 15_000 })).closest<HTMLElement>('.ant-card');
    if (!card) throw new Error('no card around the lab connection');
    expect(within(card).getByTestId('cleartext-tag')).toHaveTextContent('Plain http: secrets in clear');
    const demo = screen.getByTestId('health-freshness-demo-dbc').closest<HTMLElement>('.ant-card');
    if (!demo) throw new Error('no card around the demo connection');
    expect(within(demo).queryByTestId('cleartext-tag')).toBeNull();
  });
});
