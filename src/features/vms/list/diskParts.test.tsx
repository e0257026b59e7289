import { screen, within } from '@testing-library/react';
import { renderApp } from '@/test/renderApp';

describe('VM list: what the disk size counts', () => {
  it("a DBC VM's resources tooltip splits its disk into the fixed system disk and the data disk", async () => {
    await renderApp('/vms', { connections: ['dbc'] });
    // The seeded running VM on node 58fb… asked for a 500 GB data disk: 850 GiB in all.
    const row = (await screen.findByText('LLaMA-2 13B 微调 fine-tuning')).closest<HTMLElement>('.ant-table-row')!;
    const resources = within(row).getByText(/850 GiB disk/);
    expect(resources).toHaveAttribute('title', expect.stringContaining('(Disk: 350 GiB system + 500 GiB data)'));
  });
});
