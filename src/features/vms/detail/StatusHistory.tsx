import { Timeline, Typography } from 'antd';
import { formatDateTime } from '@/shared/format';
import { useLocale, useT } from '@/shared/i18n/useT';
import { VM_STATUS_COLOR } from '@/shared/vms/status';
import type { StatusChange } from './useStatusHistory';

const TIMELINE_COLOR: Record<string, string> = { success: 'green', error: 'red', processing: 'blue', warning: 'orange', default: 'gray' };

/** Status changes seen since the page was opened, newest first. */
export function StatusHistory({ history }: { history: StatusChange[] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <div data-testid="status-history">
      <Typography.Title level={5}>{t('vms.history.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('vms.history.hint')}</Typography.Paragraph>
      <Timeline
        items={[...history].reverse().map((change, i) => ({
          key: `${change.at}-${i}`,
          color: TIMELINE_COLOR[VM_STATUS_COLOR[change.status]] ?? 'gray',
          content: (
            <>
              <Typography.Text strong>{t(`vm.status.${change.status}`)}</Typography.Text>{' '}
              <Typography.Text type="secondary">({change.providerStatus}) · {formatDateTime(change.at, locale)}</Typography.Text>
            </>
          ),
        }))}
      />
    </div>
  );
}
