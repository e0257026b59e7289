// @vitest-environment node
import { DBC_NODES, DBC_TASKS } from '../mocks/dbc/seed';
import { createControlClient } from '@/api/control/client';
import { isProviderError } from '@/api/errors';
import type { CreateVmInput } from '@/domain/vms/types';
import { demoRuntime, emulatedBackend, pollToEnd } from './vms-emulated';

emulatedBackend();
const control = createControlClient('http://localhost/mock/__control');
beforeEach(async () => {
  await control.reset({ provider: 'dbc', dataset: 'demo' });
  await control.clearFaults();
});

const createInput: CreateVmInput = {
  nodeId: DBC_NODES.main,
  imageName: 'ubuntu.qcow2',
  operatingSystem: 'ubuntu',
  biosMode: 'legacy',
  gpuCount: 1,
  cpuCores: 4,
  memoryGiB: 8,
  diskGiB: 20,
  sshPort: 20777,
  vncPort: 5977,
  description: 'vitest create',
};

describe('DBC VMs against the emulator', () => {
  it('lists the renter VMs of every node with login and resources from the task detail', async () => {
    const { runtime } = demoRuntime('dbc');
    const { vms, failures } = await runtime.vms.list();
    expect(failures).toEqual([]);
    const running = vms.find((vm) => vm.id === DBC_TASKS.running)!;
    expect(running).toMatchObject({ status: 'running', providerStatus: 'running', location: { kind: 'node', id: DBC_NODES.main }, cpuCores: 16, gpuCount: 2, memoryBytes: 64 * 1024 ** 3 });
    expect(running.login.map((l) => `${l.protocol}:${l.port}`)).toEqual(['ssh:20022', 'vnc:5910']);
    expect(running.login[0]!.password).toBeTruthy();
    const windows = vms.find((vm) => vm.id === DBC_TASKS.closedWindows)!;
    expect(windows).toMatchObject({ status: 'stopped', providerStatus: 'closed' });
    expect(windows.login.map((l) => l.protocol)).toEqual(['rdp', 'vnc']);
    // VMs of both remembered nodes, in every status the seed has.
    expect(new Set(vms.map((vm) => vm.location.id))).toEqual(new Set([DBC_NODES.main, DBC_NODES.snapshots]));
    const statuses = vms.map((vm) => vm.providerStatus);
    for (const word of ['running', 'closed', 'pmsuspend', 'creating', 'create error', 'start error']) expect(statuses).toContain(word);
    expect(vms.find((vm) => vm.providerStatus === 'pmsuspend')!.status).toBe('suspended');
  });

  it('a failing node goes to failures with its id and does not hide the other node', async () => {
    const { runtime } = demoRuntime('dbc', { nodeIds: [DBC_NODES.main, DBC_NODES.expired, DBC_NODES.snapshots] });
    const { vms, failures } = await runtime.vms.list();
    expect(failures).toHaveLength(1);
    expect(failures[0]!.source).toBe(DBC_NODES.expired);
    expect(isProviderError(failures[0]!.error) && failures[0]!.error.kind).toBe('auth');
    expect(vms.some((vm) => vm.location.id === DBC_NODES.main) && vms.some((vm) => vm.location.id === DBC_NODES.snapshots)).toBe(true);
  });

  it('get finds a task on its node even without a list first', async () => {
    const { runtime } = demoRuntime('dbc');
    const vm = await runtime.vms.get(DBC_TASKS.withSnapshots);
    expect(vm.location.id).toBe(DBC_NODES.snapshots);
    await expect(demoRuntime('dbc').runtime.vms.get('NoSuchTask000000000000')).rejects.toMatchObject({ kind: 'notFound' });
  });

  it('creates a VM with string values and tracks it from creating to running, then stop, start and delete', async () => {
    const { runtime } = demoRuntime('dbc');
    const { vmId, job } = await runtime.vms.create!(createInput);
    expect(job).toMatchObject({ kind: 'dbc-task', nodeId: DBC_NODES.main, taskId: vmId });
    const created = await pollToEnd(runtime, job);
    expect(created[0]!.providerStatus).toBe('creating');
    expect(created.at(-1)).toMatchObject({ status: 'succeeded', providerStatus: 'running' });

    const vm = await runtime.vms.get(vmId);
    expect(vm).toMatchObject({ status: 'running', cpuCores: 4, gpuCount: 1, name: 'vitest create' });
    expect(vm.login.find((l) => l.protocol === 'ssh')).toMatchObject({ port: 20777, user: 'dbc' });
    expect(runtime.vms.can(vm, 'start')).toMatchObject({ allowed: false, reason: { key: 'vm.reason.alreadyRunning' } });

    const stop = await runtime.vms.run(vm, 'stop');
    expect((await pollToEnd(runtime, stop.job!)).at(-1)).toMatchObject({ status: 'succeeded', providerStatus: 'closed' });
    const stopped = await runtime.vms.get(vmId);
    expect(stopped.status).toBe('stopped');
    expect(runtime.vms.can(stopped, 'changePassword')).toMatchObject({ allowed: false });

    const start = await runtime.vms.run(stopped, 'start');
    expect((await pollToEnd(runtime, start.job!)).at(-1)).toMatchObject({ status: 'succeeded', providerStatus: 'running' });

    const restart = await runtime.vms.run(await runtime.vms.get(vmId), 'forceRestart');
    expect((await pollToEnd(runtime, restart.job!)).at(-1)).toMatchObject({ status: 'succeeded' });

    const del = await runtime.vms.run(await runtime.vms.get(vmId), 'delete');
    expect((await pollToEnd(runtime, del.job!)).at(-1)).toMatchObject({ status: 'succeeded', providerStatus: 'deleted' });
    await expect(runtime.vms.get(vmId)).rejects.toMatchObject({ kind: 'notFound' });
  });

  it('a create that fails halfway ends the job as failed with the node status', async () => {
    const { runtime } = demoRuntime('dbc');
    await control.setFlags('dbc', { jobFailsHalfway: true });
    const { job } = await runtime.vms.create!({ ...createInput, sshPort: 20778, vncPort: 5978 });
    const end = (await pollToEnd(runtime, job)).at(-1)!;
    expect(end).toMatchObject({ status: 'failed', providerStatus: 'create error', error: { code: 'create error' } });
  });

  it('a refused create is the node message as a ProviderError (port clash with a running VM)', async () => {
    const { runtime } = demoRuntime('dbc');
    const refused = runtime.vms.create!({ ...createInput, sshPort: 20022 });
    await expect(refused).rejects.toMatchObject({ name: 'ProviderError', message: expect.stringContaining('ssh_port') });
  });

  it('changes the password of a running VM and reads its log tail', async () => {
    const { runtime } = demoRuntime('dbc');
    const vm = await runtime.vms.get(DBC_TASKS.running);
    await runtime.vms.run(vm, 'changePassword', { username: 'dbc', password: 'N3w-pass-word' });
    expect((await runtime.vms.get(DBC_TASKS.running)).login[0]!.password).toBe('N3w-pass-word');
    const lines = await runtime.vms.logs!(vm, { from: 'tail', lines: 1 });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('password');
  });

  it('modify sends only the given fields, as strings', async () => {
    const { runtime } = demoRuntime('dbc');
    const vm = await runtime.vms.get(DBC_TASKS.withSnapshots);
    await runtime.vms.run(vm, 'modify', { modify: { vncPort: 5990, cpuCores: 6 } });
    const after = await runtime.vms.get(DBC_TASKS.withSnapshots);
    expect(after.cpuCores).toBe(6);
    expect(after.login.find((l) => l.protocol === 'vnc')!.port).toBe(5990);
  });

  it('era 2022 powers off through the legacy /tasks/stop route', async () => {
    const { runtime } = demoRuntime('dbc', { options: { era: '2022' } });
    const vm = await runtime.vms.get(DBC_TASKS.running);
    expect(runtime.vms.actions).not.toContain('shutdown');
    const { job } = await runtime.vms.run(vm, 'stop');
    expect((await pollToEnd(runtime, job!)).at(-1)).toMatchObject({ status: 'succeeded', providerStatus: 'closed' });
  });
});
