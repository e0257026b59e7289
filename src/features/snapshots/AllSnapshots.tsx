import { ReloadOutlined } from '@ant-design/icons';
import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { Alert, Button, Empty, Flex, Input, Select, Space, Spin, Table, Typography } from 'antd';
import { useCallback, useMemo, type HTMLAttributes } from 'react';
import type { Connection } from '@/domain/connections/types';
import type { SnapshotListEntry, SnapshotListResult } from '@/domain/snapshots/list';
import type { PartialFailure } from '@/domain/vms/types';
import { useActiveConnections } from '@/shared/connections/hooks';
import { ProviderErrorView } from '@/shared/errors/ProviderErrorView';
import { formatBytes, formatDateTime, formatNumber } from '@/shared/format';
import { useLocale, useT } from '@/shared/i18n/useT';
import { snapshotListQueryOptions } from '@/shared/snapshots/queries';
import { useTableHeight } from '../vms/list/useTableHeight';
import type { SnapshotSearch } from './search';
import { KindTag, SnapshotStatusTag } from './tree/SnapshotBadges';

interface Props {
  search: SnapshotSearch;
  onSearch(next: SnapshotSearch): void;
}

/** Fixed row height: the virtual list needs it (every cell is one line). */
const ROW_HEIGHT = 40;

interface ConnectionListState {
  connection: Connection;
  loading: boolean;
  error?: unknown;
  failures: PartialFailure[];
}

interface Rows {
  entries: SnapshotListEntry[];
  states: ConnectionListState[];
  loading: boolean;
  refetch(): void;
}

/** The route that opens an entry's tree with it selected: the VM, the volume it was taken of, the snapshot. */
export function treeSearchOf(entry: SnapshotListEntry): SnapshotSearch | undefined {
  if (!entry.vm) return undefined;
  return { connection: entry.connectionId, vm: entry.vm.id, volume: entry.resource.kind === 'volume' ? entry.resource.id : undefined, snapshot: entry.id };
}

/** Case-insensitive match on the snapshot's name and id, its VM (name, id), volume and connection name. */
export function matchesSnapshot(entry: SnapshotListEntry, needle: string, connectionName: string): boolean {
  const fields = [entry.name, entry.id, entry.vm?.name ?? '', entry.vm?.id ?? '', entry.resource.name ?? '', connectionName];
  return fields.some((field) => field.toLowerCase().includes(needle));
}

function useSnapshotRows(connections: Connection[]): Rows {
  const combine = useCallback(
    (results: Array<UseQueryResult<SnapshotListResult>>): Rows => {
      const states = results.map((r, i): ConnectionListState => ({ connection: connections[i]!, loading: r.isPending, error: r.error ?? undefined, failures: r.data?.failures ?? [] }));
      const entries = results.flatMap((r) => r.data?.entries ?? []);
      // Newest first; undated ones last.
      entries.sort((a, b) => (b.createdAt ?? '').localeCompare(a.createdAt ?? ''));
      return { entries, states, loading: states.some((s) => s.loading), refetch: () => results.forEach((r) => void r.refetch()) };
    },
    [connections],
  );
  return useQueries({ queries: connections.map((c) => ({ ...snapshotListQueryOptions(c), meta: { silent: true } })), combine });
}

/** Every snapshot of every active connection in one virtual table; a click opens its VM's tree with it selected. */
export function AllSnapshots({ search, onSearch }: Props) {
  const t = useT();
  const locale = useLocale();
  const navigate = useNavigate();
  const connections = useActiveConnections();
  const rows = useSnapshotRows(connections);
  const height = useTableHeight(420, 320);
  const names = useMemo(() => new Map(connections.map((c) => [c.id, c.name])), [connections]);
  const needle = search.q?.toLowerCase();
  const visible = useMemo(
    () =>
      rows.entries.filter(
        (e) => (!search.connection || e.connectionId === search.connection) && (!needle || matchesSnapshot(e, needle, names.get(e.connectionId) ?? '')),
      ),
    [rows.entries, search.connection, needle, names],
  );
  const open = (entry: SnapshotListEntry) => {
    const next = treeSearchOf(entry);
    if (next) void navigate({ to: '/snapshots', search: next });
  };

  const empty = rows.loading && rows.entries.length === 0 ? <Spin data-testid="all-snapshots-loading" /> : <Empty description={rows.entries.length === 0 ? t('snapshots.all.empty') : t('snapshots.all.noMatch')} />;

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="all-snapshots">
      <Flex wrap gap={8} justify="space-between" align="center">
        <Space wrap>
          <Input.Search
            allowClear
            defaultValue={search.q}
            placeholder={t('snapshots.all.search')}
            aria-label={t('snapshots.all.search')}
            style={{ width: 340 }}
            onSearch={(q) => onSearch({ ...search, q: q || undefined })}
          />
          <Select
            style={{ minWidth: 200 }}
            aria-label={t('snapshots.all.connection')}
            value={search.connection ?? ''}
            options={[{ value: '', label: t('snapshots.allConnections') }, ...connections.map((c) => ({ value: c.id, label: c.name }))]}
            onChange={(connection: string) => onSearch({ ...search, connection: connection || undefined })}
          />
        </Space>
        <Space>
          {rows.loading && (
            <Typography.Text type="secondary">
              <Spin size="small" /> {t('snapshots.all.loading')}
            </Typography.Text>
          )}
          <Typography.Text type="secondary" data-testid="all-snapshots-total">
            {t('snapshots.all.total', { shown: formatNumber(visible.length, locale), total: formatNumber(rows.entries.length, locale) })}
          </Typography.Text>
          <Button size="small" icon={<ReloadOutlined />} onClick={rows.refetch} aria-label={t('snapshots.tree.refresh')} />
        </Space>
      </Flex>
      {rows.states.flatMap(({ connection, error, failures }) =>
        error
          ? [
              <Alert
                key={connection.id}
                type="error"
                showIcon
                data-testid={`all-snapshots-error-${connection.id}`}
                title={t('snapshots.all.loadFailed', { name: connection.name })}
                description={<ProviderErrorView error={error} />}
              />,
            ]
          : failures.map((f) => (
              <Alert
                key={`${connection.id}/${f.source}`}
                type="warning"
                showIcon
                data-testid={`all-snapshots-failure-${connection.id}`}
                title={t('snapshots.all.partial', { name: connection.name, source: f.source })}
                description={<ProviderErrorView error={f.error} />}
              />
            )),
      )}
      <Table<SnapshotListEntry>
        virtual
        rowKey="key"
        size="small"
        data-testid="all-snapshots-table"
        dataSource={visible}
        pagination={false}
        scroll={{ x: 1130, y: height }}
        locale={{ emptyText: empty }}
        onRow={(entry) =>
          ({
            'data-testid': `snapshot-entry-${entry.id}`,
            style: { height: ROW_HEIGHT, cursor: entry.vm ? 'pointer' : undefined },
            onClick: () => open(entry),
          }) as HTMLAttributes<HTMLElement>
        }
        columns={[
          {
            key: 'name',
            title: t('snapshots.all.name'),
            width: 220,
            ellipsis: true,
            render: (_, e) => {
              const to = treeSearchOf(e);
              return to ? (
                <Link to="/snapshots" search={to} aria-label={`${t('snapshots.all.open')}: ${e.name}`} onClick={(event) => event.stopPropagation()}>
                  {e.name}
                </Link>
              ) : (
                e.name
              );
            },
          },
          {
            key: 'vm',
            title: t('snapshots.all.vm'),
            width: 240,
            ellipsis: true,
            render: (_, e) => (
              <>
                {e.vm?.name ?? <Typography.Text type="secondary">{t('snapshots.all.noVm')}</Typography.Text>}
                {e.resource.kind === 'volume' && <Typography.Text type="secondary">{` · ${t('snapshots.all.volume', { name: e.resource.name ?? e.resource.id })}`}</Typography.Text>}
              </>
            ),
          },
          { key: 'connection', title: t('snapshots.all.connection'), width: 170, ellipsis: true, render: (_, e) => names.get(e.connectionId) ?? e.connectionId },
          { key: 'kind', title: t('snapshots.all.kind'), width: 120, render: (_, e) => <KindTag kind={e.kind} /> },
          { key: 'status', title: t('snapshots.all.status'), width: 100, render: (_, e) => <SnapshotStatusTag node={e} /> },
          { key: 'created', title: t('snapshots.all.created'), width: 180, render: (_, e) => (e.createdAt ? formatDateTime(e.createdAt, locale) : '—') },
          { key: 'size', title: t('snapshots.all.size'), width: 100, align: 'right', render: (_, e) => (e.sizeBytes !== undefined ? formatBytes(e.sizeBytes, locale) : '—') },
        ]}
      />
    </Space>
  );
}
