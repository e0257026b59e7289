// @vitest-environment node
import { createControlClient } from '@/api/control/client';
import { demoRuntime, emulatedBackend, EMULATED_TIME_SCALE, pollToEnd } from './vms-emulated';

const { clock } = emulatedBackend();
const MINUTE = 60_000;
const control = createControlClient('http://localhost/mock/__control');
beforeEach(async () => {
  await control.reset({ provider: 'idc51', dataset: 'demo' });
  await control.clearFaults();
});

describe('51idc instances against the emulator', () => {
  it("lists the zone's instances with status, transition, MB memory and GB volumes", async () => {
    const { runtime } = demoRuntime('idc51');
    const { vms, failures } = await runtime.vms.list();
    expect(failures).toEqual([]);
    const byId = new Map(vms.map((vm) => [vm.id, vm]));
    expect(byId.get('ins-DBMASTR')).toMatchObject({ status: 'running', providerStatus: 'running', cpuCores: 8, memoryBytes: 16384 * 1024 ** 2, location: { kind: 'zone', id: 'ac1' } });
    expect(byId.get('ins-DBMASTR')!.diskBytes).toBeGreaterThanOrEqual(50 * 1024 ** 3);
    // Its 4-minute RunInstances job started 2 minutes before the seed: still creating, running 3 minutes later.
    expect(byId.get('ins-PNDNG01')).toMatchObject({ status: 'creating', providerStatus: 'creating' });
    expect(byId.get('ins-SUSPND1')!.status).toBe('suspended');
    // Another zone's instances are not in this connection's zone.
    expect(byId.has('ins-HKWEB01')).toBe(false);
    expect(byId.get('i-IN234BH')!.createdAt).toMatch(/Z$/);

    clock.advance(3 * MINUTE * EMULATED_TIME_SCALE);
    const later = await runtime.vms.list();
    expect(later.vms.find((vm) => vm.id === 'ins-PNDNG01')).toMatchObject({ status: 'running', providerStatus: 'running' });
  });

  it('reads past the default page (10) of a large zone', async () => {
    await control.reset({ provider: 'idc51', dataset: 'large' });
    const { runtime } = demoRuntime('idc51');
    const { vms, failures } = await runtime.vms.list();
    expect(failures).toEqual([]);
    expect(vms.length).toBeGreaterThan(20);
    expect(new Set(vms.map((vm) => vm.id)).size).toBe(vms.length);
  });

  it('stops and starts an instance through jobs polled to successful', async () => {
    const { runtime } = demoRuntime('idc51');
    const vm = await runtime.vms.get('ins-JWFQNPY');
    expect(runtime.vms.can(vm, 'start')).toMatchObject({ allowed: false, reason: { key: 'vm.reason.alreadyRunning' } });
    const { job } = await runtime.vms.run(vm, 'stop');
    expect(job).toMatchObject({ kind: 'idc51-job', zone: 'ac1', jobId: expect.any(String) });
    const checks = await pollToEnd(runtime, job!, { everyMs: 20 });
    expect(checks.at(-1)).toMatchObject({ status: 'succeeded', providerStatus: 'successful' });
    const stopped = await runtime.vms.get('ins-JWFQNPY');
    expect(stopped.status).toBe('stopped');
    expect(runtime.vms.can(stopped, 'restart')).toMatchObject({ allowed: false, reason: { key: 'vm.reason.onlyRunning' } });
    const started = await runtime.vms.run(stopped, 'start');
    expect((await pollToEnd(runtime, started.job!, { everyMs: 20 })).at(-1)!.status).toBe('succeeded');
  });

  it('a job that fails halfway reports failed with its info', async () => {
    const { runtime } = demoRuntime('idc51');
    await control.setFlags('idc51', { jobFailsHalfway: true });
    const { job } = await runtime.vms.run(await runtime.vms.get('ins-SDVFDBGFD'), 'restart');
    const end = (await pollToEnd(runtime, job!, { everyMs: 20 })).at(-1)!;
    expect(end.status).toBe('failed');
    expect(end.error!.message.length).toBeGreaterThan(0);
  });

  it('a refused power call is a ProviderError (start on a running instance)', async () => {
    const { runtime } = demoRuntime('idc51');
    await expect(runtime.vms.run(await runtime.vms.get('ins-JWFQNPY'), 'start')).rejects.toMatchObject({ name: 'ProviderError', provider: 'idc51' });
  });
});
