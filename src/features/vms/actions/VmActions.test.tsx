import { act, screen, waitFor, within } from '@testing-library/react';
import { renderApp, type RenderAppOptions } from '@/test/renderApp';

/** Seeded DBC tasks on the demo renter's node 58fb… (mocks/dbc/seed.ts). */
const RUNNING = { id: 'Gq3kZ8vR2mXw9TbN4sLpYc', name: 'LLaMA-2 13B 微调 fine-tuning' };
const CLOSED = { id: 'Wn4bT6yP9kRd2HsQ8vXcMf', name: 'Windows 渲染工作站 Render workstation' };

/** The detail page of a DBC VM; returns the harness and the action bar to query within. */
async function openVm(vm: { id: string; name: string }, options: RenderAppOptions = {}) {
  const app = await renderApp(`/vms/demo-dbc/${vm.id}`, { connections: ['dbc'], ...options });
  expect(await screen.findByTestId('vm-title')).toHaveTextContent(vm.name);
  return { app, actions: within(screen.getByTestId('vm-actions')) };
}

describe('VM actions (detail page)', () => {
  it('asks before interrupting a VM, naming it; cancelling sends nothing, confirming sends one request', async () => {
    const { app, actions } = await openVm(RUNNING);
    await app.user.click(actions.getByRole('button', { name: 'Restart' }));

    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent(`Restart "${RUNNING.name}"?`);
    expect(dialog).toHaveTextContent(`The VM "${RUNNING.name}" will be interrupted: unsaved work inside it may be lost.`);
    await app.user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(app.requests.matching('POST', `/tasks/restart/${RUNNING.id}`)).toHaveLength(0);

    await app.user.click(actions.getByRole('button', { name: 'Restart' }));
    await app.user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Restart' }));
    expect(await screen.findByText(`Restart started for ${RUNNING.name}; follow it in Jobs`)).toBeInTheDocument();
    expect(app.requests.matching('POST', `/tasks/restart/${RUNNING.id}`)).toHaveLength(1);
  });

  it('a graceful shutdown is confirmed but not styled as destructive; a power-off is', async () => {
    const { app, actions } = await openVm(RUNNING);
    await app.user.click(actions.getByRole('button', { name: 'Shut down' }));
    expect(within(await screen.findByRole('dialog')).getByTestId('confirm-action')).not.toHaveClass('ant-btn-dangerous');
    await app.user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await app.user.click(actions.getByRole('button', { name: 'Power off' }));
    expect(within(await screen.findByRole('dialog')).getByTestId('confirm-action')).toHaveClass('ant-btn-dangerous');
  });

  it('a VM that is off is offered Start, not Restart or Force restart', async () => {
    const { actions } = await openVm(CLOSED);
    expect(actions.getByRole('button', { name: 'Start' })).toBeEnabled();
    expect(actions.getByRole('button', { name: 'Restart' })).toBeDisabled();
    expect(actions.getByRole('button', { name: 'Force restart' })).toBeDisabled();
  });

  it('locks an action while its request is in flight: a double click sends one request', async () => {
    const { app, actions } = await openVm(CLOSED);
    const gate = app.hold('POST', `/tasks/start/${CLOSED.id}`);
    const start = actions.getByRole('button', { name: 'Start' });

    await app.user.dblClick(start);
    await gate.arrived();
    // In flight: the button spins, the other actions wait, and another click sends nothing.
    await waitFor(() => expect(start).toHaveClass('ant-btn-loading'));
    expect(actions.getByRole('button', { name: 'Delete' })).toBeDisabled();
    await app.user.click(start);
    expect(gate.waiting).toBe(1);

    gate.release();
    expect(await screen.findByText(`Start started for ${CLOSED.name}; follow it in Jobs`)).toBeInTheDocument();
    await waitFor(() => expect(actions.getByRole('button', { name: 'Delete' })).toBeEnabled());
    expect(app.requests.matching('POST', `/tasks/start/${CLOSED.id}`)).toHaveLength(1);
  });

  it('an action the VM’s state does not allow is disabled and says why on hover', async () => {
    const { app, actions } = await openVm(RUNNING);
    const start = actions.getByRole('button', { name: 'Start' });
    expect(start).toBeDisabled();

    await app.user.hover(screen.getByTestId('action-start-disabled'));
    expect(await screen.findByRole('tooltip')).toHaveTextContent(/^The VM is already on/);
    await app.user.click(start);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(app.requests.matching('POST', '/tasks/start/')).toHaveLength(0);
  });

  it('a keyboard user reaches the disabled reason too: the wrapper takes focus and shows it', async () => {
    const { actions } = await openVm(RUNNING);
    expect(actions.getByRole('button', { name: 'Start' })).toBeDisabled();
    act(() => screen.getByTestId('action-start-disabled').focus());
    expect(await screen.findByRole('tooltip')).toHaveTextContent(/^The VM is already on/);
  });

  it('in Chinese: the disabled reason and the confirmation naming the VM are translated', async () => {
    const { app, actions } = await openVm(RUNNING, { locale: 'zh-CN' });
    await app.user.hover(screen.getByTestId('action-start-disabled'));
    expect(await screen.findByRole('tooltip')).toHaveTextContent(/^虚拟机已处于开机状态/);

    await app.user.click(actions.getByRole('button', { name: '重启' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent(`确定对「${RUNNING.name}」执行重启？`);
    expect(dialog).toHaveTextContent(`虚拟机「${RUNNING.name}」将被中断，其中未保存的工作可能丢失。`);
    // Two-character Chinese labels as written: antd's inserted space ("取 消") is turned off everywhere.
    expect(within(dialog).getByRole('button', { name: '取消' })).toHaveTextContent(/^取消$/);
  });
});
