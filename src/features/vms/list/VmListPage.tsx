import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Link } from '@tanstack/react-router';
import { Button, Card, Empty, Flex, Select, Space, Spin, Table, Typography } from 'antd';
import { cloneElement, isValidElement, useEffect, useMemo, useState, type HTMLAttributes } from 'react';
import { PROVIDER_IDS, type ProviderId } from '@/api/provider';
import type { Vm, VmStatus } from '@/domain/vms/types';
import { formatNumber } from '@/shared/format';
import { joinSome } from '@/shared/listSearch';
import { useLocale, useT } from '@/shared/i18n/useT';
import { PageHeader } from '@/shared/ui/PageHeader';
import { SearchAsYouType } from '@/shared/ui/SearchAsYouType';
import { VM_STATUS_ORDER } from '@/shared/vms/status';
import { BulkActions } from '../bulk/BulkActions';
import { ColumnPicker, useHiddenVmColumns } from './ColumnPicker';
import { ConnectionAlerts } from './ConnectionAlerts';
import { filterVms } from './filterVms';
import { useLastVmSearch } from './lastSearch';
import { DEFAULT_VM_PAGE_SIZE, VM_PAGE_SIZES, VM_SORTS, providersOf, statusesOf, type VmListSearch, type VmSort } from './search';
import { useTableHeight } from './useTableHeight';
import { useVmRows } from './useVmRows';
import { locationLabel, vmColumns } from './vmColumns';

interface Props {
  search: VmListSearch;
  onSearch(next: VmListSearch): void;
}

/** Fixed row height: the virtual list needs it, and a 10,000-row table scrolls without re-measuring. */
const ROW_HEIGHT = 47;
const SELECTION_WIDTH = 40;

/** Every VM of every active connection in one virtualised table; search, filters, sort and page in the URL. */
export function VmListPage({ search, onSearch }: Props) {
  const t = useT();
  const locale = useLocale();
  const { rows, connections } = useVmRows();
  const hidden = useHiddenVmColumns();
  const tableHeight = useTableHeight();
  const [selectedKeys, setSelectedKeys] = useState<string[]>([]);
  const byId = useMemo(() => new Map(connections.map((c) => [c.id, c])), [connections]);

  const visible = useMemo(() => filterVms(rows.vms, search), [rows.vms, search]);
  const nodeOptions = useMemo(() => {
    const seen = new Map<string, string>();
    for (const vm of rows.vms) if (!seen.has(vm.location.id)) seen.set(vm.location.id, locationLabel(vm));
    return [...seen].map(([value, label]) => ({ value, label }));
  }, [rows.vms]);
  const selectedSet = useMemo(() => new Set(selectedKeys), [selectedKeys]);
  const selected = useMemo(() => rows.vms.filter((vm) => selectedSet.has(vm.key)), [rows.vms, selectedSet]);
  const columns = vmColumns({ t, locale, search, connections: byId, hidden });
  const dbc = connections.find((c) => c.provider === 'dbc');
  const update = (patch: Partial<VmListSearch>) => onSearch({ ...search, ...patch, page: undefined });
  const remember = useLastVmSearch((state) => state.remember);
  useEffect(() => remember(search), [remember, search]);

  // Sources that did not answer: an empty table then means "unknown", never "no VMs".
  const unanswered = rows.states.reduce((sum, state) => sum + (state.error ? 1 : state.failures.length), 0);
  const empty =
    connections.length === 0 ? (
      <Empty description={t('vms.list.noConnections')}>
        <Link to="/settings/connections">{t('vms.list.openConnections')}</Link>
      </Empty>
    ) : rows.loading && rows.vms.length === 0 ? (
      <Spin data-testid="vms-first-load" />
    ) : (
      <Empty description={rows.vms.length > 0 ? t('vms.list.noMatch') : unanswered > 0 ? t('dataHealth.vms.missing', { count: unanswered }) : t('vms.list.empty')} />
    );

  return (
    <>
      <PageHeader
        title={t('vms.title')}
        subtitle={t('vms.subtitle')}
        extra={
          <Space>
            <Button icon={<ReloadOutlined />} onClick={rows.refetch}>{t('vms.refresh')}</Button>
            {dbc && (
              <Link to="/vms/create" search={{ connection: dbc.id }}>
                <Button type="primary" icon={<PlusOutlined />} data-testid="create-vm">{t('vms.create.open')}</Button>
              </Link>
            )}
          </Space>
        }
      />
      <ConnectionAlerts states={rows.states} connections={byId} onRetry={rows.refetch} />
      <Card>
        <Flex wrap gap={8} justify="space-between" style={{ marginBottom: 12 }}>
          <Space wrap>
            <SearchAsYouType
              value={search.q}
              placeholder={t('vms.list.searchPlaceholder')}
              onSearch={(q) => update({ q })}
              style={{ width: 240 }}
              data-testid="vms-search"
            />
            <Select<ProviderId[]>
              mode="multiple"
              allowClear
              maxTagCount="responsive"
              // A handful of options: all of them show without scrolling, and typing filters by the shown word.
              virtual={false}
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('common.provider')}
              value={providersOf(search)}
              onChange={(providers) => update({ provider: joinSome(providers) })}
              style={{ width: 220 }}
              options={PROVIDER_IDS.map((value) => ({ value, label: t(`provider.${value}`) }))}
              data-testid="filter-provider"
            />
            <Select<VmStatus[]>
              mode="multiple"
              allowClear
              maxTagCount="responsive"
              // A handful of options: all of them show without scrolling, and typing filters by the shown word.
              virtual={false}
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('common.status')}
              value={statusesOf(search)}
              onChange={(statuses) => update({ status: joinSome(statuses) })}
              style={{ width: 200 }}
              options={VM_STATUS_ORDER.map((value) => ({ value, label: t(`vm.status.${value}`) }))}
              data-testid="filter-status"
            />
            <Select<string>
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('vms.col.location')}
              value={search.node}
              onChange={(node) => update({ node })}
              style={{ width: 200 }}
              options={nodeOptions}
              data-testid="filter-node"
            />
            {search.connection && (
              <Button size="small" onClick={() => update({ connection: undefined })}>
                {t('vms.list.clearConnection', { name: byId.get(search.connection)?.name ?? search.connection })}
              </Button>
            )}
          </Space>
          <Space>
            {rows.loading && (
              <Typography.Text type="secondary" data-testid="vms-loading">
                <Spin size="small" />{' '}
                {rows.states
                  .flatMap(({ connectionId, progress }) =>
                    progress ? [t('vms.list.loadingNodes', { name: byId.get(connectionId)?.name ?? connectionId, done: formatNumber(progress.done, locale), total: formatNumber(progress.total, locale) })] : [],
                  )
                  .join(' · ') || t('vms.list.loadingSome')}
              </Typography.Text>
            )}
            <Typography.Text type="secondary" data-testid="vms-total">
              {t('vms.list.total', { shown: formatNumber(visible.length, locale), total: formatNumber(rows.vms.length, locale) })}
            </Typography.Text>
            <ColumnPicker />
          </Space>
        </Flex>
        {/* Relative: the bulk bar floats over the table instead of pushing it down when rows are selected. */}
        <div style={{ position: 'relative' }}>
          {/* Always mounted: its result dialog outlives the selection it clears. */}
          <BulkActions selected={selected} connections={byId} onFinished={() => setSelectedKeys([])} onClear={() => setSelectedKeys([])} />
          <Table<Vm>
            virtual
            rowKey="key"
            size="middle"
            data-testid="vms-table"
            columns={columns}
            dataSource={visible}
            scroll={{ x: columns.reduce((sum, c) => sum + Number(c.width ?? 120), SELECTION_WIDTH), y: tableHeight }}
            rowSelection={{
              selectedRowKeys: selectedKeys,
              onChange: (keys) => setSelectedKeys(keys.map(String)),
              columnWidth: SELECTION_WIDTH,
              // antd labels its checkboxes in English whatever the locale ("Select all", "Select row 3"): ours name the VM.
              columnTitle: (checkbox) => (isValidElement<{ 'aria-label'?: string }>(checkbox) ? cloneElement(checkbox, { 'aria-label': t('vmList.selectAll') }) : checkbox),
              getCheckboxProps: (vm) => ({ 'aria-label': t(selectedSet.has(vm.key) ? 'vmList.deselectRow' : 'vmList.selectRow', { name: vm.name }) }),
            }}
            locale={{ emptyText: empty }}
            onRow={(vm) => ({ 'data-testid': `vm-row-${vm.id}`, style: { height: ROW_HEIGHT } }) as HTMLAttributes<HTMLElement>}
            pagination={{
              current: search.page ?? 1,
              pageSize: search.pageSize ?? DEFAULT_VM_PAGE_SIZE,
              pageSizeOptions: VM_PAGE_SIZES.map(String),
              showSizeChanger: true,
              hideOnSinglePage: false,
            }}
            onChange={(pagination, _filters, sorter) => {
              const one = Array.isArray(sorter) ? sorter[0] : sorter;
              const key = one?.order ? (String(one.columnKey) as VmSort) : undefined;
              const sort = key && (VM_SORTS as readonly string[]).includes(key) ? key : undefined;
              const pageSize = pagination.pageSize === DEFAULT_VM_PAGE_SIZE ? undefined : pagination.pageSize;
              onSearch({
                ...search,
                sort,
                order: sort ? (one?.order === 'descend' ? 'desc' : 'asc') : undefined,
                page: pagination.current === 1 || pageSize !== search.pageSize ? undefined : pagination.current,
                pageSize,
              });
            }}
          />
        </div>
      </Card>
    </>
  );
}
