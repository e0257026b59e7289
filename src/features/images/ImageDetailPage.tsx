import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Alert, Button, Card, Descriptions, Empty, Skeleton, Space, Tag, Typography } from 'antd';
import type { Connection } from '@/domain/connections/types';
import { useConnections } from '@/shared/connections/hooks';
import { ProviderErrorView } from '@/shared/errors/ProviderErrorView';
import { formatBytes, formatDateTime } from '@/shared/format';
import { imageListQueryOptions } from '@/shared/images/queries';
import { useLocale, useT } from '@/shared/i18n/useT';
import { PageHeader } from '@/shared/ui/PageHeader';
import { ImageActionBar } from './actions/ImageActionBar';
import { CaptureJob } from './actions/CaptureJob';
import { CreateVmFromImageButton } from './CreateVmFromImageButton';
import { ImageStatusTag, OriginLink, locationLabel } from './imageParts';
import { ImageListLink } from './ImageListLink';

interface Props {
  connectionId: string;
  imageId: string;
}

function BackToImages() {
  const t = useT();
  return <ImageListLink testId="image-back">{t('images.detail.back')}</ImageListLink>;
}

export function ImageDetailPage({ connectionId, imageId }: Props) {
  const t = useT();
  const connection = useConnections().find((c) => c.id === connectionId);
  if (!connection) {
    return (
      <Empty description={t('images.detail.unknownConnection', { id: connectionId })}>
        <BackToImages />
      </Empty>
    );
  }
  return <ImageDetail connection={connection} imageId={imageId} />;
}

/** One image from its connection's listing (no provider has a cheaper single-image read for every kind). */
function ImageDetail({ connection, imageId }: { connection: Connection; imageId: string }) {
  const t = useT();
  const locale = useLocale();
  const query = useQuery(imageListQueryOptions(connection));
  if (query.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (query.isError && query.data === undefined) {
    return (
      <Alert
        type="error"
        showIcon
        data-testid="image-detail-error"
        title={t('images.connectionFailed', { name: connection.name })}
        description={<ProviderErrorView error={query.error} />}
        action={<Button size="small" onClick={() => void query.refetch()}>{t('common.retry')}</Button>}
      />
    );
  }
  const image = query.data?.images.find((i) => i.id === imageId);
  if (!image) {
    return (
      <Empty description={t('images.detail.notFound', { id: imageId, name: connection.name })} data-testid="image-not-found">
        <BackToImages />
      </Empty>
    );
  }
  const dash = <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <>
      <PageHeader title={image.name} subtitle={<Space><Tag>{t(`provider.${image.provider}`)}</Tag>{t(`images.kind.${image.kind}`)}</Space>} extra={<BackToImages />} />
      {/* A Space row: Create VM from this image sits beside the image's own actions. */}
      <Space wrap style={{ marginBottom: 16 }} data-testid="image-detail-actions">
        <CreateVmFromImageButton image={image} />
        <ImageActionBar connection={connection} image={image} />
      </Space>
      <Card data-testid="image-detail">
        <Descriptions column={1} size="small" bordered styles={{ label: { width: 200 } }}>
          <Descriptions.Item label={t('common.name')}>{image.name}</Descriptions.Item>
          <Descriptions.Item label={t('images.col.id')}>
            <Typography.Text copyable={{ text: image.id }}>{image.id}</Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('images.col.connection')}>{connection.name} ({t(`provider.${image.provider}`)})</Descriptions.Item>
          <Descriptions.Item label={t('images.col.kind')}>{t(`images.kind.${image.kind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('images.col.format')}>{image.format ?? dash}</Descriptions.Item>
          <Descriptions.Item label={t('images.col.size')}>{image.sizeBytes === undefined ? dash : formatBytes(image.sizeBytes, locale)}</Descriptions.Item>
          {image.diskType && <Descriptions.Item label={t('imagesIdc51.diskType')}>{t(`imagesIdc51.diskType.${image.diskType}`)}</Descriptions.Item>}
          <Descriptions.Item label={t('common.status')}>
            <ImageStatusTag image={image} raw={false} />
          </Descriptions.Item>
          {image.job && (
            <Descriptions.Item label={image.kind === 'idc51Disk' ? t('imagesIdc51.job.diskLabel') : t('imageActions.job.label')}>
              <CaptureJob connection={connection} image={image} />
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('images.col.rawStatus')}>{image.rawStatus ?? t('images.noRawStatus')}</Descriptions.Item>
          <Descriptions.Item label={t('images.detail.where')}>
            <span data-testid="image-location">{locationLabel(image, t)}</span>
            {image.location.names && image.location.names.some((name, i) => name !== image.location.ids[i]) && (
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {image.location.ids.join(', ')}
              </Typography.Text>
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('images.col.created')}>{image.createdAt ? formatDateTime(image.createdAt, locale) : dash}</Descriptions.Item>
          <Descriptions.Item label={t('images.detail.origin')}>{image.origin ? <OriginLink image={image} /> : image.kind === 'idc51Captured' ? <CapturedFromBackup connectionId={connection.id} /> : t('images.origin.none')}</Descriptions.Item>
          {image.description && <Descriptions.Item label={t('images.col.description')}>{image.description}</Descriptions.Item>}
        </Descriptions>
      </Card>
    </>
  );
}

/**
 * 51idc does not say which backup an image was captured from: the link opens the connection's backups, where
 * "Capture image" (Export) lives.
 */
function CapturedFromBackup({ connectionId }: { connectionId: string }) {
  const t = useT();
  return (
    <Link to="/snapshots" search={{ view: 'snapshots', connection: connectionId }} data-testid="image-origin">
      {t('imageActions.origin.backup')}
    </Link>
  );
}
