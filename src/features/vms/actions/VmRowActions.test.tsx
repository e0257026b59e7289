import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '@/test/renderApp';

/** A running DBC VM of the demo renter (mocks/dbc/seed.ts). */
const RUNNING = { id: 'Gq3kZ8vR2mXw9TbN4sLpYc', name: 'LLaMA-2 13B 微调 fine-tuning' };

describe('VM list row actions', () => {
  it('the menu greys out what the VM’s state forbids, with the reason under it; an interrupting action asks first, naming the VM', async () => {
    const app = await renderApp('/vms?provider=dbc', { connections: ['dbc'] });
    // The table is virtual: it renders the rows its height holds (the harness's tall window holds them all).
    const row = within(await screen.findByTestId(`vm-row-${RUNNING.id}`));
    await app.user.click(row.getByRole('button', { name: `Actions for ${RUNNING.name}` }));

    // The side navigation is a menu too.
    const rowMenu = await waitFor(() => {
      const [found] = screen.getAllByRole('menu').filter((menu) => menu.dataset.testid !== 'side-nav');
      if (!found) throw new Error('the row menu is not open');
      return found;
    });
    const menu = within(rowMenu);
    const start = menu.getByRole('menuitem', { name: 'Start' });
    expect(start).toHaveAttribute('aria-disabled', 'true');
    expect(start).toHaveAccessibleDescription(/^The VM is already on/);
    expect(start).toHaveTextContent(/The VM is already on/);

    await app.user.click(menu.getByRole('menuitem', { name: 'Power off' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent(`Power off "${RUNNING.name}"?`);
    await app.user.click(within(dialog).getByRole('button', { name: 'Power off' }));
    expect(await screen.findByText(`Power off started for ${RUNNING.name}; follow it in Jobs`)).toBeInTheDocument();
    await waitFor(() => expect(app.requests.matching('POST', `/tasks/poweroff/${RUNNING.id}`)).toHaveLength(1));
    expect(app.requests.matching('POST', '/tasks/start/')).toHaveLength(0);
  });
});
