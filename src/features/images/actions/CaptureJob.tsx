import { Button, Space, Tag, Typography } from 'antd';
import type { Connection } from '@/domain/connections/types';
import type { ImageRecord } from '@/domain/images/model';
import { useT } from '@/shared/i18n/useT';
import { trackJob, useJobs } from '@/shared/jobs/store';
import { imageKeys } from '@/shared/queryKeys';

const ACTION = 'image.capture';

/**
 * The provider job still making an image (a 51idc capture from a backup): its id and status, and a button that
 * hands it to the Jobs drawer, which follows it to its end and refreshes the image list then.
 */
export function CaptureJob({ connection, image }: { connection: Connection; image: ImageRecord }) {
  const t = useT();
  const job = image.job;
  const followed = useJobs((state) => state.jobs.find((j) => j.action === ACTION && j.spec.kind === 'idc51-job' && j.spec.jobId === job?.id));
  if (!job) return null;
  const zone = image.location.ids[0] ?? '';
  const follow = () =>
    trackJob({
      connectionId: connection.id,
      provider: connection.provider,
      action: ACTION,
      target: { kind: 'image', id: image.id, name: image.name },
      spec: { kind: 'idc51-job', zone, jobId: job.id },
      refresh: [imageKeys.connection(connection.id)],
    });
  return (
    <Space wrap data-testid="image-job">
      <Typography.Text copyable={{ text: job.id }}>{job.id}</Typography.Text>
      <Tag>{job.status}</Tag>
      {followed ? (
        <Typography.Text type="secondary">{t('imageActions.job.followed')}</Typography.Text>
      ) : (
        <Button size="small" onClick={follow} data-testid="image-job-follow">
          {t('imageActions.job.follow')}
        </Button>
      )}
    </Space>
  );
}
