import { Button, Card, Empty, List, Tag, Typography } from 'antd';
import { Link } from '@tanstack/react-router';
import { useShallow } from 'zustand/react/shallow';
import { JobList } from '@/shared/jobs/JobList';
import { useConnections } from '@/shared/connections/hooks';
import { messageFor } from '@/shared/errors/describe';
import { useRecentErrors } from '@/shared/errors/recent';
import { formatRelative } from '@/shared/format';
import { useLocale, useT } from '@/shared/i18n/useT';
import { selectRunning, useJobs } from '@/shared/jobs/store';

export function RunningJobs() {
  const t = useT();
  const running = useJobs(useShallow(selectRunning));
  return (
    <Card title={t('overview.jobsTitle')} extra={<Link to="/jobs">{t('jobs.viewAll')}</Link>} data-testid="overview-jobs">
      {running.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('overview.jobsNone')} /> : <JobList jobs={running.slice(0, 5)} />}
    </Card>
  );
}

export function LastErrors() {
  const t = useT();
  const locale = useLocale();
  const { errors, clear } = useRecentErrors();
  const connections = useConnections();
  const nameOf = (id: string) => connections.find((c) => c.id === id)?.name ?? id;
  return (
    <Card title={t('overview.errorsTitle')} extra={errors.length > 0 && <Button size="small" onClick={clear}>{t('overview.clearErrors')}</Button>} data-testid="overview-errors">
      {errors.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('overview.errorsNone')} />
      ) : (
        <List
          size="small"
          dataSource={errors}
          renderItem={(error) => (
            <List.Item>
              <List.Item.Meta
                title={
                  <>
                    {error.provider && <Tag>{t(`provider.${error.provider}`)}</Tag>}
                    <Typography.Text code>{error.code}</Typography.Text>
                  </>
                }
                description={
                  <>
                    {error.source && (
                      <Typography.Text strong style={{ display: 'block' }}>
                        {t('dataHealth.readFailed', { area: t(`dataHealth.area.${error.source.area}`), name: nameOf(error.source.connectionId) })}
                      </Typography.Text>
                    )}
                    {messageFor(error, locale)}
                    <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 8 }}>
                      {formatRelative(error.at, locale)}
                    </Typography.Text>
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
