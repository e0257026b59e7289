import { screen, waitFor, within } from '@testing-library/react';
import { formField } from '@/test/form';
import { renderApp } from '@/test/renderApp';

/** The demo renter's node 58fb…: its running VM holds SSH port 20022, so the form offers 20023. */
const NODE = '58fb618aa482c41114eb3cfdaefd3ba183172da9e25251449d045043fbd37f45';
const CREATE = '/api/v1/tasks/start';

async function openCreate(locale: 'en' | 'zh-CN' = 'en') {
  const app = await renderApp(`/vms/create?connection=demo-dbc&node=${NODE}`, { connections: ['dbc'], locale });
  const form = await screen.findByTestId('create-vm-form');
  return { app, form, field: (label: string) => formField(form, label) };
}

const creates = (app: Awaited<ReturnType<typeof openCreate>>['app']) => app.requests.filter((r) => r.method === 'POST' && r.path === CREATE);

describe('Create VM (DBC)', () => {
  it('a refusal the node sends lands under the field it names; every field keeps what was typed', async () => {
    const { app, form, field } = await openCreate();
    expect(field('SSH port').control).toHaveValue('20023');
    await app.user.type(field('Name / description').control, 'kept after refusal');
    await app.user.clear(field('CPU cores').control);
    await app.user.type(field('CPU cores').control, '6');
    // Another renter's VM took the port between the form's check and the node's (the node's own wording).
    app.fault({ provider: 'dbc', route: CREATE, method: 'POST', times: 1, error: { status: 200, code: '-1', message: 'port conflict, exist ssh_port = 20023' } });

    await app.user.click(within(form).getByRole('button', { name: 'Create VM' }));
    await waitFor(() => expect(field('SSH port').errors()).toEqual(['port conflict, exist ssh_port = 20023 (Code -1)']));
    expect(creates(app)).toHaveLength(1);
    expect(app.router.state.location.pathname).toBe('/vms/create');
    expect(field('Name / description').control).toHaveValue('kept after refusal');
    expect(field('CPU cores').control).toHaveValue('6');
    expect(field('SSH port').control).toHaveValue('20023');
    expect(field('CPU cores').errors()).toEqual([]);
    expect(screen.queryByTestId('create-refused')).toBeNull();

    // A refusal about no field goes above the form, with its code; still nothing typed is lost.
    app.fault({ provider: 'dbc', route: CREATE, method: 'POST', times: 1, error: { status: 200, code: '-3', message: 'check authority failed: machine is not be rented' } });
    await app.user.clear(field('SSH port').control);
    await app.user.type(field('SSH port').control, '20031');
    await app.user.click(within(form).getByRole('button', { name: 'Create VM' }));
    const refused = await screen.findByTestId('create-refused');
    expect(refused).toHaveTextContent('The node refused the VM');
    expect(refused).toHaveTextContent('machine is not be rented');
    expect(refused).toHaveTextContent('-3');
    expect(creates(app)).toHaveLength(2);
    expect(field('Name / description').control).toHaveValue('kept after refusal');
    expect(field('CPU cores').control).toHaveValue('6');
    expect(field('SSH port').control).toHaveValue('20031');
  });

  it('in Chinese: a port another VM holds is refused under its field before anything is sent', async () => {
    const { app, form, field } = await openCreate('zh-CN');
    await app.user.clear(field('SSH 端口').control);
    await app.user.type(field('SSH 端口').control, '20022');
    await app.user.click(within(form).getByRole('button', { name: '创建虚拟机' }));
    await waitFor(() => expect(field('SSH 端口').errors().join()).toContain('端口 20022 已被本节点上'));
    expect(field('SSH 端口').control).toHaveValue('20022');
    expect(creates(app)).toHaveLength(0);
  });
});
