import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Space, Typography } from 'antd';
import { useState } from 'react';
import type { Connection } from '@/domain/connections/types';
import type { SnapshotTree } from '@/domain/snapshots/types';
import { settleAction } from '@/shared/actions/settle';
import { runtime } from '@/shared/connections/runtime';
import { formatBytes } from '@/shared/format';
import { useLocale, useT } from '@/shared/i18n/useT';
import { useJobs } from '@/shared/jobs/store';

/**
 * ZStack: GetVolumeSnapshotSize as a tracked job (the one end path: Jobs drawer, polled by the tracker); the
 * finished job's record carries the sizes, so they survive a reload while the job is listed.
 */
export function MeasureSize({ connection, tree, snapshotId }: { connection: Connection; tree: SnapshotTree; snapshotId: string }) {
  const t = useT();
  const locale = useLocale();
  const [jobId, setJobId] = useState<{ snapshotId: string; id: string }>();
  const current = jobId?.snapshotId === snapshotId ? jobId.id : undefined;
  const job = useJobs((state) => (current ? state.jobs.find((j) => j.id === current) : undefined));
  const queryClient = useQueryClient();
  const start = useMutation({
    mutationFn: async () => {
      const size = runtime(connection).snapshots.size;
      if (!size) throw new Error('This provider cannot measure a snapshot');
      return size(tree, snapshotId);
    },
    onSuccess: (outcome) => {
      const spec = outcome.jobs[0];
      if (!spec) return;
      const name = tree.nodes.get(snapshotId)?.name ?? snapshotId;
      const [id] = settleAction(queryClient, { connection, action: 'snapshot.size', target: { kind: 'snapshot', id: snapshotId, name }, jobs: [spec], refresh: [] });
      if (id) setJobId({ snapshotId, id });
    },
  });
  const running = start.isPending || job?.status === 'running';
  const result = job?.status === 'succeeded' ? job.result : undefined;
  const size = typeof result?.size === 'number' ? result.size : undefined;
  const actual = typeof result?.actualSize === 'number' ? result.actualSize : size;
  return (
    <Space orientation="vertical" style={{ width: '100%', marginTop: 8 }} data-testid="snapshot-measure">
      <Space wrap>
        <Button size="small" loading={running} onClick={() => start.mutate()}>
          {running ? t('snapshots.all.measuring') : t('snapshots.all.measure')}
        </Button>
        {size !== undefined && (
          <Typography.Text data-testid="snapshot-measured">
            {`${t('snapshots.all.measured')}: ${t('snapshots.all.measuredValue', { size: formatBytes(size, locale), actual: formatBytes(actual ?? size, locale) })}`}
          </Typography.Text>
        )}
      </Space>
      {job?.status === 'failed' && <Alert type="error" showIcon title={t('snapshots.all.measureFailed')} description={job.error?.message} />}
    </Space>
  );
}
