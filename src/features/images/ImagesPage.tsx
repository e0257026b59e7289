import { ReloadOutlined } from '@ant-design/icons';
import { Link } from '@tanstack/react-router';
import { Alert, Button, Card, Empty, Flex, Select, Space, Spin, Table, Typography } from 'antd';
import { useEffect, useMemo, type HTMLAttributes } from 'react';
import { PROVIDER_IDS, type ProviderId } from '@/api/provider';
import { IMAGE_KINDS, IMAGE_STATUSES, type ImageKind, type ImageRecord, type ImageStatus } from '@/domain/images/model';
import { formatNumber } from '@/shared/format';
import { useLocale, useT } from '@/shared/i18n/useT';
import { joinSome, PAGE_SIZES } from '@/shared/listSearch';
import { PageHeader } from '@/shared/ui/PageHeader';
import { SearchAsYouType } from '@/shared/ui/SearchAsYouType';
import { ConnectionAlerts, type AlertLabels } from '../vms/list/ConnectionAlerts';
import { filterImages } from './filterImages';
import { imageColumns } from './imageColumns';
import { useLastImageSearch } from './lastSearch';
import { IMAGE_SORTS, kindsOf, providersOf, statusesOf, type ImageListSearch, type ImageSort } from './search';
import { useImageRows } from './useImageRows';

interface Props {
  search: ImageListSearch;
  onSearch(next: ImageListSearch): void;
}

const DEFAULT_PAGE_SIZE = 50;
const ALERT_LABELS: AlertLabels = { testId: 'images', failed: 'images.connectionFailed', source: 'images.sourceFailed' };

/** Every image and template of every enabled connection in one table; search, filters, sort and page in the URL. */
export function ImagesPage({ search, onSearch }: Props) {
  const t = useT();
  const locale = useLocale();
  const { rows, connections, without } = useImageRows();
  const byId = useMemo(() => new Map([...connections, ...without].map((c) => [c.id, c])), [connections, without]);
  const visible = useMemo(() => filterImages(rows.images, search), [rows.images, search]);
  const columns = imageColumns({ t, locale, search, connections: byId });
  const update = (patch: Partial<ImageListSearch>) => onSearch({ ...search, ...patch, page: undefined });
  const remember = useLastImageSearch((state) => state.remember);
  useEffect(() => remember(search), [remember, search]);

  // Sources that did not answer: an empty table then means "unknown", never "no images".
  const unanswered = rows.states.reduce((sum, state) => sum + (state.error ? 1 : state.failures.length), 0);
  const empty =
    connections.length === 0 && without.length === 0 ? (
      <Empty description={t('images.noConnections')}>
        <Link to="/settings/connections">{t('images.openConnections')}</Link>
      </Empty>
    ) : rows.loading && rows.images.length === 0 ? (
      <Spin data-testid="images-first-load" />
    ) : (
      <Empty description={rows.images.length > 0 ? t('images.noMatch') : unanswered > 0 ? t('images.missing', { count: unanswered }) : t('images.empty')} />
    );

  return (
    <>
      <PageHeader title={t('images.title')} subtitle={t('images.subtitle')} extra={<Button icon={<ReloadOutlined />} onClick={rows.refetch}>{t('images.refresh')}</Button>} />
      {without.length > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="images-no-api"
          title={t('images.noImageApi', { names: without.map((c) => `${c.name} (${t(`provider.${c.provider}`)})`).join(', ') })}
        />
      )}
      <ConnectionAlerts states={rows.states} connections={byId} onRetry={rows.refetch} labels={ALERT_LABELS} />
      <Card>
        <Flex wrap gap={8} justify="space-between" style={{ marginBottom: 12 }}>
          <Space wrap>
            <SearchAsYouType value={search.q} placeholder={t('images.searchPlaceholder')} onSearch={(q) => update({ q })} style={{ width: 240 }} data-testid="images-search" />
            <Select<ProviderId[]>
              mode="multiple"
              allowClear
              maxTagCount="responsive"
              virtual={false}
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('common.provider')}
              value={providersOf(search)}
              onChange={(providers) => update({ provider: joinSome(providers) })}
              style={{ width: 200 }}
              options={PROVIDER_IDS.map((value) => ({ value, label: t(`provider.${value}`) }))}
              data-testid="images-filter-provider"
            />
            <Select<ImageKind[]>
              mode="multiple"
              allowClear
              maxTagCount="responsive"
              virtual={false}
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('images.filter.kind')}
              value={kindsOf(search)}
              onChange={(kinds) => update({ kind: joinSome(kinds) })}
              style={{ width: 220 }}
              options={IMAGE_KINDS.map((value) => ({ value, label: t(`images.kind.${value}`) }))}
              data-testid="images-filter-kind"
            />
            <Select<ImageStatus[]>
              mode="multiple"
              allowClear
              maxTagCount="responsive"
              virtual={false}
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('common.status')}
              value={statusesOf(search)}
              onChange={(statuses) => update({ status: joinSome(statuses) })}
              style={{ width: 180 }}
              options={IMAGE_STATUSES.map((value) => ({ value, label: t(`images.status.${value}`) }))}
              data-testid="images-filter-status"
            />
            {search.connection && (
              <Button size="small" onClick={() => update({ connection: undefined })} data-testid="images-clear-connection">
                {t('images.clearConnection', { name: byId.get(search.connection)?.name ?? search.connection })}
              </Button>
            )}
          </Space>
          <Space>
            {rows.loading && (
              <Typography.Text type="secondary" data-testid="images-loading">
                <Spin size="small" /> {t('images.loading')}
              </Typography.Text>
            )}
            <Typography.Text type="secondary" data-testid="images-total">
              {t('images.total', { shown: formatNumber(visible.length, locale), total: formatNumber(rows.images.length, locale) })}
            </Typography.Text>
          </Space>
        </Flex>
        <Table<ImageRecord>
          rowKey="key"
          size="middle"
          tableLayout="fixed"
          data-testid="images-table"
          columns={columns}
          dataSource={visible}
          scroll={{ x: columns.reduce((sum, c) => sum + Number(c.width ?? 120), 0) }}
          locale={{ emptyText: empty }}
          onRow={(image) => ({ 'data-testid': `image-row-${image.key}` }) as HTMLAttributes<HTMLElement>}
          pagination={{
            current: search.page ?? 1,
            pageSize: search.pageSize ?? DEFAULT_PAGE_SIZE,
            pageSizeOptions: PAGE_SIZES.map(String),
            showSizeChanger: true,
          }}
          onChange={(pagination, _filters, sorter) => {
            const one = Array.isArray(sorter) ? sorter[0] : sorter;
            const key = one?.order ? String(one.columnKey) : undefined;
            const sort = key && (IMAGE_SORTS as readonly string[]).includes(key) ? (key as ImageSort) : undefined;
            const pageSize = pagination.pageSize === DEFAULT_PAGE_SIZE ? undefined : pagination.pageSize;
            onSearch({
              ...search,
              sort,
              order: sort ? (one?.order === 'descend' ? 'desc' : 'asc') : undefined,
              page: pagination.current === 1 || pageSize !== search.pageSize ? undefined : pagination.current,
              pageSize,
            });
          }}
        />
      </Card>
    </>
  );
}
