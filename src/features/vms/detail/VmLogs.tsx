import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Empty, InputNumber, Radio, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import type { Connection } from '@/domain/connections/types';
import type { Vm } from '@/domain/vms/types';
import { runtime } from '@/shared/connections/runtime';
import { ProviderErrorView } from '@/shared/errors/ProviderErrorView';
import { useT } from '@/shared/i18n/useT';
import { vmKeys } from '@/shared/queryKeys';

/** The node keeps at most 100 lines per request (docs/providers/dbc.md §4.5). */
export const MAX_LOG_LINES = 100;

/** DBC task log: first or last N lines, fetched when asked (logs do not poll). */
export function VmLogs({ connection, vm }: { connection: Connection; vm: Vm }) {
  const t = useT();
  const [from, setFrom] = useState<'head' | 'tail'>('tail');
  const [lines, setLines] = useState(50);
  const logs = runtime(connection).vms.logs;
  const query = useQuery({
    queryKey: vmKeys.logs(connection.id, vm.id, from, lines),
    queryFn: () => logs!(vm, { from, lines }),
    enabled: logs !== undefined,
    meta: { silent: true },
    staleTime: Infinity,
  });
  if (!logs) return <Empty description={t('vms.logs.unsupported')} />;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Radio.Group value={from} onChange={(e) => setFrom(e.target.value as 'head' | 'tail')} optionType="button" options={[{ value: 'head', label: t('vms.logs.head') }, { value: 'tail', label: t('vms.logs.tail') }]} />
        <Space size={4}>
          <InputNumber min={1} max={MAX_LOG_LINES} precision={0} value={lines} onChange={(v) => v && setLines(v)} aria-label={t('vms.logs.lines')} data-testid="log-lines" />
          <Typography.Text type="secondary">{t('vms.logs.lines')}</Typography.Text>
        </Space>
        <Button onClick={() => void query.refetch()} loading={query.isFetching}>{t('vms.refresh')}</Button>
      </Space>
      {query.isPending ? (
        <Spin />
      ) : query.isError ? (
        <Alert type="error" showIcon title={<ProviderErrorView error={query.error} />} />
      ) : query.data.length === 0 ? (
        <Empty description={t('vms.logs.empty')} />
      ) : (
        <pre data-testid="vm-logs" style={{ maxHeight: 420, overflow: 'auto', background: 'rgba(127,127,127,0.08)', padding: 12, borderRadius: 6, margin: 0, fontSize: 12 }}>
          {query.data.join('\n')}
        </pre>
      )}
    </Space>
  );
}
