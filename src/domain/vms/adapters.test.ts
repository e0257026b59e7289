import type { DbcTaskDetail } from '@/api/dbc/types';
import type { Idc51Instance } from '@/api/idc51/types';
import type { VsdComputeInspect } from '@/api/vsd/types';
import type { ZStackVmInstanceInventory } from '@/api/zstack/types';
import { dbcDetailToVm, dbcSummaryToVm } from './adapt/dbc';
import { idc51InstanceToVm } from './adapt/idc51';
import { vsdInspectToVm, vsdSummaryToVm } from './adapt/vsd';
import { zstackVmToVm } from './adapt/zstack';
import { gsonDateToIso, serverTimeToIso } from './dates';
import { createAdditional, modifyAdditional } from './dbc';
import { parseSizeString } from './units';

const GiB = 1024 ** 3;
const node = '58fb618aa482c41114eb3cfdaefd3ba183172da9e25251449d045043fbd37f45';

/** An era-C task detail as docs/providers/dbc.md §4.3 lists its fields. */
const linuxDetail: DbcTaskDetail = {
  task_id: '7a7F4y4wjLSDUtK7nKQNNG', os: 'ubuntu', ssh_ip: '203.0.113.10', ssh_port: '5684', user_name: 'dbc', login_password: 'Xy12ab34Cd',
  cpu_cores: 8, gpu_count: 2, mem_size: '8G', disk_system: '350G', vnc_port: '5904', vnc_password: 'Xy12ab34', create_time: '2024-05-01 10:00:00',
  desc: '', status: 'running',
  disks: [{ name: 'vda', size: '350G', source_file: '/data/vm.qcow2' }, { name: 'vdb', size: '10G', source_file: '/data/data_1.qcow2' }],
  interface: [{ name: 'vnet0', type: 'network', mac_address: '52:54:00:aa:bb:cc' }],
};

describe('DBC task -> Vm', () => {
  it('maps the era-C detail: resources, disks, SSH + VNC login, node location, node time as UTC+8', () => {
    const vm = dbcDetailToVm(linuxDetail, { connectionId: 'c1', nodeId: node });
    expect(vm).toMatchObject({
      key: 'c1/7a7F4y4wjLSDUtK7nKQNNG', id: '7a7F4y4wjLSDUtK7nKQNNG', name: '7a7F4y4wjLSDUtK7nKQNNG', provider: 'dbc', status: 'running', providerStatus: 'running',
      location: { kind: 'node', id: node }, cpuCores: 8, gpuCount: 2, memoryBytes: 8 * GiB, diskBytes: 360 * GiB, os: 'ubuntu', createdAt: '2024-05-01T02:00:00.000Z',
    });
    // vda is the fixed system disk, the rest is the data disk asked for at create.
    expect(vm.diskParts).toEqual({ systemBytes: 350 * GiB, dataBytes: 10 * GiB });
    expect(vm.login).toEqual([
      { protocol: 'ssh', host: '203.0.113.10', port: 5684, user: 'dbc', password: 'Xy12ab34Cd' },
      { protocol: 'vnc', host: '203.0.113.10', port: 5904, password: 'Xy12ab34' },
    ]);
  });

  it('Windows gives RDP, even when an era-B detail also carries ssh_port; era B sizes come from disk_system + disk_data', () => {
    const eraB = { ...linuxDetail, os: 'windows', ssh_port: '20022', rdp_port: '20389', disks: [], disk_data: '10G', user_name: 'Administrator' };
    const vm = dbcDetailToVm(eraB, { connectionId: 'c1', nodeId: node });
    expect(vm.login.map((l) => `${l.protocol}:${l.port}:${l.user ?? ''}`)).toEqual(['rdp:20389:Administrator', 'vnc:5904:']);
    expect(vm.diskBytes).toBe(360 * GiB);
    expect(vm.diskParts).toEqual({ systemBytes: 350 * GiB, dataBytes: 10 * GiB });
    // A VM created without a data disk has only the system disk; a size the node did not give leaves no breakdown.
    expect(dbcDetailToVm({ ...linuxDetail, disks: [linuxDetail.disks[0]!] }, { connectionId: 'c1', nodeId: node }).diskParts).toEqual({ systemBytes: 350 * GiB, dataBytes: 0 });
    expect(dbcDetailToVm({ ...eraB, disk_data: undefined }, { connectionId: 'c1', nodeId: node }).diskParts).toBeUndefined();
  });

  it('a list entry alone gives a row without login; the description is the name', () => {
    const vm = dbcSummaryToVm({ task_id: 't1', create_time: 'not a time', desc: 'LLaMA fine-tune', status: 'being shutdown' }, { connectionId: 'c1', nodeId: node });
    expect(vm).toMatchObject({ name: 'LLaMA fine-tune', status: 'stopping', providerStatus: 'being shutdown', login: [], createdAt: undefined });
  });

  it('create sends every value as a string, ssh_port for Linux and rdp_port for Windows', () => {
    const base = { nodeId: node, imageName: 'ubuntu.qcow2', biosMode: 'uefi' as const, gpuCount: 0, cpuCores: 4, memoryGiB: 16, diskGiB: 100, sshPort: 20022, rdpPort: 20389, vncPort: 5901 };
    expect(createAdditional({ ...base, operatingSystem: 'ubuntu' })).toEqual({
      image_name: 'ubuntu.qcow2', operation_system: 'ubuntu', bios_mode: 'uefi', gpu_count: '0', cpu_cores: '4', mem_size: '16', disk_size: '100', vnc_port: '5901', ssh_port: '20022',
    });
    const windows = createAdditional({ ...base, operatingSystem: 'windows', description: 'desk' });
    expect(windows).toMatchObject({ rdp_port: '20389', desc: 'desk' });
    expect(windows).not.toHaveProperty('ssh_port');
    expect(Object.values(windows).every((v) => typeof v === 'string')).toBe(true);
  });

  it('modify sends only the given fields, as strings', () => {
    expect(modifyAdditional({ vncPort: 5990, memoryGiB: 32, customPorts: ['tcp,123'] })).toEqual({ new_vnc_port: '5990', new_mem_size: '32', new_custom_port: ['tcp,123'] });
    expect(modifyAdditional({})).toEqual({});
  });
});

describe('ZStack VmInstanceInventory -> Vm', () => {
  it('maps state, cpu, memory bytes, volume sizes (not memory volumes), cluster and Gson dates', () => {
    const inventory: ZStackVmInstanceInventory = {
      uuid: '3f9e1d7c5b3a4e2d9c8b7a6f5e4d3c2b', name: 'web-server-01', state: 'Stopping', cpuNum: 4, memorySize: 8 * GiB, clusterUuid: 'cl1', zoneUuid: 'z1',
      platform: 'Linux', createDate: 'Nov 14, 2017 2:20:57 PM',
      allVolumes: [
        { size: 40 * GiB, type: 'Root' },
        { size: 100 * GiB, type: 'Data' },
        { size: 8 * GiB, type: 'Memory' },
      ] as ZStackVmInstanceInventory['allVolumes'],
    };
    expect(zstackVmToVm(inventory, 'z')).toMatchObject({
      id: inventory.uuid, status: 'stopping', providerStatus: 'Stopping', cpuCores: 4, memoryBytes: 8 * GiB, diskBytes: 140 * GiB, os: 'Linux',
      location: { kind: 'cluster', id: 'cl1' }, createdAt: '2017-11-14T06:20:57.000Z', login: [],
    });
  });

  it('lists the data volumes by device id, with the template each was made from when the inventory names it', () => {
    const inventory: ZStackVmInstanceInventory = {
      uuid: 'vm1', name: 'db', state: 'Stopped',
      allVolumes: [
        { uuid: 'root', name: 'ROOT-for-db', size: 40 * GiB, type: 'Root', rootImageUuid: 'centos', deviceId: 0 },
        { uuid: 'new', name: 'mysql-extra', size: 100 * GiB, type: 'Data', rootImageUuid: 'tpl', deviceId: 2 },
        { uuid: 'old', name: '', size: 500 * GiB, type: 'Data', deviceId: 1 },
      ] as ZStackVmInstanceInventory['allVolumes'],
    };
    expect(zstackVmToVm(inventory, 'z').dataVolumes).toEqual([
      { id: 'old', name: 'old', sizeBytes: 500 * GiB },
      { id: 'new', name: 'mysql-extra', sizeBytes: 100 * GiB, templateId: 'tpl' },
    ]);
  });
});

describe('vsd compute -> Vm', () => {
  it('list item: state + action, statistic cpu/mem, Unix create_time', () => {
    const vm = vsdSummaryToVm({ uuid: 'u1', name: 'db', state: 'running', action: 'migrating', cluster_uuid: 'cl', cluster_name: 'Cluster A', create_time: 1631166673, os: 'CentOS', statistic: { cpu: { logical: 8 }, mem: { logical: 32 * GiB } } }, 'v', 'fallback');
    expect(vm).toMatchObject({ status: 'running', providerStatus: 'running · migrating', cpuCores: 8, memoryBytes: 32 * GiB, location: { kind: 'cluster', id: 'cl', name: 'Cluster A' }, createdAt: '2021-09-09T05:51:13.000Z' });
  });

  it('inspect: cpu_current (a string), mem_size, every disk source capacity', () => {
    const inspect = {
      uuid: 'u1', name: 'db', state: 'shutoff', action: 'noaction', cpu_current: '2', mem_size: 4 * GiB, cluster_uuid: 'cl',
      disks: [{ disk_vsd_source: { disk_capacity: 20 * GiB } }, { disk_source_passthrough: { disk_capacity: 1024 * GiB } }],
    } as unknown as VsdComputeInspect;
    expect(vsdInspectToVm(inspect, 'v', 'cl')).toMatchObject({ status: 'stopped', providerStatus: 'shutoff', cpuCores: 2, memoryBytes: 4 * GiB, diskBytes: 1044 * GiB });
  });
});

describe('51idc instance -> Vm', () => {
  it('MB memory, GB volumes, zone location, transition as the provider status', () => {
    const instance = {
      instance_id: 'ins-1', instance_name: '', description: 'nginx', vcpus_current: 2, memory_current: 4096, status: 'running', transition_status: 'stopping',
      create_time: '2016-07-15T16:20:05Z', volumes: [{ volume_id: 'v', volume_name: 'root', volume_type: 0, size: 50 }],
    } as unknown as Idc51Instance;
    expect(idc51InstanceToVm(instance, 'i', 'ac1')).toMatchObject({
      name: 'ins-1', status: 'stopping', providerStatus: 'stopping', cpuCores: 2, memoryBytes: 4 * GiB, diskBytes: 50 * GiB, location: { kind: 'zone', id: 'ac1' }, createdAt: '2016-07-15T16:20:05.000Z', description: 'nginx',
    });
  });
});

describe('units and dates', () => {
  it('parses DBC size strings', () => {
    expect(['8G', '15.50G', '512M', '2T', '8', '', 'lots'].map(parseSizeString)).toEqual([8 * GiB, 15.5 * GiB, 512 * 1024 ** 2, 2048 * GiB, 8 * GiB, undefined, undefined]);
  });
  it('zone-less server times are UTC+8; texts with a zone are kept; anything else is undefined', () => {
    expect(serverTimeToIso('2022-01-09 12:00:00')).toBe('2022-01-09T04:00:00.000Z');
    expect(serverTimeToIso('2016-07-15T16:20:05Z')).toBe('2016-07-15T16:20:05.000Z');
    expect(serverTimeToIso('yesterday')).toBeUndefined();
    expect(gsonDateToIso('Jan 1, 2024 12:05:00 AM')).toBe('2023-12-31T16:05:00.000Z');
  });
});
