import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Descriptions, Space, Typography } from 'antd';
import type { Connection } from '@/domain/connections/types';
import type { SnapshotTree } from '@/domain/snapshots/types';
import { ProviderErrorView } from '@/shared/errors/ProviderErrorView';
import { useT } from '@/shared/i18n/useT';
import { imageCenterQueryOptions } from '@/shared/images/queries';
import { ButtonLink } from '@/shared/ui/ButtonLink';

/** The image-center file an era-C snapshot becomes: the file name of its snapshot file (`/data/<task>_<name>.qcow2`). */
export function dbcSnapshotImageName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}

interface Props {
  connection: Connection;
  tree: SnapshotTree;
  snapshotId: string;
}

/**
 * DBC era C has no export call: a snapshot is uploaded to an image server when it is made. This shows where it
 * went (server and file, read from the image center) and leads on to Create VM on the same node, where the
 * image is offered among the image-center images: snapshot → image → new VM. Nothing for other providers or era B.
 */
export function DbcSnapshotImage({ connection, tree, snapshotId }: Props) {
  const t = useT();
  const eraC = connection.provider === 'dbc' && connection.options.era !== '2022';
  const node = tree.nodes.get(snapshotId);
  const file = node?.disks.find((d) => d.file)?.file;
  const center = useQuery({ ...imageCenterQueryOptions(connection), enabled: eraC && file !== undefined });
  if (!eraC || !node || !file) return null;
  const name = dbcSnapshotImageName(file);
  const inCenter = center.data?.find((image) => image.name === name);
  const busy = node.status === 'creating' || node.status === 'uploading';

  let body;
  if (busy) body = <Typography.Text type="secondary">{t('snapshotExport.dbc.uploading', { file: name })}</Typography.Text>;
  else if (center.isPending) body = <Typography.Text type="secondary">…</Typography.Text>;
  else if (center.isError) body = <Alert type="warning" showIcon title={t('snapshotExport.dbc.loadFailed')} description={<ProviderErrorView error={center.error} />} />;
  else if (!inCenter) body = <Typography.Text type="secondary">{t('snapshotExport.dbc.notFound', { file: name })}</Typography.Text>;
  else {
    body = (
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Descriptions size="small" column={1} bordered>
          <Descriptions.Item label={t('snapshotExport.dbc.server')}>{inCenter.server ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('snapshotExport.dbc.file')}><Typography.Text copyable>{inCenter.name}</Typography.Text></Descriptions.Item>
        </Descriptions>
        <ButtonLink to="/vms/create" search={{ connection: connection.id, node: tree.target.nodeId }} size="small" icon={<PlusOutlined />} data-testid="snapshot-new-vm">
          {t('snapshotExport.dbc.newVm')}
        </ButtonLink>
      </Space>
    );
  }
  return (
    <section aria-label={t('snapshotExport.dbc.title')} data-testid="snapshot-image-center">
      <Typography.Title level={5}>{t('snapshotExport.dbc.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('snapshotExport.dbc.explain')}</Typography.Paragraph>
      {body}
    </section>
  );
}
