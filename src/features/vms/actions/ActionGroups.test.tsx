import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '@/test/renderApp';

/** Seeded DBC tasks on the demo renter's node (mocks/dbc/seed.ts). */
const RUNNING = { id: 'Gq3kZ8vR2mXw9TbN4sLpYc', name: 'LLaMA-2 13B 微调 fine-tuning' };

/** The open dropdown menu (the side navigation is a menu too). */
async function openMenu() {
  return within(
    await waitFor(() => {
      const [found] = screen.getAllByRole('menu').filter((menu) => menu.dataset.testid !== 'side-nav');
      if (!found) throw new Error('no menu is open');
      return found;
    }),
  );
}

const names = (items: HTMLElement[]) => items.map((item) => item.textContent);

describe('VM actions grouped as established consoles do', () => {
  it('detail page: power actions in one split button (forced ones after a divider, red); Delete apart, red', async () => {
    const app = await renderApp(`/vms/demo-dbc/${RUNNING.id}`, { connections: ['dbc'] });
    expect(await screen.findByTestId('vm-title')).toHaveTextContent(RUNNING.name);
    const bar = within(screen.getByTestId('vm-actions'));
    // The running VM's primary power action is Shut down; the others are in the menu, not loose buttons.
    expect(bar.getByRole('button', { name: 'Shut down' })).toBeEnabled();
    expect(bar.queryByRole('button', { name: 'Restart' })).toBeNull();
    expect(bar.queryByRole('button', { name: 'Power off' })).toBeNull();
    expect(bar.getByRole('button', { name: 'Delete' })).toHaveClass('ant-btn-dangerous');
    expect(bar.getByRole('separator')).toBeInTheDocument();

    await app.user.click(bar.getByRole('button', { name: 'Power actions' }));
    const menu = await openMenu();
    expect(names(menu.getAllByRole('menuitem'))).toEqual([
      expect.stringMatching(/^Start/), 'Shut down', 'Restart', 'Power off', 'Force restart', 'Reset',
    ]);
    expect(menu.getAllByRole('separator')).toHaveLength(1);
    expect(menu.getByRole('menuitem', { name: 'Power off' })).toHaveClass('ant-dropdown-menu-item-danger');
    expect(menu.getByRole('menuitem', { name: 'Restart' })).not.toHaveClass('ant-dropdown-menu-item-danger');
    expect(menu.queryByRole('menuitem', { name: 'Delete' })).toBeNull();
  });

  it('row menu: the same groups, divided, Delete last and red', async () => {
    const app = await renderApp('/vms?provider=dbc', { connections: ['dbc'] });
    const row = within(await screen.findByTestId(`vm-row-${RUNNING.id}`));
    await app.user.click(row.getByRole('button', { name: `Actions for ${RUNNING.name}` }));
    const menu = await openMenu();
    const items = menu.getAllByRole('menuitem');
    expect(names(items).map((name) => name?.replace(/^Start.*/, 'Start'))).toEqual([
      'Start', 'Shut down', 'Restart', 'Power off', 'Force restart', 'Reset', 'Modify', 'Change password', 'Delete',
    ]);
    // gentle power | forced power | configure | delete
    expect(menu.getAllByRole('separator')).toHaveLength(3);
    expect(items.at(-1)).toHaveClass('ant-dropdown-menu-item-danger');
  });
});
