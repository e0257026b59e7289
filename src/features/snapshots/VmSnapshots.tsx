import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Alert, Select, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import type { Connection } from '@/domain/connections/types';
import { snapshotTargetOf } from '@/domain/snapshots/target';
import type { Vm } from '@/domain/vms/types';
import { ProviderErrorView } from '@/shared/errors/ProviderErrorView';
import { useT } from '@/shared/i18n/useT';
import { snapshotTreeQueryOptions } from '@/shared/snapshots/queries';
import { vmDetailQueryOptions } from '@/shared/vms/queries';
import { SnapshotTreePanel } from './SnapshotTreePanel';

interface Props {
  connection: Connection;
  vmId: string;
  volumeId?: string;
  selectedId?: string;
  compareId?: string;
  onSelect(id: string | undefined, compareId?: string): void;
  /** Where the page can switch between the whole VM and one of its volumes (51idc, ZStack). */
  onVolume?(volumeId: string | undefined): void;
}

/** Providers that snapshot each volume on its own: the tree can be of the whole VM or of one volume. */
const PER_VOLUME: ReadonlySet<string> = new Set(['idc51', 'zstack']);

/** One VM's tree: the VM is read first (its node and state make the target). */
export function VmSnapshotsById(props: Props) {
  const t = useT();
  const query = useQuery({ ...vmDetailQueryOptions(props.connection, props.vmId), meta: { silent: true } });
  if (query.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (!query.data) return <Alert type="error" showIcon title={t('snapshots.tree.loadFailed')} description={<ProviderErrorView error={query.error} />} />;
  return <VmSnapshots {...props} vm={query.data} />;
}

export function VmSnapshots({ connection, vm, volumeId, selectedId, compareId, onSelect, onVolume }: Omit<Props, 'vmId'> & { vm: Vm }) {
  const target = snapshotTargetOf(vm, volumeId ? { volumeId } : {});
  const panel = <SnapshotTreePanel connection={connection} target={target} targetName={vm.name} vm={vm} selectedId={selectedId} compareId={compareId} onSelect={onSelect} />;
  if (!onVolume || !PER_VOLUME.has(connection.provider)) return panel;
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <VolumePicker connection={connection} vm={vm} volumeId={volumeId} onVolume={onVolume} />
      {panel}
    </Space>
  );
}

/**
 * Whole VM or one volume: the volumes are the scopes of the whole VM's tree (one "now" per volume), the
 * same read the whole-VM view makes (cached when coming from it).
 */
function VolumePicker({ connection, vm, volumeId, onVolume }: { connection: Connection; vm: Vm; volumeId?: string; onVolume(volumeId: string | undefined): void }) {
  const t = useT();
  const whole = useQuery({ ...snapshotTreeQueryOptions(connection, snapshotTargetOf(vm)), meta: { silent: true } });
  const volumes = (whole.data?.positions ?? []).map((p) => p.scope).filter((scope) => scope.kind === 'volume');
  const known = volumes.some((v) => v.id === volumeId);
  const label = (name: string, role?: 'root' | 'data') => (role === 'root' ? t('snapshots.all.picker.root', { name }) : role === 'data' ? t('snapshots.all.picker.data', { name }) : name);
  return (
    <Space>
      <Typography.Text>{t('snapshots.all.picker.label')}</Typography.Text>
      <Select
        data-testid="snapshot-volume-picker"
        aria-label={t('snapshots.all.picker.label')}
        style={{ minWidth: 280 }}
        loading={whole.isPending}
        value={volumeId ?? ''}
        options={[
          { value: '', label: t('snapshots.all.picker.whole') },
          ...volumes.map((v) => ({ value: v.id, label: label(v.name ?? v.id, v.role) })),
          // A volume named by the URL that the VM's tree does not list (yet): still selectable as it is.
          ...(volumeId && !known && !whole.isPending ? [{ value: volumeId, label: volumeId }] : []),
        ]}
        onChange={(value: string) => onVolume(value || undefined)}
      />
    </Space>
  );
}

/** The VM detail's Snapshots tab: the same tree view, with its selection kept on the tab. */
export function VmSnapshotsTab({ connection, vm }: { connection: Connection; vm: Vm }) {
  const t = useT();
  const [selection, setSelection] = useState<{ id?: string; compare?: string }>({});
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="vm-snapshots">
      <Link to="/snapshots" search={{ connection: connection.id, vm: vm.id, snapshot: selection.id, compare: selection.compare }}>
        {t('vms.detail.snapshotsOpen')}
      </Link>
      <VmSnapshots connection={connection} vm={vm} selectedId={selection.id} compareId={selection.compare} onSelect={(id, compare) => setSelection({ id, compare })} />
    </Space>
  );
}
