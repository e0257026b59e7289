import { screen, waitFor, within } from '@testing-library/react';
import { formField } from '@/test/form';
import { renderApp } from '@/test/renderApp';

const NODE = '58fb618aa482c41114eb3cfdaefd3ba183172da9e25251449d045043fbd37f45';
const DEMO_SESSION = {
  sessionId: '3eqzTjUrxSqyyFj9ujKeqa4iu8dGR8iqHd2YKVQar46gsUCLpZKh3JL',
  sessionIdSign: '0x1e69dfaf13bf9bb6966e9ef3a6dd8473887cd7c52398410663a6db6fcf50c64105e4c95cf6ab5fa6969cbeec96b641d0435980a1b39ec9eb7e989198e4d34e81',
};

describe('a refused DBC renter session on the Nodes pages', () => {
  it('the node VMs tab says the session was refused (not "no VMs"); the renter panel stops saying signed in; a new sign-in clears both', async () => {
    const app = await renderApp(`/nodes/demo-dbc/${NODE}?tab=vms`, { connections: ['dbc'] });
    app.backend.env.faults.setFlags('dbc', { sessionExpired: true });

    const alert = await screen.findByTestId('session-refused-demo-dbc', {}, { timeout: 15_000 });
    expect(alert).toHaveTextContent('the node refused your renter session');
    expect(screen.queryByText('No VMs of yours on this node.')).toBeNull();
    await app.user.click(within(alert).getByRole('link', { name: 'Sign in again' }));

    // The renter panel: refused, with the sign-in methods offered again.
    const panel = await screen.findByTestId('renter-demo-dbc');
    expect(within(panel).getByTestId('renter-status')).toHaveTextContent('Session refused by the node: sign in again');
    expect(within(panel).queryByText('Signed in with a pasted session')).toBeNull();

    // The nodes accept sessions again; the renter pastes the session: the refusal is gone everywhere.
    app.backend.env.faults.setFlags('dbc', { sessionExpired: false });
    await app.user.click(within(panel).getByRole('tab', { name: 'Paste session' }));
    const form = within(panel).getByTestId('renter-paste-form');
    await app.user.click(formField(form, 'Session id').control);
    await app.user.paste(DEMO_SESSION.sessionId);
    await app.user.click(formField(form, 'Session signature').control);
    await app.user.paste(DEMO_SESSION.sessionIdSign);
    await app.user.click(within(form).getByRole('button', { name: 'Use this session' }));
    await waitFor(() => expect(within(panel).getByTestId('renter-status')).toHaveTextContent('Signed in with a pasted session'));
    expect(screen.queryByTestId('session-refused-demo-dbc')).toBeNull();
  });
});
