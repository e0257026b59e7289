// @vitest-environment node
import { SEED_IDS } from '../mocks/zstack/seed';
import { createControlClient } from '@/api/control/client';
import { demoRuntime, emulatedBackend, pollToEnd } from './vms-emulated';

emulatedBackend();
const control = createControlClient('http://localhost/mock/__control');
beforeEach(async () => {
  await control.reset({ provider: 'zstack', dataset: 'demo' });
  await control.clearFaults();
});

describe('ZStack VMs against the emulator', () => {
  it('lists vm-instances with normalised states, resources and the cluster', async () => {
    const { runtime } = demoRuntime('zstack');
    const { vms, failures } = await runtime.vms.list();
    expect(failures).toEqual([]);
    const stopped = vms.find((vm) => vm.id === SEED_IDS.stoppedVm)!;
    expect(stopped).toMatchObject({ provider: 'zstack', name: 'db-mysql-主库', status: 'stopped', providerStatus: 'Stopped', cpuCores: 8, memoryBytes: 32 * 1024 ** 3 });
    expect(stopped.location.kind).toBe('cluster');
    expect(stopped.diskBytes).toBeGreaterThanOrEqual(540 * 1024 ** 3);
    expect(stopped.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(vms.find((vm) => vm.id === SEED_IDS.runningVm)!.status).toBe('running');
  });

  it('reads every page of a 10,000-VM fleet (limit/start) with the count from the first page', async () => {
    await control.reset({ provider: 'zstack', dataset: 'large' });
    const { runtime } = demoRuntime('zstack');
    const { vms, failures } = await runtime.vms.list();
    expect(failures).toEqual([]);
    expect(vms.length).toBeGreaterThanOrEqual(10_000);
    expect(new Set(vms.map((vm) => vm.id)).size).toBe(vms.length);
    // 11 pages of 1,000 VMs through the real client and the in-process emulator: seconds of CPU, many on 2 busy cores.
  }, 60_000);

  it('stops (grace) a running VM as a 202 job polled to 200, then starts it again', async () => {
    const { runtime } = demoRuntime('zstack');
    const vm = await runtime.vms.get(SEED_IDS.runningVm);
    expect(runtime.vms.can(vm, 'start')).toMatchObject({ allowed: false, reason: { key: 'vm.reason.alreadyRunning' } });
    const { job } = await runtime.vms.run(vm, 'shutdown');
    expect(job).toMatchObject({ kind: 'zstack-api-job', jobUuid: expect.stringMatching(/^[0-9a-f]{32}$/) });
    const checks = await pollToEnd(runtime, job!, { everyMs: 5 });
    expect(checks.at(-1)!.status).toBe('succeeded');
    const stopped = await runtime.vms.get(SEED_IDS.runningVm);
    expect(stopped.status).toBe('stopped');
    const started = await runtime.vms.run(stopped, 'start');
    expect((await pollToEnd(runtime, started.job!, { everyMs: 5 })).at(-1)!.status).toBe('succeeded');
    expect((await runtime.vms.get(SEED_IDS.runningVm)).status).toBe('running');
  });

  it('a refused action comes back through the job as 503 with the ErrorCode', async () => {
    const { runtime } = demoRuntime('zstack');
    const stopped = await runtime.vms.get(SEED_IDS.stoppedVm);
    // The console would not offer reboot on a stopped VM; sent anyway, ZStack refuses it through the job.
    expect(runtime.vms.can(stopped, 'restart')).toMatchObject({ allowed: false, reason: { key: 'vm.reason.onlyRunning' } });
    const { job } = await runtime.vms.run(stopped, 'restart');
    const end = (await pollToEnd(runtime, job!, { everyMs: 5 })).at(-1)!;
    expect(end).toMatchObject({ status: 'failed', error: { code: 'SYS.1006', message: expect.stringContaining('Stopped') } });
  });

  it('a stop that fails halfway ends the job as failed', async () => {
    const { runtime } = demoRuntime('zstack');
    await control.setFlags('zstack', { jobFailsHalfway: true });
    const { job } = await runtime.vms.run(await runtime.vms.get(SEED_IDS.runningVm), 'stop');
    expect((await pollToEnd(runtime, job!, { everyMs: 5 })).at(-1)!.status).toBe('failed');
  });

  it('an expired session (ID.1001) is redone once for a read', async () => {
    const { runtime } = demoRuntime('zstack');
    await runtime.vms.list();
    await control.setFlags('zstack', { sessionExpired: true });
    const { vms } = await runtime.vms.list();
    expect(vms.length).toBeGreaterThan(0);
  });
});
