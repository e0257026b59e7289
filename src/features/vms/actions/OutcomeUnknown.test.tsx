import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '@/test/renderApp';

/** A seeded running DBC task on the demo renter's node 58fb… (mocks/dbc/seed.ts). */
const RUNNING = { id: 'Gq3kZ8vR2mXw9TbN4sLpYc', name: 'LLaMA-2 13B 微调 fine-tuning' };
const detailReads = (app: Awaited<ReturnType<typeof renderApp>>) => app.requests.matching('POST', new RegExp(`/api/v1/tasks/${RUNNING.id}$`)).length;

describe('a change that timed out (issue 13, defect 9)', () => {
  it.each([
    ['en', 'Restart', /did not answer: the outcome is unknown\. Check the list before retrying; it is being refreshed now\./],
    ['zh-CN', '重启', /未响应：结果未知。请先检查列表再重试；列表正在刷新。/],
  ] as const)('%s: says the outcome is unknown, sends the action once, and reads the VM again at once', async (locale, restart, message) => {
    const app = await renderApp(`/vms/demo-dbc/${RUNNING.id}`, { connections: ['dbc'], locale });
    expect(await screen.findByTestId('vm-title')).toHaveTextContent(RUNNING.name);
    // The DBC client gave up waiting for the node (errcode -1): the node may still restart the VM.
    app.fault({ provider: 'dbc', route: `/api/v1/tasks/restart/${RUNNING.id}`, method: 'POST', times: 1, error: { code: '-1', message: 'task timeout' } });
    const readsBefore = detailReads(app);

    const actions = within(screen.getByTestId('vm-actions'));
    await app.user.click(actions.getByRole('button', { name: locale === 'en' ? 'Power actions' : '电源操作' }));
    const menu = await waitFor(() => {
      const [found] = screen.getAllByRole('menu').filter((m) => m.dataset.testid !== 'side-nav');
      if (!found) throw new Error('the power menu is not open');
      return within(found);
    });
    await app.user.click(menu.getByRole('menuitem', { name: restart }));
    await app.user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: restart }));

    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(app.requests.matching('POST', `/tasks/restart/${RUNNING.id}`)).toHaveLength(1);
    await waitFor(() => expect(detailReads(app)).toBeGreaterThan(readsBefore));
  });
});
