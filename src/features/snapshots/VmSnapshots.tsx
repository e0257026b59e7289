import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Alert, Skeleton, Space } from 'antd';
import { useState } from 'react';
import type { Connection } from '@/domain/connections/types';
import { snapshotTargetOf } from '@/domain/snapshots/target';
import type { Vm } from '@/domain/vms/types';
import { ProviderErrorView } from '@/shared/errors/ProviderErrorView';
import { useT } from '@/shared/i18n/useT';
import { vmDetailQueryOptions } from '@/shared/vms/queries';
import { SnapshotTreePanel } from './SnapshotTreePanel';

interface Props {
  connection: Connection;
  vmId: string;
  volumeId?: string;
  selectedId?: string;
  compareId?: string;
  onSelect(id: string | undefined, compareId?: string): void;
}

/** One VM's tree: the VM is read first (its node and state make the target). */
export function VmSnapshotsById(props: Props) {
  const t = useT();
  const query = useQuery({ ...vmDetailQueryOptions(props.connection, props.vmId), meta: { silent: true } });
  if (query.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (!query.data) return <Alert type="error" showIcon title={t('snapshots.tree.loadFailed')} description={<ProviderErrorView error={query.error} />} />;
  return <VmSnapshots {...props} vm={query.data} />;
}

export function VmSnapshots({ connection, vm, volumeId, selectedId, compareId, onSelect }: Omit<Props, 'vmId'> & { vm: Vm }) {
  const target = snapshotTargetOf(vm, volumeId ? { volumeId } : {});
  return <SnapshotTreePanel connection={connection} target={target} targetName={vm.name} vm={vm} selectedId={selectedId} compareId={compareId} onSelect={onSelect} />;
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
