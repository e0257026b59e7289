import type { VsdBatchComputeItem, VsdComputeDisk, VsdComputeInspect, VsdSnapshot } from '../../src/api/vsd/types';
import { agentState } from './rules/power';
import { snapshotAttr } from './rules/snapshots';
import type { ComputeRecord, DiskRecord, NicRecord, SnapshotRecord, VsdState } from './state';

/** Response shapes built from state records, field for field as the docs' examples show them. */

/** GetVsdSnapshotResponse. tenant/tenant_name/namespace are "" and vm_detail null in every seed example. */
export function snapshotView(computeUuid: string, record: SnapshotRecord, now: number, inList = false): VsdSnapshot {
  const view: VsdSnapshot = {
    tenant: '',
    tenant_name: '',
    namespace: '',
    uuid: record.uuid,
    compute_uuid: computeUuid,
    name: record.name,
    description: record.description,
    ctime: record.ctime,
    vm_detail: null,
    screenshot_url: '',
    domain_remote_url: '',
    disk_snapshot_list: record.disks.map((disk) => ({ ...disk })),
    attr: snapshotAttr(record, now),
  };
  // Only list items carry screenshot_url_ssl, placed right after screenshot_url as in the seed.
  if (!inList) return view;
  const { domain_remote_url, disk_snapshot_list, attr, ...head } = view;
  return { ...head, screenshot_url_ssl: '', domain_remote_url, disk_snapshot_list, attr };
}

const tenantName = (state: VsdState, uuid: string) => state.tenants.find((tenant) => tenant.uuid === uuid)?.name ?? '';
const clusterName = (state: VsdState, uuid: string) => state.clusters.find((cluster) => cluster.uuid === uuid)?.name ?? '';
const namespaceOf = (state: VsdState, uuid: string) => state.tenants.find((tenant) => tenant.uuid === uuid)?.namespace ?? '';

function diskView(disk: DiskRecord): VsdComputeDisk {
  const base = { disk_target_device: disk.targetDev, disk_target_bus: disk.bus, disk_cache_mode: 'none', disks_serial: `T001-${disk.volumeUuid.slice(-16).replace(/-/g, '')}`, wwn: disk.volumeUuid.replace(/-/g, '').slice(0, 16), disk_is_system: disk.isSystem };
  switch (disk.kind) {
    case 'vsd':
      return { ...base, disk_vsd_source: { volume_uuid: disk.volumeUuid, volume_name: disk.volumeName, disk_capacity: disk.capacity, pool_uuid: disk.poolUuid, pool_name: disk.poolName, replica: '2', drive_type: 'HDD', redundancy: 2, attribute: null, vsd_vendor: 'LIBTARGET' } };
    case 'volume':
      return { ...base, disk_volume_source: { volume_uuid: disk.volumeUuid, volume_name: disk.volumeName, disk_capacity: disk.capacity, storage_uuid: disk.poolUuid, storage_name: disk.poolName } };
    case 'block':
      return { ...base, disk_block_source: { path: `/dev/disk/by-id/${disk.volumeName}`, disk_capacity: disk.capacity } };
    case 'passthrough':
      return { ...base, disk_source_passthrough: { host_device: disk.volumeName, disk_capacity: disk.capacity } };
  }
}

function nicView(nic: NicRecord) {
  return { interface_id: nic.id, interface_model_type: 'virtio', interface_type: nic.network, mac_address: nic.mac, target_dev: '', port_group: nic.portGroup, port_group_name: nic.network, vlan_tag_ids: [14], driver: null, vhost_queue: 0, bound_ip: nic.ip, name: '' };
}

/** Fields shared by the list item and inspect (order follows the compute doc's examples). */
function commonFields(state: VsdState, compute: ComputeRecord, now: number) {
  const running = compute.state === 'running';
  return {
    tenant: compute.tenant,
    tenant_name: tenantName(state, compute.tenant),
    owner_is_ldap: false,
    owner: '',
    owner_name: '',
    uuid: compute.uuid,
    name: compute.name,
    type: compute.type,
    create_time: compute.createTime,
    modify_time: compute.modifyTime,
    deleted_time: 0,
    state: compute.state,
    ga_state: agentState(compute, now),
    action: compute.action,
    os: compute.os,
    first_shown_ip: running ? (compute.nics[0]?.ip ?? '') : '',
    vdc_agent: '',
    vdc_agent_list: null,
    vdc_pool_uuid: '',
    vdc_pool_name: '',
    create_type: '',
    namespace: namespaceOf(state, compute.tenant),
    machine_uuid: running ? compute.machineUuid : '',
    labels: null,
    interface_ips: running ? compute.nics.map((nic) => nic.ip) : [],
    attr: Object.keys(compute.attr).length ? { ...compute.attr } : null,
    object_group: 'e9017aa7-e19b-47b0-b638-e639aa9451c6',
    object_group_name: 'default',
    zone: '2871bab9-d6ed-4100-8d74-9c4442b52bb5',
    zone_name: 'default',
    recover_to_related_zones: 2,
    master_zone_take_over: 2,
    spice_port_mapping: true,
    console_server_listen_port: 0,
    task_tag: 0,
  };
}

/** `/v1/compute/list` item: the common fields plus statistic and `interface` (note: not `interfaces`). */
export function computeListItem(state: VsdState, compute: ComputeRecord, now: number) {
  const running = compute.state === 'running';
  const used = compute.disks.reduce((sum, disk) => sum + Math.round(disk.capacity * 0.37), 0);
  return {
    ...commonFields(state, compute, now),
    statistic: {
      cpu: { ratio: running ? 0.12 : 0, logical: compute.cpu, physical: 0 },
      mem: { ratio: running ? 0.46 : 0, logical: compute.memBytes, physical: 0 },
      disk: { rd_bytes: 0, wr_bytes: 0, total: 0, used: 0, used_percent: 0 },
      network: { rx_bytes: 0, tx_bytes: 0 },
    },
    interface: compute.nics.map(({ mac, network, portGroup }) => ({ interface_type: network, mac_address: mac, target_dev: '', port_group: portGroup, vlan_tag_ids: [14], driver: null, vhost_queue: 0, name: '' })),
    is_external_disk: compute.disks.some((disk) => disk.kind === 'volume'),
    kvm_clock_enable: true,
    virt_nested_enable: false,
    memory_huge_pages_enable: false,
    total_used: used,
    has_passthrough_disk: compute.disks.some((disk) => disk.kind === 'passthrough'),
    cluster_uuid: compute.clusterUuid,
    cluster_name: clusterName(state, compute.clusterUuid),
  };
}

/** `/v1/compute/inspect` data: ClusterIdentifier + ComputeInspectInfo. */
export function computeInspect(state: VsdState, compute: ComputeRecord, now: number): VsdComputeInspect {
  const sockets = compute.cpu >= 8 ? 2 : 1;
  return {
    ...commonFields(state, compute, now),
    mem_size: compute.memBytes,
    mem_max: 274877906944,
    memory_qos: { hard_limit: 0, soft_limit: 0, swap_hard_limit: 0, min_guarantee: 0 },
    compute_name: '',
    ha_mode: 'on',
    os_loader_path: 'BIOS',
    video: [{ model_type: 'qxl', heads: 1, ram_size: 131072, vga_mem: 32768 }],
    startup_setting: { hosts: null, labels: null },
    vnc_enable: false,
    ha_config: { priority: 0 },
    baseline: 'Haswell-noTSX-IBRS',
    cpu_current: String(compute.cpu),
    cpu_max_count: compute.cpu * 2,
    cpu_nr_count: 0,
    cpu_sockets: sockets,
    cpu_socket_cores: Math.ceil(compute.cpu / sockets),
    spice_port: compute.spicePort,
    panic: 'on',
    interfaces: compute.nics.map(nicView),
    cdrom: {},
    floppy: {},
    disks: compute.disks.map(diskView),
    device_order: [compute.disks[0]?.targetDev ?? 'sda', 'hdd', 'fda'],
    is_external_disk: compute.disks.some((disk) => disk.kind === 'volume'),
    has_passthrough_disk: compute.disks.some((disk) => disk.kind === 'passthrough'),
    kvm_clock_enable: true,
    virt_nested_enable: false,
    data_localization_mode_on: 'off',
    pci_devices: null,
    mdev_devices: null,
    tpm_devices: null,
    cluster_uuid: compute.clusterUuid,
    cluster_name: clusterName(state, compute.clusterUuid),
  };
}

/** A batch power item's data: the identifier echoed back (compute doc example). */
export function batchItem(state: VsdState, compute: Pick<ComputeRecord, 'uuid' | 'name' | 'clusterUuid' | 'tenant'>): VsdBatchComputeItem {
  return { cluster_uuid: compute.clusterUuid, cluster_name: clusterName(state, compute.clusterUuid), tenant: compute.tenant, compute_uuid: compute.uuid, compute_name: compute.name, owner: '', vdc_agent: '', vdc_agent_list: null, desktop_pool_uuid: '' };
}
