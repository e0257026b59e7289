import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Input, Popconfirm, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { PROVIDER_IDS, type ProviderId } from '@/api/provider';
import type { Connection } from '@/domain/connections/types';
import { isEmulated } from '@/domain/connections/types';
import { useActiveIds, useConnections } from '@/shared/connections/hooks';
import { useConnectionStore } from '@/shared/connections/store';
import { useConnectionLifecycle } from '@/shared/connections/useConnectionLifecycle';
import { reportSuccess } from '@/shared/errors/notify';
import { compareNames } from '@/shared/collate';
import { useT } from '@/shared/i18n/useT';
import type { ListSearch } from '@/shared/listSearch';
import { PageHeader } from '@/shared/ui/PageHeader';
import { CleartextTag } from '@/shared/connections/Cleartext';
import { ConnectionFormModal } from './ConnectionFormModal';
import { SignOutButton } from './SignOutButton';
import { TestResult } from './TestResult';
import { useTestConnection } from './useTestConnection';

export interface ConnectionsSearch extends ListSearch {
  provider?: ProviderId;
}

interface Props {
  search: ConnectionsSearch;
  onSearch(next: ConnectionsSearch): void;
}

function TestCell({ connection }: { connection: Connection }) {
  const t = useT();
  const test = useTestConnection();
  return (
    <Space orientation="vertical" size={4} style={{ width: '100%' }}>
      <Button size="small" loading={test.isPending} onClick={() => test.mutate({ connection })} data-testid={`test-${connection.id}`}>
        {test.isPending ? t('connections.testing') : t('connections.test')}
      </Button>
      <TestResult result={test.data} error={test.error ?? undefined} />
    </Space>
  );
}

/** Settings -> Connections: add, edit, test, activate and remove provider connections. */
export function ConnectionsPage({ search, onSearch }: Props) {
  const t = useT();
  const connections = useConnections();
  const activeIds = useActiveIds();
  const { setActive, restoreShipped, hiddenShipped } = useConnectionStore();
  const { remove } = useConnectionLifecycle();
  const [editing, setEditing] = useState<Connection | 'new' | undefined>();

  const visible = useMemo(() => {
    const q = search.q?.toLowerCase();
    const rows = connections.filter(
      (c) => (!search.provider || c.provider === search.provider) && (!q || `${c.name} ${c.baseUrl} ${c.id}`.toLowerCase().includes(q)),
    );
    if (search.sort === 'name') rows.sort((a, b) => compareNames(a.name, b.name) * (search.order === 'desc' ? -1 : 1));
    return rows;
  }, [connections, search]);

  const columns: ColumnsType<Connection> = [
    {
      key: 'name',
      title: t('common.name'),
      sorter: true,
      sortOrder: search.sort === 'name' ? (search.order === 'desc' ? 'descend' : 'ascend') : null,
      render: (_, c) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{c.name}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>{c.id}</Typography.Text>
        </Space>
      ),
    },
    { key: 'provider', title: t('common.provider'), render: (_, c) => <Tag>{t(`provider.${c.provider}`)}</Tag> },
    {
      key: 'baseUrl',
      title: t('connections.field.baseUrl'),
      render: (_, c) => (
        <Space size={4} wrap>
          <Typography.Text code>{c.baseUrl}</Typography.Text>
          {isEmulated(c) && <Tag color="orange">{t('common.emulator')}</Tag>}
          <CleartextTag baseUrl={c.baseUrl} />
          <Tag>{t(`connections.origin.${c.origin}`)}</Tag>
        </Space>
      ),
    },
    {
      key: 'active',
      title: t('connections.active'),
      render: (_, c) => (
        <Switch aria-label={`${t('connections.active')} ${c.name}`} checked={activeIds.includes(c.id)} onChange={(checked) => setActive(c.id, checked)} />
      ),
    },
    { key: 'test', title: t('connections.test'), width: 320, render: (_, c) => <TestCell connection={c} /> },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, c) => (
        <Space>
          <Button size="small" type="link" onClick={() => setEditing(c)}>{t('common.edit')}</Button>
          <SignOutButton connection={c} />
          <Popconfirm
            title={t('connections.removeConfirm', { name: c.name })}
            description={c.origin === 'config' ? t('connections.removeConfigHint') : undefined}
            okText={t('connections.remove')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
            onConfirm={() => {
              remove(c.id);
              reportSuccess(t('connections.removed'));
            }}
          >
            <Button size="small" type="link" danger>{t('connections.remove')}</Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('connections.title')}
        subtitle={t('connections.subtitle')}
        extra={
          <Space>
            {hiddenShipped.length > 0 && <Button onClick={restoreShipped}>{t('connections.restoreShipped')}</Button>}
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="add-connection">
              {t('connections.add')}
            </Button>
          </Space>
        }
      />
      <Card>
        <Space style={{ marginBottom: 12 }} wrap>
          <Input.Search
            allowClear
            defaultValue={search.q}
            placeholder={`${t('common.name')} / ${t('connections.field.baseUrl')}`}
            onSearch={(q) => onSearch({ ...search, q: q || undefined, page: undefined })}
            style={{ width: 280 }}
          />
          <Select<ProviderId>
            allowClear
            placeholder={t('common.provider')}
            value={search.provider}
            onChange={(provider) => onSearch({ ...search, provider, page: undefined })}
            style={{ width: 180 }}
            options={PROVIDER_IDS.map((value) => ({ value, label: t(`provider.${value}`) }))}
          />
        </Space>
        <Table<Connection>
          rowKey="id"
          data-testid="connections-table"
          columns={columns}
          dataSource={visible}
          locale={{ emptyText: <Empty description={t('connections.empty')} /> }}
          pagination={{ current: search.page ?? 1, pageSize: search.pageSize ?? 20, hideOnSinglePage: true }}
          onChange={(pagination, _filters, sorter) => {
            const order = !Array.isArray(sorter) && sorter.order ? (sorter.order === 'descend' ? 'desc' : 'asc') : undefined;
            onSearch({ ...search, page: pagination.current === 1 ? undefined : pagination.current, sort: order ? 'name' : undefined, order });
          }}
        />
      </Card>
      {editing && (
        <ConnectionFormModal
          editing={editing === 'new' ? undefined : editing}
          takenIds={[...connections.map((c) => c.id), ...hiddenShipped]}
          onClose={() => setEditing(undefined)}
        />
      )}
    </>
  );
}
