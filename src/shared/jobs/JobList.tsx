import { CheckCircleFilled, CloseCircleFilled, LoadingOutlined, QuestionCircleFilled } from '@ant-design/icons';
import { Button, Empty, Flex, List, Progress, Space, Tag, Tooltip, Typography, theme } from 'antd';
import { isDbcTransfer } from '@/domain/images/transfer/spec';
import type { JobRecord } from '@/domain/jobs/types';
import { useConnections } from '../connections/hooks';
import { messageFor } from '../errors/describe';
import { formatDateTime, formatRelative } from '../format';
import { useLocale, useT } from '../i18n/useT';
import { useIsDeletedVm } from './deletedVms';
import { JobTarget } from './JobTarget';
import { TransferStatus } from './TransferStatus';
import { useJobActionLabel } from './JobTracker';
import { usualDuration } from './usualDuration';
import { useJobs } from './store';
import { maxJobAgeMs } from '@/domain/jobs/lifetime';

function StatusIcon({ job }: { job: JobRecord }) {
  const { token } = theme.useToken();
  if (job.status === 'running') return <LoadingOutlined style={{ color: token.colorPrimary }} />;
  if (job.status === 'succeeded') return <CheckCircleFilled style={{ color: token.colorSuccess }} />;
  if (job.status === 'unknown') return <QuestionCircleFilled style={{ color: token.colorWarning }} />;
  return <CloseCircleFilled style={{ color: token.colorError }} />;
}

const STATUS_COLOR: Record<JobRecord['status'], string> = { running: 'processing', succeeded: 'success', failed: 'error', unknown: 'warning' };

/** Why a job is no longer watched, and (when its connection is still there) a way to watch it again. */
function UnknownJob({ job, onCheckAgain }: { job: JobRecord; onCheckAgain?: () => void }) {
  const t = useT();
  const maxMinutes = Math.round(maxJobAgeMs(job.spec) / 60_000);
  const duration = maxMinutes % 60 === 0 ? t('jobsSafety.hours', { count: maxMinutes / 60 }) : t('jobsSafety.minutes', { count: maxMinutes });
  return (
    <Flex gap={8} align="center" wrap data-testid="job-unknown">
      <Typography.Text type="warning" style={{ fontSize: 12 }}>
        {job.unknownReason === 'orphaned' ? t('jobsSafety.orphaned') : t('jobsSafety.expired', { duration })}
      </Typography.Text>
      {onCheckAgain && job.unknownReason !== 'orphaned' && (
        <Button size="small" onClick={onCheckAgain}>
          {t('jobsSafety.checkAgain')}
        </Button>
      )}
    </Flex>
  );
}

/** Every job with provider, target, progress or status, start time, result and error detail. */
export function JobList({ jobs }: { jobs: JobRecord[] }) {
  const t = useT();
  const locale = useLocale();
  const label = useJobActionLabel();
  const connections = useConnections();
  const isDeletedVm = useIsDeletedVm();
  const checkAgain = useJobs((state) => state.checkAgain);
  if (jobs.length === 0) return <Empty description={t('jobs.empty')} />;
  return (
    <List
      data-testid="job-list"
      dataSource={jobs}
      rowKey="id"
      renderItem={(job) => {
        const connection = connections.find((c) => c.id === job.connectionId);
        const seconds = job.finishedAt ? Math.max(1, Math.round((job.finishedAt - job.startedAt) / 1000)) : undefined;
        const usual = job.status === 'running' ? usualDuration(job) : undefined;
        return (
          <List.Item data-testid={`job-${job.id}`} data-status={job.status}>
            <Flex vertical gap={4} style={{ width: '100%' }}>
              <Flex justify="space-between" gap={8} wrap>
                <Space size={6}>
                  <StatusIcon job={job} />
                  <Typography.Text strong>{label(job.action)}</Typography.Text>
                  <JobTarget job={job} vmDeleted={job.target.kind === 'vm' && isDeletedVm(job.connectionId, job.target.id)} />
                </Space>
                <Space size={4}>
                  <Tag>{t(`provider.${job.provider}`)}</Tag>
                  {connection && <Tag>{connection.name}</Tag>}
                  <Tag color={STATUS_COLOR[job.status]}>
                    {t(`jobs.status.${job.status}`)}
                  </Tag>
                </Space>
              </Flex>
              {job.status === 'running' && isDbcTransfer(job.spec) ? (
                <TransferStatus job={job} />
              ) : (
                job.status === 'running' && job.progress !== undefined && <Progress percent={Math.round(job.progress)} size="small" />
              )}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                <Tooltip title={formatDateTime(job.startedAt, locale)}>{t('jobs.started', { time: formatRelative(job.startedAt, locale) })}</Tooltip>
                {usual && ` · ${t(usual)}`}
                {seconds !== undefined && ` · ${t('jobs.took', { seconds })}`}
                {job.providerStatus && ` · ${t('jobs.providerStatus', { status: job.providerStatus })}`}
              </Typography.Text>
              {job.error && (
                <Typography.Text type="danger" style={{ fontSize: 12 }}>
                  {job.error.code}: {messageFor(job.error, locale)}
                </Typography.Text>
              )}
              {job.status === 'running' && job.pollError && (
                <Typography.Text type="warning" style={{ fontSize: 12 }}>
                  {t('jobs.pollError', { code: job.pollError.code, message: job.pollError.message })}
                </Typography.Text>
              )}
              {job.status === 'unknown' && <UnknownJob job={job} onCheckAgain={connection ? () => checkAgain(job.id) : undefined} />}
              {job.status === 'running' && !connection && (
                <Typography.Text type="warning" style={{ fontSize: 12 }}>{t('jobs.unknownConnection')}</Typography.Text>
              )}
            </Flex>
          </List.Item>
        );
      }}
    />
  );
}
