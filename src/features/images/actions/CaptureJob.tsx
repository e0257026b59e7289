import { Button, Space, Tag, Typography } from 'antd';
import { isUnfinishedJob } from '@/domain/images/adapt/idc51Exports';
import type { Connection } from '@/domain/connections/types';
import type { ImageRecord } from '@/domain/images/model';
import { useT } from '@/shared/i18n/useT';
import { trackJob, useJobs } from '@/shared/jobs/store';
import { imageKeys } from '@/shared/queryKeys';
import { jobStatusText } from '../exportJobText';

/** The Jobs drawer's label: a capture, or a disk made from a backup (the snapshot export's own action). */
const actionOf = (image: ImageRecord) => (image.kind === 'idc51Disk' ? 'snapshot.exportVolume' : 'image.capture');

/**
 * The provider job making an image or disk (a 51idc capture or disk from a backup): its id and status, the
 * provider's error when it failed, and while it runs a button that hands it to the Jobs drawer, which follows it
 * to its end and refreshes the image list then.
 */
export function CaptureJob({ connection, image }: { connection: Connection; image: ImageRecord }) {
  const t = useT();
  const job = image.job;
  const action = actionOf(image);
  const followed = useJobs((state) => state.jobs.find((j) => j.action === action && j.spec.kind === 'idc51-job' && j.spec.jobId === job?.id));
  if (!job) return null;
  const zone = image.location.ids[0] ?? '';
  const follow = () =>
    trackJob({
      connectionId: connection.id,
      provider: connection.provider,
      action,
      target: { kind: image.kind === 'idc51Disk' ? 'volume' : 'image', id: image.id, name: image.name },
      spec: { kind: 'idc51-job', zone, jobId: job.id },
      refresh: [imageKeys.connection(connection.id)],
    });
  return (
    <Space wrap data-testid="image-job">
      <Typography.Text copyable={{ text: job.id }}>{job.id}</Typography.Text>
      <Tag color={job.error ? 'error' : undefined} title={job.status} data-testid="image-job-status">
        {jobStatusText(job.status, t)}
      </Tag>
      {job.error && (
        <Typography.Text type="danger" data-testid="image-job-error">
          {t('imagesIdc51.job.error', { error: job.error })}
        </Typography.Text>
      )}
      {!isUnfinishedJob(job.status) ? null : followed ? (
        <Typography.Text type="secondary">{t('imageActions.job.followed')}</Typography.Text>
      ) : (
        <Button size="small" onClick={follow} data-testid="image-job-follow">
          {t('imageActions.job.follow')}
        </Button>
      )}
    </Space>
  );
}
