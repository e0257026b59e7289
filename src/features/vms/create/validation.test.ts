import type { GpuNode } from '@/domain/nodes/types';
import type { Vm } from '@/domain/vms/types';
import { defaultCreateForm, freePort } from './defaults';
import { fieldOfCreateError, fieldOfNodeMessage } from './mapCreateError';
import { portWarnings, toCreateInput, nodeLimits, validateCreateVm, type CreateVmForm, type NodeLimits } from './validation';

const GiB = 1024 ** 3;

const node: GpuNode = {
  connectionId: 'c',
  nodeId: 'n1',
  online: true,
  cpu: { cores: 64 },
  gpu: { count: 8, used: 5 },
  memory: { totalBytes: 512 * GiB, freeBytes: 100.7 * GiB },
  disks: [{ path: '/boot', freeBytes: 1 * GiB }, { path: '/data', freeBytes: 2000 * GiB }],
  images: [{ name: 'ubuntu.qcow2' }, { name: 'win10.qcow2' }],
};

function vm(id: string, status: Vm['status'], ports: Array<['ssh' | 'rdp' | 'vnc', number]>, cpuCores = 8): Vm {
  return {
    key: `c/${id}`, connectionId: 'c', provider: 'dbc', id, name: `vm-${id}`, status, providerStatus: status, cpuCores,
    location: { kind: 'node', id: 'n1' }, login: ports.map(([protocol, port]) => ({ protocol, host: '1.2.3.4', port })),
  };
}

const onNode = [vm('a', 'running', [['ssh', 20022], ['vnc', 5910]], 16), vm('b', 'stopped', [['ssh', 20023], ['vnc', 5911]], 8)];
const limits: NodeLimits = nodeLimits(node, onNode);

const valid: CreateVmForm = {
  imageName: 'ubuntu.qcow2', operatingSystem: 'ubuntu', biosMode: 'legacy', gpuCount: 1, cpuCores: 8, memoryGiB: 32, diskGiB: 200, sshPort: 20030, vncPort: 5901,
};

describe('nodeLimits: what is free on the node for a new VM', () => {
  it('takes free GPUs from gpu_used, cores minus running VMs, floored free memory and the /data disk', () => {
    expect(limits).toMatchObject({ freeGpus: 3, freeCpuCores: 48, freeMemoryGiB: 100, freeDiskGiB: 2000, images: ['ubuntu.qcow2', 'win10.qcow2'] });
  });
  it('counts ports of running VMs as used (the node checks running domains), those of the others apart', () => {
    expect(limits.usedPorts.map((p) => p.port)).toEqual([20022, 5910]);
    expect(limits.dormantPorts.map((p) => p.port)).toEqual([20023, 5911]);
  });
});

describe('validateCreateVm: the node rules before sending', () => {
  it('accepts a form within the free resources', () => {
    expect(validateCreateVm(valid, limits)).toEqual({});
  });
  it('requires an image that is a .qcow2 on the node', () => {
    expect(validateCreateVm({ ...valid, imageName: '' }, limits).imageName?.key).toBe('vms.create.error.required');
    expect(validateCreateVm({ ...valid, imageName: 'disk.iso' }, limits).imageName?.key).toBe('vms.create.error.imageExtension');
    expect(validateCreateVm({ ...valid, imageName: 'centos.qcow2' }, limits).imageName?.key).toBe('vms.create.error.imageNotOnNode');
  });
  it('keeps numbers within the free resources', () => {
    const problems = validateCreateVm({ ...valid, gpuCount: 4, cpuCores: 49, memoryGiB: 101, diskGiB: 2001 }, limits);
    expect(problems.gpuCount).toEqual({ key: 'vms.create.error.free', params: { max: 3 } });
    expect(problems.cpuCores).toEqual({ key: 'vms.create.error.free', params: { max: 48 } });
    expect(problems.memoryGiB).toEqual({ key: 'vms.create.error.free', params: { max: 100 } });
    expect(problems.diskGiB).toEqual({ key: 'vms.create.error.free', params: { max: 2000 } });
  });
  it('allows zero GPUs but not zero CPU, memory or disk, and only whole numbers', () => {
    const problems = validateCreateVm({ ...valid, gpuCount: 0, cpuCores: 0, memoryGiB: 1.5, diskGiB: undefined }, limits);
    expect(problems.gpuCount).toBeUndefined();
    expect(problems.cpuCores?.key).toBe('vms.create.error.min');
    expect(problems.memoryGiB?.key).toBe('vms.create.error.integer');
    expect(problems.diskGiB?.key).toBe('vms.create.error.required');
  });
  it('wants vnc_port in [5900, 65535]', () => {
    expect(validateCreateVm({ ...valid, vncPort: 5899 }, limits).vncPort).toEqual({ key: 'vms.create.error.portRange', params: { min: 5900, max: 65535 } });
    expect(validateCreateVm({ ...valid, vncPort: 65536 }, limits).vncPort?.key).toBe('vms.create.error.portRange');
    expect(validateCreateVm({ ...valid, vncPort: 5900 }, limits).vncPort).toBeUndefined();
  });
  it('refuses a port a running VM on the node holds, naming it; a stopped VM does not hold its ports', () => {
    expect(validateCreateVm({ ...valid, sshPort: 20022 }, limits).sshPort).toEqual({ key: 'vms.create.error.portUsed', params: { port: 20022, kind: 'SSH', vm: 'vm-a' } });
    expect(validateCreateVm({ ...valid, vncPort: 5910 }, limits).vncPort?.params).toMatchObject({ kind: 'VNC' });
    expect(validateCreateVm({ ...valid, sshPort: 20023 }, limits).sshPort).toBeUndefined();
  });
  it('refuses the same port for login and VNC', () => {
    expect(validateCreateVm({ ...valid, sshPort: 6000, vncPort: 6000 }, limits).vncPort?.key).toBe('vms.create.error.portTwice');
  });
  it('checks the RDP port for Windows and ignores the SSH one', () => {
    const windows = { ...valid, operatingSystem: 'windows' as const, sshPort: undefined, rdpPort: 20022 };
    const problems = validateCreateVm(windows, limits);
    expect(problems.rdpPort?.key).toBe('vms.create.error.portUsed');
    expect(problems.sshPort).toBeUndefined();
  });
});

describe('toCreateInput', () => {
  it('sends only the login port of the OS and trims the description', () => {
    expect(toCreateInput({ ...valid, rdpPort: 3389, description: '  train  ' }, 'n1')).toEqual({
      nodeId: 'n1', imageName: 'ubuntu.qcow2', operatingSystem: 'ubuntu', biosMode: 'legacy', gpuCount: 1, cpuCores: 8, memoryGiB: 32, diskGiB: 200, sshPort: 20030, vncPort: 5901, description: 'train',
    });
    expect(toCreateInput({ ...valid, operatingSystem: 'windows', rdpPort: 3389 }, 'n1')).toMatchObject({ rdpPort: 3389 });
    expect(toCreateInput({ ...valid, operatingSystem: 'windows', rdpPort: 3389 }, 'n1')).not.toHaveProperty('sshPort');
  });
});

describe('portWarnings: ports of VMs that are not running', () => {
  it("warns about a stopped VM's port, naming it by name and id; no warning for free or running VMs' ports", () => {
    expect(portWarnings({ ...valid, sshPort: 20023, vncPort: 5911 }, limits)).toEqual({
      sshPort: { key: 'vmCreate.warning.portOfStoppedVm', params: { port: 20023, kind: 'SSH', vm: 'vm-b', id: 'b' } },
      vncPort: { key: 'vmCreate.warning.portOfStoppedVm', params: { port: 5911, kind: 'VNC', vm: 'vm-b', id: 'b' } },
    });
    expect(portWarnings({ ...valid, sshPort: 20022 }, limits)).toEqual({});
    expect(portWarnings(valid, limits)).toEqual({});
    // Windows: the RDP port is the login port; the SSH one is not sent.
    expect(portWarnings({ ...valid, operatingSystem: 'windows', sshPort: 20023, rdpPort: 20023 }, limits)).toEqual({ rdpPort: expect.objectContaining({ key: 'vmCreate.warning.portOfStoppedVm' }) });
  });
});

describe('defaults', () => {
  it('picks ports no VM on the node has, running or not, and a valid first form', () => {
    expect(freePort(20022, limits)).toBe(20024);
    const suspendedAndErrored = nodeLimits(node, [vm('s', 'suspended', [['ssh', 20022], ['vnc', 5900]]), vm('e', 'error', [['ssh', 20023], ['vnc', 5901]]), vm('x', 'stopped', [['vnc', 5902]])]);
    const form = defaultCreateForm(suspendedAndErrored);
    expect(form).toMatchObject({ sshPort: 20024, vncPort: 5903 });
    expect(validateCreateVm(form, suspendedAndErrored)).toEqual({});
    expect(portWarnings(form, suspendedAndErrored)).toEqual({});
    expect(defaultCreateForm(limits).vncPort).toBe(5900);
  });
});

describe('fieldOfCreateError: the node message lands at its field', () => {
  it.each([
    ["'image_name' is not exist (path:/data/x.qcow2)", 'imageName'],
    ['allocate gpu failed', 'gpuCount'],
    ['allocate cpu failed', 'cpuCores'],
    ['allocate mem failed', 'memoryGiB'],
    ['disk_size is invalid (usage: disk_size > 0)', 'diskGiB'],
    ['vnc_port is invalid (usage: [5900, 65535])', 'vncPort'],
    ['ssh_port is not digit', 'sshPort'],
    ['unsupported bios mode: x', 'biosMode'],
  ])('%s -> %s', (message, field) => {
    expect(fieldOfCreateError(message, valid)).toBe(field);
  });
  it('maps a port conflict by the number we sent, whatever kind the other VM uses it for', () => {
    expect(fieldOfCreateError('port conflict, exist ssh_port = 20030', valid)).toBe('sshPort');
    expect(fieldOfCreateError('port conflict, exist ssh_port = 5901', valid)).toBe('vncPort');
    expect(fieldOfCreateError('port conflict, exist vnc_port = 1', valid)).toBeUndefined();
  });
  it('leaves unknown messages to the form-level alert', () => {
    expect(fieldOfCreateError('check authority failed: session_id is invalid', valid)).toBeUndefined();
  });
});

describe('fieldOfNodeMessage: modify refusals land at their field', () => {
  const fields = ['sshPort', 'rdpPort', 'vncPort', 'gpuCount', 'cpuCores', 'memoryGiB'] as const;
  it.each([
    ['new_vnc_port 5800 is invalid! (usage: 5900 =< port <= 65535)', 'vncPort'],
    ['new_ssh_port 20022 has been used!', 'sshPort'],
    ['new_ssh_port and new_rdp_port are the same!', 'rdpPort'],
    ['allocate mem failed', 'memoryGiB'],
    ['new cpu cores is invalid', 'cpuCores'],
    ['allocate gpu failed', 'gpuCount'],
  ])('%s -> %s', (message, field) => {
    expect(fieldOfNodeMessage(message, fields)).toBe(field);
  });
  it('a message about a field the form does not have, or no field, stays above the form', () => {
    expect(fieldOfNodeMessage('image_name is invalid', fields)).toBeUndefined();
    expect(fieldOfNodeMessage('check authority failed: session_id is invalid', fields)).toBeUndefined();
  });
});
