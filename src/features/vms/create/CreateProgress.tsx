import { Link } from '@tanstack/react-router';
import { Alert, Button, Descriptions, Space, Steps, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { Connection } from '@/domain/connections/types';
import type { JobRecord } from '@/domain/jobs/types';
import { messageFor } from '@/shared/errors/describe';
import { useLocale, useT } from '@/shared/i18n/useT';
import { useJobs } from '@/shared/jobs/store';
import { CREATE_STEPS, createProgress, formatElapsed } from './createProgress';

interface Props {
  connection: Connection;
  vmId: string;
  onCreateAnother(): void;
}

/** The create job of this VM, from the job store the Jobs drawer and the job tracker also use. */
function useCreateJob(connectionId: string, vmId: string): JobRecord | undefined {
  return useJobs((state) => state.jobs.find((job) => job.connectionId === connectionId && job.action === 'vm.create' && job.target.id === vmId));
}

/** Now, again every second while `ticking` (the elapsed time of a running job). */
function useNow(ticking: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!ticking) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [ticking]);
  return now;
}

/**
 * What the user sees once the provider accepted a create (a DBC node's build, a ZStack api-job): the build's steps, the time it usually takes and how long
 * it has run. The job itself is polled by the job tracker (also after leaving this page); this only reads it.
 */
export function CreateProgress({ connection, vmId, onCreateAnother }: Props) {
  const t = useT();
  const locale = useLocale();
  const job = useCreateJob(connection.id, vmId);
  const running = job?.status === 'running';
  const now = useNow(running);
  const progress = job ? createProgress(job) : undefined;
  const elapsed = job ? (job.finishedAt ?? Math.max(now, job.startedAt)) - job.startedAt : undefined;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%', maxWidth: 760 }} data-testid="create-progress" data-step={progress ? CREATE_STEPS[progress.current] : undefined} data-status={job?.status}>
      <Typography.Title level={5} style={{ margin: 0 }}>{t('vmCreate.progress.title', { name: job?.target.name ?? vmId })}</Typography.Title>
      {progress && (
        <Steps
          current={progress.current}
          status={progress.status}
          items={CREATE_STEPS.map((step) => ({ title: t(`vmCreate.progress.step.${step}`) }))}
          data-testid="create-steps"
        />
      )}
      {running && <Alert type="info" showIcon title={t(connection.provider === 'dbc' ? 'vmCreate.progress.expected' : 'createFromImage.expected')} data-testid="create-expected" />}
      {job?.status === 'succeeded' && <Alert type="success" showIcon title={t('vmCreate.progress.done')} />}
      {job?.status === 'failed' && (
        <Alert type="error" showIcon title={t('vmCreate.progress.failed')} description={job.error && `${job.error.code}: ${messageFor(job.error, locale)}`} data-testid="create-failed" />
      )}
      {job && elapsed !== undefined && (
        <Descriptions
          size="small"
          column={2}
          items={[
            { key: 'elapsed', label: t('vmCreate.progress.elapsed'), children: <span data-testid="create-elapsed">{formatElapsed(elapsed)}</span> },
            // ZStack's api-job has no status word of its own (docs/providers/zstack.md §4).
            ...(connection.provider === 'dbc' ? [{ key: 'status', label: t('vmCreate.progress.nodeStatus'), children: job.providerStatus ?? '—' }] : []),
          ]}
        />
      )}
      <Space>
        <Link to="/vms/$connectionId/$vmId" params={{ connectionId: connection.id, vmId }} data-testid="create-open-vm">
          {t('vmCreate.progress.openVm')}
        </Link>
        <Button onClick={onCreateAnother} data-testid="create-another">{t('vmCreate.progress.createAnother')}</Button>
      </Space>
    </Space>
  );
}
