import { List, Tag, Typography } from 'antd';
import { isProviderError } from '@/api/errors';
import { useT } from '@/shared/i18n/useT';
import type { BulkResult } from './runBulk';

const COLOR = { succeeded: 'success', failed: 'error', skipped: 'default' } as const;

function Detail({ result }: { result: BulkResult }) {
  const t = useT();
  if (result.outcome === 'skipped') return <Typography.Text type="secondary">{t(result.reason.key, result.reason.params)}</Typography.Text>;
  if (result.outcome === 'succeeded') return <Typography.Text type="secondary">{result.result.job ? t('vms.bulk.tracked') : t('vms.bulk.done')}</Typography.Text>;
  const { error } = result;
  return isProviderError(error) ? (
    <Typography.Text type="danger" data-testid="bulk-error">
      {t('error.code', { code: error.code })} · {error.message}
    </Typography.Text>
  ) : (
    <Typography.Text type="danger" data-testid="bulk-error">{error instanceof Error ? error.message : String(error)}</Typography.Text>
  );
}

/** One line per selected VM: its result and, for failures, the provider's code and message. */
export function BulkResults({ results }: { results: BulkResult[] }) {
  const t = useT();
  return (
    <List
      size="small"
      data-testid="bulk-results"
      dataSource={results}
      rowKey={(r) => r.vm.key}
      renderItem={(result) => (
        <List.Item data-testid={`bulk-result-${result.vm.id}`} data-outcome={result.outcome}>
          <List.Item.Meta
            title={
              <>
                <Tag color={COLOR[result.outcome]}>{t(`vms.bulk.outcome.${result.outcome}`)}</Tag>
                {result.vm.name} <Typography.Text type="secondary">({t(`provider.${result.vm.provider}`)})</Typography.Text>
              </>
            }
            description={<Detail result={result} />}
          />
        </List.Item>
      )}
    />
  );
}
