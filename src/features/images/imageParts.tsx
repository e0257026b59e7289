import { Link } from '@tanstack/react-router';
import { Space, Tag, Typography } from 'antd';
import type { ImageRecord, ImageStatus } from '@/domain/images/model';
import type { Translate } from '@/i18n';
import { useT } from '@/shared/i18n/useT';

const STATUS_COLOR: Record<ImageStatus, string> = {
  ready: 'success',
  creating: 'processing',
  failed: 'error',
  deleted: 'default',
  unknown: 'warning',
};

/** Normalised badge with the provider's own word beside it (DBC has none: the tooltip says why). */
export function ImageStatusTag({ image }: { image: Pick<ImageRecord, 'status' | 'rawStatus'> }) {
  const t = useT();
  return (
    <Space size={4} data-testid="image-status" data-status={image.status}>
      <Tag color={STATUS_COLOR[image.status]} style={{ marginInlineEnd: 0 }} title={image.rawStatus === undefined ? t('images.noRawStatus') : undefined}>
        {t(`images.status.${image.status}`)}
      </Tag>
      {image.rawStatus !== undefined && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="image-raw-status">
          {image.rawStatus}
        </Typography.Text>
      )}
    </Space>
  );
}

/** "Node: 5Hab…", "Backup storage: BS-Ceph-01, BS-ImageStore-01"; era-B DBC has one center without servers. */
export function locationLabel(image: ImageRecord, t: Translate): string {
  const { kind, ids, names } = image.location;
  if (ids.length === 0) return t('images.location.center');
  return `${t(`images.location.${kind}`)}: ${(names ?? ids).join(', ')}`;
}

/**
 * What the image was made from, as a link: a snapshot opens the all-snapshots view searched by its id (the
 * image does not say which VM it belonged to); a VM opens its page. Plain text when nothing is known.
 */
export function OriginLink({ image }: { image: ImageRecord }) {
  const t = useT();
  const { origin } = image;
  if (!origin) return <Typography.Text type="secondary">—</Typography.Text>;
  const name = origin.name ?? origin.id;
  if (origin.kind === 'vm') {
    return (
      <Link to="/vms/$connectionId/$vmId" params={{ connectionId: image.connectionId, vmId: origin.id }} data-testid="image-origin">
        {t('images.origin.vm', { name })}
      </Link>
    );
  }
  return (
    <Link to="/snapshots" search={{ view: 'snapshots', connection: image.connectionId, q: origin.id }} data-testid="image-origin">
      {t('images.origin.snapshot', { name })}
    </Link>
  );
}
