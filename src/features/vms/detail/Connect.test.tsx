import { screen, within } from '@testing-library/react';
import { renderApp } from '@/test/renderApp';

/** Seeded DBC tasks on the demo renter's node (mocks/dbc/seed.ts): a running Ubuntu VM and a shut-off Windows one. */
const RUNNING = { id: 'Gq3kZ8vR2mXw9TbN4sLpYc', name: 'LLaMA-2 13B 微调 fine-tuning' };
const CLOSED_WINDOWS = { id: 'Wn4bT6yP9kRd2HsQ8vXcMf', name: 'Windows 渲染工作站 Render workstation' };

async function openConnect(vm: { id: string; name: string }, locale: 'en' | 'zh-CN' = 'en') {
  const app = await renderApp(`/vms/demo-dbc/${vm.id}`, { connections: ['dbc'], locale });
  expect(await screen.findByTestId('vm-title')).toHaveTextContent(vm.name);
  return { app, card: within(screen.getByTestId('vm-connect')) };
}

describe('VM detail: Connect', () => {
  it('a running Linux VM: a pasteable ssh command and a vnc:// link, each copyable; passwords hidden until revealed', async () => {
    const { app, card } = await openConnect(RUNNING);
    // The emulator's record of the task (its saved state is plain JSON): the passwords the node reports.
    const saved = app.backend.emulators.dbc.snapshot() as { state: { tasks: { taskId: string; loginPassword: string; vncPassword: string }[] } };
    const task = saved.state.tasks.find((t) => t.taskId === RUNNING.id);
    if (!task) throw new Error('seeded task missing');

    const ssh = card.getByTestId('connect-ssh');
    expect(ssh).toHaveTextContent(/^ssh -p 20022 dbc@\d+\.\d+\.\d+\.\d+$/);
    const host = /@(\S+)$/.exec(ssh.textContent ?? '')?.[1];
    expect(within(ssh).getByRole('button', { name: 'Copy' })).toBeInTheDocument();

    const vnc = card.getByTestId('connect-vnc');
    expect(vnc.closest('a') ?? vnc).toHaveAttribute('href', `vnc://${host}:5910`);
    expect(within(vnc).getByRole('button', { name: 'Copy' })).toBeInTheDocument();

    // Hidden until revealed.
    const vncPassword = card.getByTestId('connect-vnc-password');
    expect(vncPassword).not.toHaveTextContent(task.vncPassword);
    await app.user.click(card.getByRole('button', { name: 'Show VNC Password' }));
    expect(vncPassword).toHaveTextContent(task.vncPassword);
    expect(card.getByTestId('connect-ssh-password')).not.toHaveTextContent(task.loginPassword);
    // A Linux image has no RDP: the card says why.
    expect(card.getByTestId('connect-rdp-unavailable')).toHaveTextContent('Not for this image: it is reached by SSH.');
  });

  it('a stopped Windows VM: SSH is not for its image, RDP and VNC wait until it runs (in Chinese)', async () => {
    const { card } = await openConnect(CLOSED_WINDOWS, 'zh-CN');
    expect(card.getByTestId('connect-ssh-unavailable')).toHaveTextContent('不适用于此镜像：请通过远程桌面（RDP）连接。');
    expect(card.getByTestId('connect-rdp-unavailable')).toHaveTextContent(/^不可用：虚拟机未在运行（当前 .+）。启动后即可连接。$/);
    expect(card.getByTestId('connect-vnc-unavailable')).toHaveTextContent(/虚拟机未在运行/);
    expect(card.queryByTestId('connect-rdp')).toBeNull();
  });

  it('a provider that reports no login addresses says so', async () => {
    await renderApp('/vms/demo-zstack/7a3c1e5b9d2f4a6c8e0b2d4f6a8c0e2b', { connections: ['zstack'] });
    const card = within(await screen.findByTestId('vm-connect'));
    expect(card.getByTestId('connect-ssh-unavailable')).toHaveTextContent('Unavailable: ZStack does not report this for the VM.');
  });
});
