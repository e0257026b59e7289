import { Link } from '@tanstack/react-router';
import { Space, Tag, Typography } from 'antd';
import type { ImageRecord, ImageStatus } from '@/domain/images/model';
import type { Translate } from '@/i18n';
import { useT } from '@/shared/i18n/useT';
import { useKnownVmName } from './useKnownVmName';

const STATUS_COLOR: Record<ImageStatus, string> = {
  ready: 'success',
  creating: 'processing',
  failed: 'error',
  deleted: 'default',
  unknown: 'warning',
};

/** Normalised badge with the provider's own word beside it unless `raw` is off (DBC has none: the tooltip says why). */
export function ImageStatusTag({ image, raw = true }: { image: Pick<ImageRecord, 'status' | 'rawStatus'>; raw?: boolean }) {
  const t = useT();
  return (
    <Space size={4} data-testid="image-status" data-status={image.status}>
      <Tag color={STATUS_COLOR[image.status]} style={{ marginInlineEnd: 0 }} title={image.rawStatus === undefined ? t('images.noRawStatus') : undefined}>
        {t(`images.status.${image.status}`)}
      </Tag>
      {raw && image.rawStatus !== undefined && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="image-raw-status">
          {image.rawStatus}
        </Typography.Text>
      )}
    </Space>
  );
}

const shortId = (id: string) => (id.length > 16 ? `${id.slice(0, 8)}…${id.slice(-4)}` : id);

/**
 * "Node: 58fb618a…7f45", "Backup storage: BS-Ceph-01, BS-ImageStore-01"; era-B DBC has one center without
 * servers. `short`: long ids (DBC node ids are 64 hex digits) cut for a table cell, whole on hover.
 */
export function locationLabel(image: ImageRecord, t: Translate, { short = false }: { short?: boolean } = {}): string {
  const { kind, ids, names } = image.location;
  if (ids.length === 0) return t('images.location.center');
  const shown = names ?? (short ? ids.map(shortId) : ids);
  return `${t(`images.location.${kind}`)}: ${shown.join(', ')}`;
}

/**
 * What the image was made from, as a link: a snapshot of a known VM (DBC: the task in an uploaded snapshot's
 * file name) opens that snapshot in its VM's tree; a snapshot alone opens the all-snapshots view searched by its
 * id (a ZStack template does not say which VM it belonged to); a VM opens its page. Plain text when nothing is known.
 */
export function OriginLink({ image }: { image: ImageRecord }) {
  const t = useT();
  const { origin } = image;
  const vmName = useKnownVmName(image.connectionId, origin?.tree?.vmId);
  if (!origin) return <Typography.Text type="secondary">—</Typography.Text>;
  const name = origin.name ?? origin.id;
  if (origin.kind === 'vm') {
    return (
      <Link to="/vms/$connectionId/$vmId" params={{ connectionId: image.connectionId, vmId: origin.id }} data-testid="image-origin">
        {t('images.origin.vm', { name })}
      </Link>
    );
  }
  if (origin.tree) {
    const { vmId, volumeId } = origin.tree;
    return (
      <Link
        to="/snapshots"
        search={{ connection: image.connectionId, vm: vmId, volume: volumeId, snapshot: origin.id }}
        title={t('imagesDbcMore.origin.title', { vmId })}
        data-testid="image-origin"
      >
        {t('imagesDbcMore.origin.snapshotOfVm', { name, vm: vmName ?? vmId })}
      </Link>
    );
  }
  return (
    <Link to="/snapshots" search={{ view: 'snapshots', connection: image.connectionId, q: origin.id }} data-testid="image-origin">
      {t('images.origin.snapshot', { name })}
    </Link>
  );
}
