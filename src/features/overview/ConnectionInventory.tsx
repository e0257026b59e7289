import { WarningOutlined } from '@ant-design/icons';
import { Flex, Space, Spin, Tag, Tooltip, Typography } from 'antd';
import { Link } from '@tanstack/react-router';
import { useQuery } from '@tanstack/react-query';
import type { Connection } from '@/domain/connections/types';
import type { VmStatus } from '@/domain/vms/types';
import { summaryQueryOptions } from '@/shared/connections/queries';
import { formatNumber } from '@/shared/format';
import { useLocale, useT } from '@/shared/i18n/useT';
import { VM_STATUS_COLOR, VM_STATUS_ORDER } from '@/shared/vms/status';
import { vmListQueryOptions } from '@/shared/vms/queries';

function countByStatus(statuses: VmStatus[]): Array<[VmStatus, number]> {
  const counts = new Map<VmStatus, number>();
  for (const status of statuses) counts.set(status, (counts.get(status) ?? 0) + 1);
  return VM_STATUS_ORDER.filter((status) => counts.has(status)).map((status) => [status, counts.get(status) ?? 0]);
}

/** A connection's VMs by normalised status (each count links to the filtered VM list), snapshots and images. */
export function ConnectionInventory({ connection }: { connection: Connection }) {
  const t = useT();
  const locale = useLocale();
  const vms = useQuery({ ...vmListQueryOptions(connection), meta: { silent: true } });
  const summary = useQuery(summaryQueryOptions(connection));
  const count = (value: number | undefined, loading: boolean) =>
    loading ? <Spin size="small" /> : value === undefined ? <Tooltip title={t('overview.notAvailable')}>—</Tooltip> : formatNumber(value, locale);

  return (
    <Flex vertical gap={8} data-testid={`inventory-${connection.id}`}>
      <Typography.Text type="secondary">{t('overview.vmsByStatus')}</Typography.Text>
      {vms.isPending ? (
        <Spin size="small" />
      ) : vms.isError ? (
        <Typography.Text type="danger">{t('overview.vmsFailed')}</Typography.Text>
      ) : vms.data.vms.length === 0 && vms.data.failures.length === 0 ? (
        <Typography.Text>{t('overview.noVms')}</Typography.Text>
      ) : (
        <Space size={[4, 4]} wrap>
          {countByStatus(vms.data.vms.map((vm) => vm.status)).map(([status, n]) => (
            <Link key={status} to="/vms" search={{ connection: connection.id, status }} data-testid={`vm-count-${connection.id}-${status}`}>
              <Tag color={VM_STATUS_COLOR[status]} style={{ cursor: 'pointer' }}>
                {t(`vm.status.${status}`)} {formatNumber(n, locale)}
              </Tag>
            </Link>
          ))}
        </Space>
      )}
      {vms.data && vms.data.failures.length > 0 && (
        // "No VMs" would be a lie when nodes did not answer: say so, and lead to the list that names each one.
        <Link to="/vms" search={{ connection: connection.id }} data-testid={`vm-failures-${connection.id}`}>
          <Typography.Text type="warning">
            <WarningOutlined /> {t('overview.vmsPartial', { count: formatNumber(vms.data.failures.length, locale) })}
          </Typography.Text>
        </Link>
      )}
      <Space size={16}>
        <Link to="/snapshots" search={{ connection: connection.id }} data-testid={`snapshot-count-${connection.id}`}>
          {t('overview.snapshots')}: <strong>{count(summary.data?.snapshots, summary.isPending)}</strong>
        </Link>
        <Link to="/images" search={{ connection: connection.id }} data-testid={`image-count-${connection.id}`}>
          {t('overview.images')}: <strong>{count(summary.data?.images, summary.isPending)}</strong>
        </Link>
      </Space>
    </Flex>
  );
}
