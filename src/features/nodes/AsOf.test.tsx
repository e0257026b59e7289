import { screen, within } from '@testing-library/react';
import { renderApp } from '@/test/renderApp';

const NODE = '58fb618aa482c41114eb3cfdaefd3ba183172da9e25251449d045043fbd37f45';

describe('what node figures count, and as of when', () => {
  it('the node list and the node page show CPU and memory "as of" the time each read them', async () => {
    const app = await renderApp('/nodes', { connections: ['dbc'], locale: 'zh-CN' });
    expect(await screen.findByTestId(`node-as-of-${NODE}`, {}, { timeout: 15_000 })).toHaveTextContent(/^截至 \d{1,2}:\d{2}:\d{2}$/);
    await app.user.click(screen.getByTestId(`node-link-${NODE}`));
    expect(await screen.findByTestId('node-resources-as-of', {}, { timeout: 15_000 })).toHaveTextContent(/^截至 \d{1,2}:\d{2}:\d{2}$/);
  });

  it('the overview says what the DBC count and the GPU nodes tile count', async () => {
    await renderApp('/', { connections: ['dbc'] });
    const card = await screen.findByTestId('health-demo-dbc');
    expect(await within(card).findByLabelText('Every node the DBC client knows on the network (its peer list), not only the nodes you rent.')).toBeInTheDocument();
    expect(within(screen.getByTestId('stat-nodes')).getByLabelText('The node ids added for your DBC connections (Nodes page): the nodes you rent or manage.')).toBeInTheDocument();
  });
});
