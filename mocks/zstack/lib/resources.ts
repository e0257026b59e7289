/** The queryable resources: their REST path segment, Java inventory class, fields, relations and rendering. */
import { renderBackupStorage, renderDated, renderImage, renderSnapshot, renderTree, renderVm, renderVolume } from '../views';
import type { DefLookup, ResourceDef } from './query';
import type { ZStackState } from '../state';
import type { StateView } from './state-view';

export interface QueryableResource<R> extends ResourceDef<R> {
  list(): R[];
  render(record: R, options: { count: boolean }): Record<string, unknown>;
  /** Class names of nested object lists, for the reply's `schema` map. */
  nestedClasses?: Record<string, string>;
}

const DATES = ['createDate', 'lastOpDate'] as const;

/** Erases the record type once the definition has been checked against it. */
const def = <R>(resource: QueryableResource<R>) => resource as unknown as QueryableResource<unknown>;
const present = <T>(value: T | undefined): T[] => (value === undefined ? [] : [value]);
const asRecord = (value: unknown) => value as Record<string, unknown>;

const VM_FIELDS = ['uuid', 'name', 'description', 'zoneUuid', 'clusterUuid', 'imageUuid', 'hostUuid', 'lastHostUuid', 'instanceOfferingUuid', 'rootVolumeUuid', 'platform', 'architecture', 'guestOsType', 'defaultL3NetworkUuid', 'type', 'hypervisorType', 'memorySize', 'cpuNum', 'cpuSpeed', 'allocatorStrategy', 'state', ...DATES];
const VOLUME_FIELDS = ['uuid', 'name', 'description', 'primaryStorageUuid', 'vmInstanceUuid', 'diskOfferingUuid', 'rootImageUuid', 'installPath', 'type', 'format', 'size', 'actualSize', 'deviceId', 'state', 'status', 'isShareable', ...DATES];
const SNAPSHOT_FIELDS = ['uuid', 'name', 'description', 'type', 'volumeUuid', 'treeUuid', 'parentUuid', 'primaryStorageUuid', 'primaryStorageInstallPath', 'volumeType', 'format', 'latest', 'size', 'distance', 'state', 'status', 'groupUuid', ...DATES];
const TREE_FIELDS = ['uuid', 'volumeUuid', 'current', 'status', ...DATES];
const IMAGE_FIELDS = ['uuid', 'name', 'description', 'state', 'status', 'size', 'actualSize', 'md5Sum', 'url', 'mediaType', 'guestOsType', 'type', 'platform', 'architecture', 'format', 'system', 'virtio', ...DATES];
const BS_FIELDS = ['uuid', 'name', 'description', 'url', 'type', 'state', 'status', 'totalCapacity', 'availableCapacity', ...DATES];

/** Every queryable resource keyed by its path under /zstack/v1 (built per request over one state view). */
export function resourceRegistry(view: StateView): Record<string, QueryableResource<unknown>> {
  const s: ZStackState = view.state;
  const registry: Record<string, QueryableResource<unknown>> = {
    'vm-instances': def({
      inventoryClass: 'org.zstack.header.vm.VmInstanceInventory',
      fields: VM_FIELDS,
      dateFields: DATES,
      list: () => s.vms,
      render: (vm) => renderVm(vm, view) as Record<string, unknown>,
      relations: {
        allVolumes: { target: 'volumes', get: (vm) => view.volumesOfVm(vm.uuid) },
        rootVolume: { target: 'volumes', get: (vm) => present(view.volume(vm.rootVolumeUuid)) },
        image: { target: 'images', get: (vm) => present(view.image(vm.imageUuid)) },
        zone: { target: 'zones', get: (vm) => s.zones.filter((z) => z.uuid === vm.zoneUuid) },
        cluster: { target: 'clusters', get: (vm) => s.clusters.filter((c) => c.uuid === vm.clusterUuid) },
        host: { target: 'hosts', get: (vm) => s.hosts.filter((h) => h.uuid === vm.hostUuid) },
      },
      nested: { vmNics: (vm) => vm.vmNics.map(asRecord) },
      nestedClasses: { vmNics: 'org.zstack.header.vm.VmNicInventory', allVolumes: 'org.zstack.header.volume.VolumeInventory' },
    }),
    volumes: def({
      inventoryClass: 'org.zstack.header.volume.VolumeInventory',
      fields: VOLUME_FIELDS,
      dateFields: DATES,
      list: () => s.volumes,
      render: (volume) => renderVolume(volume) as unknown as Record<string, unknown>,
      relations: {
        vmInstance: { target: 'vm-instances', get: (v) => present(view.vm(v.vmInstanceUuid)) },
        snapshot: { target: 'volume-snapshots', get: (v) => view.snapshotsOfVolume(v.uuid) },
        image: { target: 'images', get: (v) => present(view.image(v.rootImageUuid)) },
        primaryStorage: { target: 'primary-storage', get: (v) => s.primaryStorages.filter((p) => p.uuid === v.primaryStorageUuid) },
      },
    }),
    'volume-snapshots': def({
      inventoryClass: 'org.zstack.header.storage.snapshot.VolumeSnapshotInventory',
      fields: SNAPSHOT_FIELDS,
      dateFields: DATES,
      list: () => s.snapshots,
      render: (snapshot) => renderSnapshot(snapshot) as unknown as Record<string, unknown>,
      relations: {
        volume: { target: 'volumes', get: (sn) => present(view.volume(sn.volumeUuid)) },
        tree: { target: 'volume-snapshots/trees', get: (sn) => present(view.tree(sn.treeUuid)) },
        primaryStorage: { target: 'primary-storage', get: (sn) => s.primaryStorages.filter((p) => p.uuid === sn.primaryStorageUuid) },
      },
      nested: { backupStorageRefs: (sn) => sn.backupStorageRefs.map(asRecord) },
      nestedClasses: { backupStorageRefs: 'org.zstack.header.storage.snapshot.VolumeSnapshotBackupStorageRefInventory' },
    }),
    'volume-snapshots/trees': def({
      inventoryClass: 'org.zstack.header.storage.snapshot.VolumeSnapshotTreeInventory',
      fields: TREE_FIELDS,
      dateFields: DATES,
      list: () => s.trees,
      render: (tree, { count }) => renderTree(tree, view, !count) as unknown as Record<string, unknown>,
      relations: { volume: { target: 'volumes', get: (t) => present(view.volume(t.volumeUuid)) } },
    }),
    images: def({
      inventoryClass: 'org.zstack.header.image.ImageInventory',
      fields: IMAGE_FIELDS,
      dateFields: DATES,
      list: () => s.images,
      render: (image) => renderImage(image) as unknown as Record<string, unknown>,
      relations: { backupStorage: { target: 'backup-storage', get: (i) => i.backupStorageRefs.flatMap((ref) => present(view.backupStorage(ref.backupStorageUuid))) } },
      nested: { backupStorageRefs: (i) => i.backupStorageRefs.map(asRecord) },
      nestedClasses: { backupStorageRefs: 'org.zstack.header.image.ImageBackupStorageRefInventory' },
    }),
    'backup-storage': def({
      inventoryClass: 'org.zstack.header.storage.backup.BackupStorageInventory',
      fields: BS_FIELDS,
      dateFields: DATES,
      list: () => s.backupStorages,
      render: (bs) => renderBackupStorage(bs) as unknown as Record<string, unknown>,
      relations: {
        image: { target: 'images', get: (bs) => view.imagesOnBackupStorage(bs.uuid) },
        zone: { target: 'zones', get: (bs) => s.zones.filter((z) => bs.attachedZoneUuids.includes(z.uuid)) },
      },
    }),
    zones: def({
      inventoryClass: 'org.zstack.header.zone.ZoneInventory',
      fields: ['uuid', 'name', 'description', 'state', 'type', ...DATES],
      dateFields: DATES,
      list: () => s.zones,
      render: (zone) => renderDated(zone),
    }),
    clusters: def({
      inventoryClass: 'org.zstack.header.cluster.ClusterInventory',
      fields: ['uuid', 'name', 'description', 'zoneUuid', 'hypervisorType', 'state', 'type', 'architecture', ...DATES],
      dateFields: DATES,
      list: () => s.clusters,
      render: (cluster) => renderDated(cluster),
      relations: { zone: { target: 'zones', get: (c) => s.zones.filter((z) => z.uuid === c.zoneUuid) } },
    }),
    hosts: def({
      inventoryClass: 'org.zstack.kvm.KVMHostInventory',
      fields: ['uuid', 'name', 'zoneUuid', 'clusterUuid', 'managementIp', 'hypervisorType', 'state', 'status', 'architecture', ...DATES],
      dateFields: DATES,
      list: () => s.hosts,
      render: (host) => renderDated(host),
      relations: { cluster: { target: 'clusters', get: (h) => s.clusters.filter((c) => c.uuid === h.clusterUuid) } },
    }),
    'instance-offerings': def({
      inventoryClass: 'org.zstack.header.configuration.InstanceOfferingInventory',
      fields: ['uuid', 'name', 'description', 'cpuNum', 'cpuSpeed', 'memorySize', 'type', 'allocatorStrategy', 'sortKey', 'state', ...DATES],
      dateFields: DATES,
      list: () => s.instanceOfferings,
      render: (offering) => renderDated(offering),
    }),
    'l3-networks': def({
      inventoryClass: 'org.zstack.header.network.l3.L3NetworkInventory',
      fields: ['uuid', 'name', 'description', 'zoneUuid', 'l2NetworkUuid', 'type', 'category', 'system', 'state', ...DATES],
      dateFields: DATES,
      list: () => s.l3Networks,
      // ipPrefix is the emulator's own DHCP pool, not part of the inventory.
      render: ({ ipPrefix: _pool, ...l3 }) => renderDated(l3),
      relations: { zone: { target: 'zones', get: (n) => s.zones.filter((z) => z.uuid === n.zoneUuid) } },
    }),
    'primary-storage': def({
      inventoryClass: 'org.zstack.header.storage.primary.PrimaryStorageInventory',
      fields: ['uuid', 'name', 'zoneUuid', 'url', 'type', 'state', 'status', 'totalCapacity', 'availableCapacity', ...DATES],
      dateFields: DATES,
      list: () => s.primaryStorages,
      render: (ps) => renderDated(ps),
    }),
  };
  return registry;
}

export function lookupIn(registry: Record<string, QueryableResource<unknown>>): DefLookup {
  return (key) => {
    const def = registry[key];
    if (!def) throw new Error(`no resource ${key}`);
    return def;
  };
}

const LEAF_CLASS = 'org.zstack.header.storage.snapshot.SnapshotLeafInventory';
const SNAPSHOT_CLASS = 'org.zstack.header.storage.snapshot.VolumeSnapshotInventory';

function leafSchema(leaf: Record<string, unknown>, path: string, out: Record<string, string>) {
  if (leaf.inventory) out[`${path}.inventory`] = SNAPSHOT_CLASS;
  const children = Array.isArray(leaf.children) ? (leaf.children as Record<string, unknown>[]) : [];
  children.forEach((child, i) => leafSchema(child, `${path}.children[${i}]`, out));
  out[path] = LEAF_CLASS;
}

/** JsonSchemaBuilder's map: JSON path → Java class, nested objects before their parent. */
export function buildSchema(resource: QueryableResource<unknown>, inventories: Record<string, unknown>[]): Record<string, string> {
  const out: Record<string, string> = {};
  inventories.forEach((inventory, i) => {
    const base = `inventories[${i}]`;
    for (const [field, className] of Object.entries(resource.nestedClasses ?? {})) {
      const list = inventory[field];
      if (Array.isArray(list)) list.forEach((_, j) => (out[`${base}.${field}[${j}]`] = className));
    }
    if (inventory.tree && typeof inventory.tree === 'object') leafSchema(inventory.tree as Record<string, unknown>, `${base}.tree`, out);
    out[base] = resource.inventoryClass;
  });
  return out;
}
