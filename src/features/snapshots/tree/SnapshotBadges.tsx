import { Tag, Tooltip } from 'antd';
import type { SnapshotKind, SnapshotNode, SnapshotStatus } from '@/domain/snapshots/types';
import { useT } from '@/shared/i18n/useT';

const KIND_COLOR: Record<SnapshotKind, string> = { full: 'blue', incremental: 'cyan', memoryAndDisk: 'purple', disk: 'default' };
const STATUS_COLOR: Record<SnapshotStatus, string> = {
  creating: 'processing', uploading: 'processing', deleting: 'warning', ready: 'success', deleted: 'default', suspended: 'warning', error: 'error', unknown: 'default',
};

export function KindTag({ kind }: { kind: SnapshotKind }) {
  const t = useT();
  return <Tag color={KIND_COLOR[kind]} data-kind={kind} style={{ flexShrink: 0 }}>{t(`snapshots.kind.${kind}`)}</Tag>;
}

/** The neutral status, with the provider's own word on hover (and focus, for keyboard users). */
export function SnapshotStatusTag({ node }: { node: Pick<SnapshotNode, 'status' | 'providerStatus' | 'progress'> }) {
  const t = useT();
  const raw = t('snapshots.status.raw', { status: node.providerStatus || t('snapshots.unknown') });
  const progress = node.progress !== undefined && node.status === 'creating' ? ` ${node.progress}%` : '';
  return (
    <Tooltip title={raw}>
      <Tag color={STATUS_COLOR[node.status]} data-status={node.status} style={{ flexShrink: 0 }} aria-label={`${t(`snapshots.status.${node.status}`)}${progress} (${raw})`}>
        {t(`snapshots.status.${node.status}`)}{progress}
      </Tag>
    </Tooltip>
  );
}
