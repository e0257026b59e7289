import { screen, waitFor, within } from '@testing-library/react';
import { formField } from '@/test/form';
import { renderApp } from '@/test/renderApp';

/**
 * The demo renter's node 58fb…: its running VM holds SSH 20022; VMs that are not running have SSH 20023-20026
 * (suspended, creating, create error, start error), so the form offers 20027.
 */
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
    expect(field('SSH port').control).toHaveValue('20027');
    await app.user.type(field('Name / description').control, 'kept after refusal');
    await app.user.clear(field('CPU cores').control);
    await app.user.type(field('CPU cores').control, '6');
    // Another renter's VM took the port between the form's check and the node's (the node's own wording).
    app.fault({ provider: 'dbc', route: CREATE, method: 'POST', times: 1, error: { status: 200, code: '-1', message: 'port conflict, exist ssh_port = 20027' } });

    await app.user.click(within(form).getByRole('button', { name: 'Create VM' }));
    await waitFor(() => expect(field('SSH port').errors()).toEqual(['port conflict, exist ssh_port = 20027 (Code -1)']));
    expect(creates(app)).toHaveLength(1);
    expect(app.router.state.location.pathname).toBe('/vms/create');
    expect(field('Name / description').control).toHaveValue('kept after refusal');
    expect(field('CPU cores').control).toHaveValue('6');
    expect(field('SSH port').control).toHaveValue('20027');
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


/** The node's shut-off Windows VM (mocks/dbc/seed.ts): RDP 20389, VNC 5911. */
const STOPPED = { id: 'Wn4bT6yP9kRd2HsQ8vXcMf', name: 'Windows 渲染工作站 Render workstation' };

describe('Create VM: ports of the other VMs on the node', () => {
  it('offers defaults no VM on the node has, whatever its status, and shows nothing against them', async () => {
    const { form, field } = await openCreate();
    // 20022 is the running VM's; 20023-20026 belong to a suspended, a creating and two errored VMs.
    expect(field('SSH port').control).toHaveValue('20027');
    expect(field('VNC port').control).toHaveValue('5900');
    await within(form).findByText('Name / description');
    expect(form.querySelectorAll('.ant-form-item-explain-warning, .ant-form-item-explain-error')).toHaveLength(0);
  });

  it("a stopped VM's port is allowed with a warning naming that VM, and the create is sent with it", async () => {
    const { app, form, field } = await openCreate();
    await app.user.clear(field('SSH port').control);
    await app.user.type(field('SSH port').control, '20389');
    await app.user.tab();
    await waitFor(() =>
      expect(field('SSH port').warnings()).toEqual([
        `Port 20389 is already the RDP port of "${STOPPED.name}" (${STOPPED.id}), which is not running: both VMs cannot run at the same time.`,
      ]),
    );
    expect(field('SSH port').errors()).toEqual([]);
    await app.user.clear(field('VNC port').control);
    await app.user.type(field('VNC port').control, '5911');
    await app.user.click(within(form).getByRole('button', { name: 'Create VM' }));
    await screen.findByTestId('create-progress');
    expect(creates(app)).toHaveLength(1);
    // What the node received (the emulator's own log has the bodies).
    const sent = app.backend.requests.list({ provider: 'dbc', method: 'POST', path: CREATE }).filter((r) => r.path === CREATE);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.body).toMatchObject({ additional: { ssh_port: '20389', vnc_port: '5911' } });
  });

  it("in Chinese: the stopped VM's warning, and a running VM's port stays an error with nothing sent", async () => {
    const { app, form, field } = await openCreate('zh-CN');
    await app.user.clear(field('VNC 端口').control);
    await app.user.type(field('VNC 端口').control, '5911');
    await app.user.tab();
    await waitFor(() => expect(field('VNC 端口').warnings().join()).toContain(`端口 5911 已是未运行的虚拟机“${STOPPED.name}”（${STOPPED.id}）的 VNC 端口`));
    await app.user.clear(field('SSH 端口').control);
    await app.user.type(field('SSH 端口').control, '20022');
    await app.user.click(within(form).getByRole('button', { name: '创建虚拟机' }));
    await waitFor(() => expect(field('SSH 端口').errors().join()).toContain('端口 20022 已被本节点上'));
    expect(creates(app)).toHaveLength(0);
  });
});

describe('Create VM: each field is checked as it is left', () => {
  it('the name comes first; leaving a field shows its one error, typing a fix clears it at once', async () => {
    const { app, form, field } = await openCreate();
    const labels = Array.from(form.querySelectorAll('.ant-form-item-label label'), (l) => l.textContent);
    expect(labels[0]).toBe('Name / description');

    await app.user.clear(field('CPU cores').control);
    await app.user.tab();
    await waitFor(() => expect(field('CPU cores').errors()).toEqual(['Required']));
    // Shown once: not also as a second line or a duplicate message.
    expect(within(field('CPU cores').item).getAllByText('Required')).toHaveLength(1);
    await app.user.type(field('CPU cores').control, '4');
    // Typing is enough (no leaving the field); antd lets an emptied message list settle before it goes.
    await waitFor(() => expect(field('CPU cores').errors()).toEqual([]));

    // A running VM's port: refused under the field on leaving it, cleared by typing a free one.
    await app.user.clear(field('SSH port').control);
    await app.user.type(field('SSH port').control, '20022');
    await app.user.tab();
    await waitFor(() => expect(field('SSH port').errors()).toEqual(['Port 20022 is already the SSH port of "LLaMA-2 13B 微调 fine-tuning" on this node']));
    await app.user.type(field('SSH port').control, '{Backspace}9');
    await waitFor(() => expect(field('SSH port').errors()).toEqual([]));
    expect(field('SSH port').control).toHaveValue('20029');
    expect(creates(app)).toHaveLength(0);
  });
});

describe('Create VM: the build after the node accepted it', () => {
  it('shows the steps, the usual 5-15 minutes and the elapsed time, then running; the new VM says what its disk size counts', async () => {
    const { app, form, field } = await openCreate();
    await app.user.type(field('Name / description').control, 'progress watched');
    await app.user.clear(field('Data disk (GiB)').control);
    await app.user.type(field('Data disk (GiB)').control, '100');
    await app.user.click(within(form).getByRole('button', { name: 'Create VM' }));

    const progress = await screen.findByTestId('create-progress');
    expect(progress).toHaveTextContent('Building "progress watched"');
    expect(within(progress).getByTestId('create-expected')).toHaveTextContent('usually takes 5–15 minutes');
    expect(within(progress).getByTestId('create-elapsed')).toHaveTextContent(/^\d+:\d\d$/);
    expect(within(progress).getByText('Accepted')).toBeInTheDocument();
    await waitFor(() => expect(progress).toHaveAttribute('data-step', 'creating'));
    // The build is in the URL, so a reload or Back comes back to it.
    expect(app.router.state.location.pathname).toBe('/vms/create');
    const vmId = (app.router.state.location.search as { created?: string }).created;
    expect(vmId).toMatch(/^\w+$/);
    // The same job in the Jobs drawer says how long it usually takes.
    await app.user.click(screen.getByRole('button', { name: 'Jobs' }));
    const job = within(await screen.findByTestId('job-list')).getByText('progress watched').closest<HTMLElement>('[data-status]')!;
    expect(job).toHaveAttribute('data-status', 'running');
    expect(job).toHaveTextContent('usually 5–15 minutes');
    await app.user.keyboard('{Escape}');

    // The node's build ends (the emulator clock, not a wait): the job tracker's next poll moves it to running.
    app.clock.advance(15 * 60_000);
    await waitFor(() => expect(progress).toHaveAttribute('data-step', 'running'), { timeout: 15_000 });
    expect(progress).toHaveAttribute('data-status', 'succeeded');
    expect(progress).toHaveTextContent('The VM is running.');
    expect(within(progress).queryByTestId('create-expected')).toBeNull();

    // 100 GiB asked for: the VM's 450 GiB is the fixed 350 GiB system disk plus it, and the page says so.
    await app.user.click(within(progress).getByRole('link', { name: 'Open the VM' }));
    const disk = await screen.findByTestId('vm-disk');
    expect(disk).toHaveTextContent('450 GiB= 350 GiB system + 100 GiB data');
    expect(within(disk).getByLabelText(/system disk \(a fixed size on DBC\) plus the data disk/)).toBeInTheDocument();
    expect(app.router.state.location.pathname).toBe(`/vms/demo-dbc/${vmId}`);

    // Back: the finished build again (from the job store), and "Create another VM" gives a fresh form.
    app.router.history.back();
    const again = await screen.findByTestId('create-progress');
    expect(again).toHaveAttribute('data-step', 'running');
    await app.user.click(within(again).getByRole('button', { name: 'Create another VM' }));
    expect(await screen.findByTestId('create-vm-form')).toBeInTheDocument();
  });
});

describe('Create VM: a build the node gives up on', () => {
  it('stops the steps at creating with the node\'s status, in Chinese', async () => {
    const { app, form, field } = await openCreate('zh-CN');
    app.backend.env.faults.setFlags('dbc', { jobFailsHalfway: true });
    await app.user.type(field('名称 / 描述').control, '半途失败');
    await app.user.click(within(form).getByRole('button', { name: '创建虚拟机' }));
    const progress = await screen.findByTestId('create-progress');
    expect(progress).toHaveTextContent('正在创建“半途失败”');
    expect(within(progress).getByTestId('create-expected')).toHaveTextContent('通常需要 5–15 分钟');

    app.clock.advance(15 * 60_000);
    await waitFor(() => expect(progress).toHaveAttribute('data-status', 'failed'), { timeout: 15_000 });
    expect(progress).toHaveAttribute('data-step', 'creating');
    expect(within(progress).getByTestId('create-failed')).toHaveTextContent('节点未能创建虚拟机');
    expect(within(progress).getByTestId('create-failed')).toHaveTextContent('create error');
    expect(within(progress).queryByTestId('create-expected')).toBeNull();
  });
});
