import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Progress, Select, Space, Typography } from 'antd';
import { useMemo } from 'react';
import type { Connection } from '@/domain/connections/types';
import type { CenterImage } from '@/domain/images/types';
import type { JobRecord } from '@/domain/jobs/types';
import { connectionRefresh, settleAction } from '@/shared/actions/settle';
import { runtime } from '@/shared/connections/runtime';
import { messageFor } from '@/shared/errors/describe';
import { ProviderErrorView } from '@/shared/errors/ProviderErrorView';
import { formatBytes } from '@/shared/format';
import { useLocale, useT } from '@/shared/i18n/useT';
import { imageCenterQueryOptions } from '@/shared/images/queries';
import { useJobs } from '@/shared/jobs/store';

interface Props {
  connection: Connection;
  nodeId: string;
  nodeImages: readonly string[];
  /** Injected by Form.Item. */
  id?: string;
  value?: string;
  onChange?(value: string): void;
  /** The form checks the field when it is left. */
  onBlur?(): void;
}

/** Center images not on the node, one entry per name (the first server that has it is where it is copied from). */
function centerOnly(center: readonly CenterImage[], nodeImages: readonly string[]): CenterImage[] {
  const seen = new Set(nodeImages);
  const result: CenterImage[] = [];
  for (const image of center) {
    if (seen.has(image.name)) continue;
    seen.add(image.name);
    result.push(image);
  }
  return result;
}

/** The newest copy of `image` onto this node the user started (it survives reloads, like every job). */
function useCopyJob(connectionId: string, nodeId: string, image: string | undefined): JobRecord | undefined {
  return useJobs((state) =>
    image === undefined
      ? undefined
      : state.jobs.find((job) => job.connectionId === connectionId && job.spec.kind === 'dbc-image-download' && job.spec.nodeId === nodeId && job.spec.imageName === image),
  );
}

/**
 * The image select of Create VM: the node's own images, then the image center's. The node only creates from
 * a file in its /data, so a center image is first copied onto the node, as a tracked job; when it lands, the
 * node's list is refreshed (by the job tracker) and the image moves into the first group.
 */
export function ImageField({ connection, nodeId, nodeImages, id, value, onChange, onBlur }: Props) {
  const t = useT();
  const locale = useLocale();
  const center = useQuery(imageCenterQueryOptions(connection));
  const offered = useMemo(() => centerOnly(center.data ?? [], nodeImages), [center.data, nodeImages]);
  const selectedCenter = offered.find((image) => image.name === value);
  const job = useCopyJob(connection.id, nodeId, selectedCenter?.name);
  const queryClient = useQueryClient();
  const copy = useMutation({
    meta: { silent: true },
    mutationFn: async (image: CenterImage) => {
      const service = runtime(connection).imageCenter;
      if (!service) throw new Error(`${connection.provider} has no image center here`);
      return service.downloadToNode(nodeId, image);
    },
    onSuccess: (spec, image) => {
      settleAction(queryClient, { connection, action: 'image.download', target: { kind: 'image', id: image.name, name: image.name }, jobs: [spec], refresh: connectionRefresh(connection.id) });
    },
  });

  const size = (bytes: number | undefined) => (bytes === undefined ? '' : ` · ${formatBytes(bytes, locale)}`);
  const options = [
    { label: t('vms.create.imageGroupNode'), options: nodeImages.map((name) => ({ value: name, label: name })) },
    ...(offered.length > 0
      ? [{ label: t('vms.create.imageGroupCenter'), options: offered.map((image) => ({ value: image.name, label: `${image.name}${image.server ? ` · ${image.server}` : ''}${size(image.sizeBytes)}` })) }]
      : []),
  ];
  const copying = job?.status === 'running' || copy.isPending;

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Select id={id} showSearch value={value} onChange={onChange} onBlur={onBlur} options={options} loading={center.isPending} notFoundContent={t('vms.create.noImages')} data-testid="field-imageName" />
      {center.isError && <Typography.Text type="warning" data-testid="image-center-failed">{t('vms.create.centerFailed')}</Typography.Text>}
      {selectedCenter && (
        <Alert
          type={job?.status === 'failed' ? 'error' : 'info'}
          showIcon
          data-testid="image-copy"
          title={t('vms.create.imageInCenter', { image: selectedCenter.name, server: selectedCenter.server ?? '—' })}
          description={
            (job || copy.isError) && (
              <Space orientation="vertical" style={{ width: '100%' }}>
                {job && <Progress percent={job.progress ?? 0} status={job.status === 'failed' ? 'exception' : job.status === 'succeeded' ? 'success' : 'active'} data-testid="image-copy-progress" />}
                {job?.status === 'failed' && job.error && <Typography.Text type="danger">{messageFor(job.error, locale)}</Typography.Text>}
                {job?.status === 'succeeded' && <Typography.Text>{t('vms.create.copyLanding')}</Typography.Text>}
                {copy.isError && <ProviderErrorView error={copy.error} />}
              </Space>
            )
          }
          action={
            job?.status !== 'succeeded' && (
              <Button size="small" type="primary" loading={copying} disabled={copying} onClick={() => copy.mutate(selectedCenter)} data-testid="image-copy-start">
                {copying ? t('vms.create.copying') : t('vms.create.copyToNode')}
              </Button>
            )
          }
        />
      )}
    </Space>
  );
}
