import { screen, waitFor, within } from '@testing-library/react';
import { formField } from '@/test/form';
import { renderApp } from '@/test/renderApp';

/** A stopped Windows VM on the demo renter's node 58fb… (mocks/dbc/seed.ts): RDP, VNC 5911, 8 cores. */
const CLOSED = { id: 'Wn4bT6yP9kRd2HsQ8vXcMf', name: 'Windows 渲染工作站 Render workstation' };
const MODIFY = `/tasks/modify/${CLOSED.id}`;

async function openModify() {
  const app = await renderApp(`/vms/demo-dbc/${CLOSED.id}`, { connections: ['dbc'] });
  await screen.findByTestId('vm-title');
  await app.user.click(within(screen.getByTestId('vm-actions')).getByRole('button', { name: 'Modify' }));
  const dialog = await screen.findByRole('dialog');
  expect(dialog).toHaveTextContent(`Modify "${CLOSED.name}"`);
  const field = (label: string) => formField(dialog, label);
  const fill = async (label: string, value: string) => {
    await app.user.clear(field(label).control);
    await app.user.type(field(label).control, value);
  };
  return { app, dialog, field, fill, save: () => app.user.click(within(dialog).getByRole('button', { name: 'Save' })) };
}

describe('Modify VM (DBC)', () => {
  it('a value the form can judge is refused under its field, before anything is sent', async () => {
    const { app, field, fill, save } = await openModify();
    await fill('VNC port', '5800');
    await save();
    await waitFor(() => expect(field('VNC port').errors()).toEqual([expect.stringContaining('A port from 5900 to 65535')]));
    expect(field('VNC port').control).toHaveValue('5800');
    expect(app.requests.matching('POST', MODIFY)).toHaveLength(0);
  });

  it("a port of a VM that is not running is allowed with a warning naming it, and is sent", async () => {
    const { app, field, fill, save } = await openModify();
    // 20023 is the SSH port of the suspended "Jupyter" VM on the same node (mocks/dbc/seed.ts).
    await fill('RDP port', '20023');
    await waitFor(() => expect(field('RDP port').warnings()).toEqual([expect.stringContaining('Port 20023 is already the SSH port of "Jupyter 教学环境 teaching lab"')]));
    expect(field('RDP port').errors()).toEqual([]);
    await fill('RDP port', '20099');
    await waitFor(() => expect(field('RDP port').warnings()).toEqual([]));
    await fill('RDP port', '20023');
    await save();
    await waitFor(() => expect(app.requests.matching('POST', MODIFY)).toHaveLength(1));
    const sent = app.backend.requests.list({ provider: 'dbc', method: 'POST', path: MODIFY }).filter((r) => r.path.endsWith(MODIFY));
    expect(sent[0]?.body).toMatchObject({ additional: { new_rdp_port: '20023' } });
  });

  it('a corrected value loses its message at once, not at the next save', async () => {
    const { field, fill, save } = await openModify();
    await fill('VNC port', '5800');
    await save();
    await waitFor(() => expect(field('VNC port').errors()).toEqual([expect.stringContaining('A port from 5900 to 65535')]));
    await fill('VNC port', '5955');
    await waitFor(() => expect(field('VNC port').errors()).toEqual([]));
    expect(field('VNC port').item.querySelectorAll('.ant-form-item-explain')).toHaveLength(0);
  });

  it('the node’s refusal lands under the field it names; every value typed stays; a fixed value then saves', async () => {
    const { app, dialog, field, fill, save } = await openModify();
    await fill('VNC port', '5955');
    await fill('CPU cores', '12');
    // More memory than the node has free: only the node can judge it ("allocate mem failed").
    await fill('Memory (GiB)', '100000');
    await app.user.type(field('Custom ports').control, 'tcp,8080{Enter}');
    await save();

    await waitFor(() => expect(field('Memory (GiB)').errors()).toEqual([expect.stringContaining('allocate mem failed (Code 1)')]));
    expect(app.requests.matching('POST', MODIFY)).toHaveLength(1);
    expect(screen.getByRole('dialog')).toBe(dialog);
    expect(field('VNC port').control).toHaveValue('5955');
    expect(field('CPU cores').control).toHaveValue('12');
    expect(field('Memory (GiB)').control).toHaveValue('100000');
    expect(field('Custom ports').item).toHaveTextContent('tcp,8080');
    expect(field('CPU cores').errors()).toEqual([]);

    await fill('Memory (GiB)', '48');
    await save();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(app.requests.matching('POST', MODIFY)).toHaveLength(2);
    expect(await screen.findByText(`Modify done for ${CLOSED.name}`)).toBeInTheDocument();
    // The page shows what the node now has.
    const property = (label: string) => within(screen.getByTestId('vm-properties')).getByText(label, { selector: 'th, th *' }).closest('th')?.nextElementSibling;
    await waitFor(() => expect(property('CPU cores')).toHaveTextContent('12'));
    expect(property('Memory')).toHaveTextContent('48 GiB');
  });
});
