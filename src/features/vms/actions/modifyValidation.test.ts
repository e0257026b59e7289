import type { UsedPort } from '../create/ports';
import { toModifyOptions, validateModify } from './modifyValidation';

const used: UsedPort[] = [{ port: 20022, kind: 'ssh', vmId: 'a', vmName: 'vm-a' }];

describe('validateModify', () => {
  it('needs at least one field', () => {
    expect(validateModify({}, used)).toEqual({ form: { key: 'vms.modify.error.nothing' } });
  });
  it('checks ports: range, vnc >= 5900, not held by another VM, ssh != rdp', () => {
    expect(validateModify({ sshPort: 70000 }, used).sshPort?.key).toBe('vms.create.error.portRange');
    expect(validateModify({ vncPort: 5800 }, used).vncPort?.key).toBe('vms.create.error.portRange');
    expect(validateModify({ sshPort: 20022 }, used).sshPort?.key).toBe('vms.create.error.portUsed');
    expect(validateModify({ sshPort: 3000, rdpPort: 3000 }, used).rdpPort?.key).toBe('vms.create.error.portTwice');
  });
  it('checks custom port rules', () => {
    expect(validateModify({ customPorts: ['tcp,80', 'udp,111:222', 'tcp,333-444', 'udp,555-666:777-888'] }, used)).toEqual({});
    expect(validateModify({ customPorts: ['tcp,80', 'http 80'] }, used).customPorts).toEqual({ key: 'vms.modify.error.customPort', params: { value: 'http 80' } });
  });
  it('sends only what was filled', () => {
    expect(toModifyOptions({ sshPort: 20100, gpuCount: 0, customPorts: [' tcp,80 ', ''] })).toEqual({ sshPort: 20100, gpuCount: 0, customPorts: ['tcp,80'] });
  });
});
