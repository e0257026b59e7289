// @vitest-environment node
import { createControlClient } from '@/api/control/client';
import type { ProviderId } from '@/api/provider';
import { demoRuntime, emulatedBackend } from './vms-emulated';

emulatedBackend();
const control = createControlClient('http://localhost/mock/__control');
beforeEach(async () => {
  await control.reset({ dataset: 'demo' });
  await control.clearFaults();
});

/** The providers whose credential the console obtains itself (a DBC session is the renter's signature). */
const SIGNED_IN: ProviderId[] = ['idc51', 'vsd', 'zstack'];

describe.each(SIGNED_IN)('%s: a credential the provider stops honouring is renewed for reads', (provider) => {
  it('after "session expires now", the VM list, a VM, the probe and the summary sign in again', async () => {
    const { runtime } = demoRuntime(provider);
    const { vms } = await runtime.vms.list();
    await control.setFlags(provider, { sessionExpired: true });
    expect((await runtime.vms.list()).vms.length).toBe(vms.length);
    await control.setFlags(provider, { sessionExpired: true });
    await expect(runtime.vms.get(vms[0]!.id)).resolves.toMatchObject({ id: vms[0]!.id });
    await control.setFlags(provider, { sessionExpired: true });
    await expect(runtime.probe()).resolves.toMatchObject({ authenticated: true });
    await control.setFlags(provider, { sessionExpired: true });
    await expect(runtime.summary()).resolves.toMatchObject({ snapshots: expect.any(Number) });
  });

  it('after the emulators are reset (the provider restarted), the console keeps working without a reload', async () => {
    const { runtime } = demoRuntime(provider);
    await runtime.probe();
    await control.reset({ dataset: 'demo' });
    await expect(runtime.probe()).resolves.toMatchObject({ authenticated: true });
    await expect(runtime.summary()).resolves.toMatchObject({ snapshots: expect.any(Number) });
  });
});
