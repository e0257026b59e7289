// @vitest-environment node
import { SEED } from '../mocks/vsd/seed';
import { createControlClient } from '@/api/control/client';
import { demoRuntime, emulatedBackend, pollToEnd } from './vms-emulated';

emulatedBackend();
const control = createControlClient('http://localhost/mock/__control');
beforeEach(async () => {
  await control.reset({ provider: 'vsd', dataset: 'demo' });
  await control.clearFaults();
});

describe('vsd VMs against the emulator', () => {
  it("lists the cluster's VMs with state + action normalised", async () => {
    const { runtime } = demoRuntime('vsd');
    const { vms, failures } = await runtime.vms.list();
    expect(failures).toEqual([]);
    const byName = new Map(vms.map((vm) => [vm.name, vm]));
    expect(byName.get('财务数据库')).toMatchObject({ status: 'running', providerStatus: 'running', cpuCores: 8, memoryBytes: 32 * 1024 ** 3, location: { kind: 'cluster', id: SEED.cluster } });
    expect(byName.get('测试环境-win10')).toMatchObject({ status: 'suspended', providerStatus: 'pmsuspend · save' });
    expect(byName.get('web-frontend-02')!.status).toBe('paused');
    expect(byName.get('数据同步-worker')).toMatchObject({ status: 'running', providerStatus: 'running · migrating' });
    expect(byName.get('monitor-prometheus')!.status).toBe('error');
    // The other cluster's VMs are not in this connection's scope.
    expect(byName.has('研发-gitlab')).toBe(false);
    expect(byName.get(SEED.computeName)!.createdAt).toMatch(/^\d{4}-/);
  });

  it('get inspects one VM with its disk capacities', async () => {
    const { runtime } = demoRuntime('vsd');
    const vm = await runtime.vms.get(SEED.compute);
    expect(vm).toMatchObject({ id: SEED.compute, status: 'stopped', cpuCores: 2, memoryBytes: 4 * 1024 ** 3, diskBytes: 20 * 1024 ** 3 });
  });

  it('starts and shuts off a VM; the state job confirms each', async () => {
    const { runtime } = demoRuntime('vsd');
    const vm = await runtime.vms.get(SEED.compute);
    expect(runtime.vms.can(vm, 'stop')).toMatchObject({ allowed: false, reason: { key: 'vm.reason.alreadyOff' } });
    const { job } = await runtime.vms.run(vm, 'start');
    expect(job).toEqual({ kind: 'vsd-vm-state', computeUuid: SEED.compute, success: ['running'], failure: ['crashed'] });
    expect((await pollToEnd(runtime, job!)).at(-1)).toMatchObject({ status: 'succeeded', providerStatus: 'running' });
    const running = await runtime.vms.get(SEED.compute);
    expect(runtime.vms.can(running, 'stop')).toEqual({ allowed: true });
    const off = await runtime.vms.run(running, 'stop');
    expect((await pollToEnd(runtime, off.job!)).at(-1)).toMatchObject({ status: 'succeeded', providerStatus: 'shutoff' });
  });

  it('restores a hibernated VM and resumes a paused one', async () => {
    const { runtime } = demoRuntime('vsd');
    const { vms } = await runtime.vms.list();
    const saved = vms.find((vm) => vm.name === '测试环境-win10')!;
    const paused = vms.find((vm) => vm.name === 'web-frontend-02')!;
    expect(runtime.vms.can(saved, 'start')).toMatchObject({ allowed: false, reason: { key: 'vm.reason.busy' } });
    expect(runtime.vms.can(paused, 'restore')).toMatchObject({ allowed: false, reason: { key: 'vm.reason.needsState' } });
    for (const [vm, action] of [[saved, 'restore'], [paused, 'resume']] as const) {
      const { job } = await runtime.vms.run(vm, action);
      expect((await pollToEnd(runtime, job!)).at(-1)!.status).toBe('succeeded');
    }
  });

  it('a refused power call is a ProviderError (shutoff on a VM that is off)', async () => {
    const { runtime } = demoRuntime('vsd');
    const vm = await runtime.vms.get(SEED.compute);
    await expect(runtime.vms.run(vm, 'stop')).rejects.toMatchObject({ name: 'ProviderError', provider: 'vsd' });
  });
});
