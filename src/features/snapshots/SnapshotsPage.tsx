import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Empty, Segmented, Space, Typography } from 'antd';
import type { Connection } from '@/domain/connections/types';
import { useConnections } from '@/shared/connections/hooks';
import { useT } from '@/shared/i18n/useT';
import { PageHeader } from '@/shared/ui/PageHeader';
import { vmDetailQueryOptions } from '@/shared/vms/queries';
import { AllSnapshots } from './AllSnapshots';
import type { SnapshotSearch } from './search';
import { SnapshotTargets } from './SnapshotTargets';
import { VmSnapshotsById } from './VmSnapshots';

interface Props {
  search: SnapshotSearch;
  onSearch(next: SnapshotSearch): void;
}

/** The Snapshots area: the targets table, or one target's tree when the URL names a VM. */
export function SnapshotsPage({ search, onSearch }: Props) {
  const t = useT();
  const connection = useConnections().find((c) => c.id === search.connection);
  if (!search.vm) {
    return (
      <>
        <PageHeader title={t('snapshots.title')} subtitle={<Typography.Text type="secondary">{t('snapshots.subtitle')}</Typography.Text>} />
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <Segmented
            aria-label={t('snapshots.all.view.label')}
            value={search.view ?? 'vms'}
            options={[
              { value: 'vms', label: t('snapshots.all.view.vms') },
              { value: 'snapshots', label: t('snapshots.all.view.snapshots') },
            ]}
            onChange={(view) => onSearch({ ...search, view: view === 'snapshots' ? 'snapshots' : undefined })}
          />
          {search.view === 'snapshots' ? <AllSnapshots search={search} onSearch={onSearch} /> : <SnapshotTargets search={search} onSearch={onSearch} />}
        </Space>
      </>
    );
  }
  const back = <Link to="/snapshots" search={{ connection: search.connection }}>{t('snapshots.back')}</Link>;
  if (!connection) return <Empty description={t('snapshots.unknownConnection', { id: search.connection ?? '' })}>{back}</Empty>;
  return (
    <>
      <PageHeader title={t('snapshots.title')} subtitle={<Typography.Text type="secondary">{connection.name} · <VmName connection={connection} vmId={search.vm} /></Typography.Text>} extra={back} />
      <VmSnapshotsById
        connection={connection}
        vmId={search.vm}
        volumeId={search.volume}
        selectedId={search.snapshot}
        compareId={search.compare}
        onSelect={(snapshot, compare) => onSearch({ ...search, snapshot, compare })}
        onVolume={(volume) => onSearch({ ...search, volume, snapshot: undefined, compare: undefined })}
      />
    </>
  );
}

/** The VM's name once its detail is read (the same cached read the tree's target comes from), its id until then. */
function VmName({ connection, vmId }: { connection: Connection; vmId: string }) {
  const query = useQuery({ ...vmDetailQueryOptions(connection, vmId), meta: { silent: true } });
  return <>{query.data?.name ?? vmId}</>;
}
