import { Link } from '@tanstack/react-router';
import { Alert, Input, Select, Space, Table } from 'antd';
import { useMemo } from 'react';
import type { Vm } from '@/domain/vms/types';
import { ProviderErrorView } from '@/shared/errors/ProviderErrorView';
import { useT } from '@/shared/i18n/useT';
import { VmStatusTag } from '@/shared/vms/VmStatusTag';
import { useVmRows } from '../vms/list/useVmRows';
import type { SnapshotSearch } from './search';

interface Props {
  search: SnapshotSearch;
  onSearch(next: SnapshotSearch): void;
}

/** The way in: every VM across connections (each is a snapshot target), searchable and filterable by connection. */
export function SnapshotTargets({ search, onSearch }: Props) {
  const t = useT();
  const { rows, connections } = useVmRows();
  const names = useMemo(() => new Map(connections.map((c) => [c.id, c.name])), [connections]);
  const needle = search.q?.toLowerCase();
  const vms = rows.vms.filter(
    (vm) =>
      (!search.connection || vm.connectionId === search.connection) &&
      (!needle || [vm.name, vm.id, names.get(vm.connectionId) ?? ''].some((s) => s.toLowerCase().includes(needle))),
  );
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Space wrap>
        <Input.Search
          allowClear
          defaultValue={search.q}
          placeholder={t('snapshots.search')}
          aria-label={t('snapshots.search')}
          style={{ width: 320 }}
          onSearch={(q) => onSearch({ ...search, q: q || undefined })}
        />
        <Select
          style={{ minWidth: 200 }}
          aria-label={t('snapshots.targets.connection')}
          value={search.connection ?? ''}
          options={[{ value: '', label: t('snapshots.allConnections') }, ...connections.map((c) => ({ value: c.id, label: c.name }))]}
          onChange={(connection: string) => onSearch({ ...search, connection: connection || undefined })}
        />
      </Space>
      {rows.states
        .filter((s) => s.error !== undefined)
        .map((s) => (
          <Alert key={s.connectionId} type="error" showIcon title={t('snapshots.targets.loadFailed', { name: names.get(s.connectionId) ?? s.connectionId })} description={<ProviderErrorView error={s.error} />} />
        ))}
      <Table<Vm>
        data-testid="snapshot-targets"
        size="small"
        rowKey="key"
        loading={rows.loading && vms.length === 0}
        dataSource={vms}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        columns={[
          {
            key: 'name',
            title: t('snapshots.targets.vm'),
            render: (_, vm) => (
              <Link to="/snapshots" search={{ connection: vm.connectionId, vm: vm.id }} aria-label={`${t('snapshots.targets.open')}: ${vm.name}`}>
                {vm.name}
              </Link>
            ),
          },
          { key: 'connection', title: t('snapshots.targets.connection'), render: (_, vm) => names.get(vm.connectionId) ?? vm.connectionId },
          { key: 'status', title: t('snapshots.targets.status'), render: (_, vm) => <VmStatusTag vm={vm} /> },
        ]}
      />
    </Space>
  );
}
