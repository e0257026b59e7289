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

/** Opens the power split button's menu and returns it (the side navigation is a menu too). */
async function powerMenu(app: { user: { click(element: Element): Promise<void> } }, label = 'Power actions') {
  await app.user.click(within(screen.getByTestId('vm-actions')).getByRole('button', { name: label }));
  return within(
    await waitFor(() => {
      const [found] = screen.getAllByRole('menu').filter((menu) => menu.dataset.testid !== 'side-nav');
      if (!found) throw new Error('the power menu is not open');
      return found;
    }),
  );
}

describe('VM actions (detail page)', () => {
  it('asks before interrupting a VM, naming it; cancelling sends nothing, confirming sends one request', async () => {
    const { app } = await openVm(RUNNING);
    await app.user.click((await powerMenu(app)).getByRole('menuitem', { name: 'Restart' }));

    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent(`Restart "${RUNNING.name}"?`);
    expect(dialog).toHaveTextContent(`The VM "${RUNNING.name}" will be interrupted: unsaved work inside it may be lost.`);
    await app.user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(app.requests.matching('POST', `/tasks/restart/${RUNNING.id}`)).toHaveLength(0);

    await app.user.click((await powerMenu(app)).getByRole('menuitem', { name: 'Restart' }));
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
    await app.user.click((await powerMenu(app)).getByRole('menuitem', { name: 'Power off' }));
    expect(within(await screen.findByRole('dialog')).getByTestId('confirm-action')).toHaveClass('ant-btn-dangerous');
  });

  it('a VM that is off is offered Start, not Restart or Force restart', async () => {
    const { app, actions } = await openVm(CLOSED);
    expect(actions.getByRole('button', { name: 'Start' })).toBeEnabled();
    const menu = await powerMenu(app);
    expect(menu.getByRole('menuitem', { name: 'Restart' })).toHaveAttribute('aria-disabled', 'true');
    expect(menu.getByRole('menuitem', { name: 'Force restart' })).toHaveAttribute('aria-disabled', 'true');
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

  it('an action the VM’s state does not allow is disabled and says why, in the menu itself', async () => {
    const { app } = await openVm(RUNNING);
    const start = (await powerMenu(app)).getByRole('menuitem', { name: 'Start' });
    expect(start).toHaveAttribute('aria-disabled', 'true');
    // Shown under its name (a disabled menu item takes no focus, so a tooltip would reach the mouse only).
    expect(start).toHaveTextContent(/The VM is already on/);
    expect(start).toHaveAccessibleDescription(/^The VM is already on/);
    await app.user.click(start);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(app.requests.matching('POST', '/tasks/start/')).toHaveLength(0);
  });

  it('a keyboard user reaches a disabled button’s reason too: the wrapper takes focus and shows it', async () => {
    const { app, actions } = await openVm(CLOSED);
    const gate = app.hold('POST', `/tasks/start/${CLOSED.id}`);
    await app.user.click(actions.getByRole('button', { name: 'Start' }));
    await gate.arrived();
    gate.release();
    // Starting: no power action is allowed, so the split button's own action is the disabled one.
    await waitFor(() => expect(actions.getByRole('button', { name: 'Start' })).toBeDisabled());
    act(() => screen.getByTestId('action-start-disabled').focus());
    expect(await screen.findByRole('tooltip')).toHaveTextContent(/^The VM is busy/);
  });

  it('in Chinese: the disabled reason and the confirmation naming the VM are translated', async () => {
    const { app } = await openVm(RUNNING, { locale: 'zh-CN' });
    const menu = await powerMenu(app, '电源操作');
    expect(menu.getByRole('menuitem', { name: '启动' })).toHaveAccessibleDescription(/^虚拟机已处于开机状态/);

    await app.user.click(menu.getByRole('menuitem', { name: '重启' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent(`确定对「${RUNNING.name}」执行重启？`);
    expect(dialog).toHaveTextContent(`虚拟机「${RUNNING.name}」将被中断，其中未保存的工作可能丢失。`);
    // Two-character Chinese labels as written: antd's inserted space ("取 消") is turned off everywhere.
    expect(within(dialog).getByRole('button', { name: '取消' })).toHaveTextContent(/^取消$/);
  });
});
