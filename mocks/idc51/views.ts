import type { Idc51Image, Idc51Instance, Idc51Snapshot, Idc51Volume } from '../../src/api/idc51/types';
import { chainSummary } from './rules/chains';
import { findInstance, findVolume, isoTime, type Idc51State, type ImageRecord, type InstanceRecord, type SnapshotRecord, type VolumeRecord } from './state';

/** Store records → the documented API items. */

function resourceName(state: Idc51State, point: SnapshotRecord): string {
  const live = point.resourceType === 'instance' ? findInstance(state, point.resourceId)?.name : findVolume(state, point.resourceId)?.name;
  return live ?? point.resourceName;
}

/**
 * snapshot_type goes out as the Int of the seed era (0/1): QingCloud returns Ints and the final 51idc example
 * still shows one. total_size/total_count/lastest_snapshot_time/head_chain are only filled on full points.
 */
export function snapshotView(state: Idc51State, point: SnapshotRecord, now: number): Idc51Snapshot {
  const summary = point.full ? chainSummary(state.snapshots, point) : undefined;
  return {
    snapshot_id: point.id,
    snapshot_name: point.name,
    description: point.description,
    snapshot_type: point.full ? 1 : 0,
    status: point.status,
    transition_status: point.transition,
    create_time: isoTime(point.createdAt),
    status_time: isoTime(point.statusAt),
    snapshot_time: isoTime(point.snapshotAt),
    is_taken: now >= point.takenAt ? 1 : 0,
    is_head: point.isHead ? 1 : 0,
    head_chain: summary?.holdsHead ? 1 : 0,
    root_id: point.rootId,
    parent_id: point.parentId,
    size: point.sizeMb,
    total_size: summary?.totalSizeMb ?? 0,
    total_count: summary?.totalCount ?? 0,
    lastest_snapshot_time: summary ? isoTime(summary.latestAt) : '',
    resource: { resource_id: point.resourceId, resource_name: resourceName(state, point), resource_type: point.resourceType },
  };
}

export function volumeView(state: Idc51State, volume: VolumeRecord): Idc51Volume {
  const host = volume.instanceId ? findInstance(state, volume.instanceId) : undefined;
  return {
    volume_id: volume.id,
    volume_name: volume.name,
    description: volume.description,
    size: volume.sizeGb,
    volume_type: volume.volumeType,
    status: volume.status,
    transition_status: volume.transition,
    create_time: isoTime(volume.createdAt),
    status_time: isoTime(volume.statusAt),
    instance: { device: host ? volume.device : '', instance_id: host?.id ?? '', instance_name: host?.name ?? '' },
  };
}

export function instanceView(state: Idc51State, instance: InstanceRecord): Idc51Instance {
  const disks = state.volumes.filter((v) => v.instanceId === instance.id && v.status !== 'ceased');
  const mac = [...instance.id.slice(-4)].map((c) => (c.charCodeAt(0) % 256).toString(16).padStart(2, '0')).join(':');
  return {
    instance_id: instance.id,
    instance_name: instance.name,
    description: instance.description,
    instance_type: instance.instanceType,
    vcpus_current: instance.vcpus,
    memory_current: instance.memoryMb,
    status: instance.status,
    transition_status: instance.transition,
    create_time: isoTime(instance.createdAt),
    status_time: isoTime(instance.statusAt),
    image: instance.imageId,
    vxnets: [{ vxnet_name: '基础网络 base', vxnet_type: 0, vxnet_id: 'vxnet-0', nic_id: `52:54:${mac}`, private_ip: instance.privateIp }],
    eip: { eip_name: instance.eipAddr ? `eip-${instance.name}` : '', eip_addr: instance.eipAddr, eip_id: instance.eipAddr ? `eip-${instance.id.slice(4)}` : '' },
    security_group: { security_group_id: 'sg-DEFAULT', security_group_name: '缺省防火墙 default', is_default: 1 },
    volumes: disks.map((v) => ({ volume_id: v.id, volume_name: v.name, volume_type: v.volumeType, size: v.sizeGb })),
    keypair_ids: [],
  };
}

export function imageView(image: ImageRecord): Idc51Image {
  return {
    image_id: image.id,
    image_name: image.name,
    description: image.description,
    status: image.status,
    transition_status: image.transition,
    create_time: isoTime(image.createdAt),
    status_time: isoTime(image.statusAt),
    size: image.sizeGb,
    platform: image.platform,
    os_family: image.osFamily,
    processor_type: '64bit',
    provider: image.provider,
    visibility: image.provider === 'system' ? 'public' : 'private',
    default_user: image.defaultUser,
    default_passwd: '',
    recommended_type: image.platform === 'windows' ? 'c2m4' : 'c1m1',
  };
}
