import { CaretDownOutlined, CaretRightOutlined, EnvironmentFilled, HddOutlined } from '@ant-design/icons';
import { Tag, Typography, theme } from 'antd';
import type { ProviderId } from '@/api/provider';
import type { SnapshotResource } from '@/domain/snapshots/types';
import { formatBytes, formatDateTime } from '@/shared/format';
import { useLocale, useT } from '@/shared/i18n/useT';
import type { TreeRow } from './flatten';
import { KindTag, SnapshotStatusTag } from './SnapshotBadges';

export const ROW_HEIGHT = 36;
const INDENT_PX = 16;

interface Props {
  row: TreeRow;
  active: boolean;
  /** Set on the active row: focuses it once rendered, after a keyboard move. */
  rowRef?: (element: HTMLDivElement | null) => void;
  selected: boolean;
  comparing: boolean;
  provider: ProviderId;
  onToggle(key: string): void;
  onClick(row: TreeRow): void;
}

export function resourceLabelKey(resource: SnapshotResource) {
  if (resource.kind === 'vm') return 'snapshots.scope.vm' as const;
  return resource.role === 'root' ? ('snapshots.scope.root' as const) : resource.role === 'data' ? ('snapshots.scope.data' as const) : ('snapshots.scope.volume' as const);
}

/** One treeitem; the focus ring and selection follow antd's tokens so both themes read well. */
export function SnapshotRow({ row, active, rowRef, selected, comparing, provider, onToggle, onClick }: Props) {
  const t = useT();
  const locale = useLocale();
  const { token } = theme.useToken();
  const expandable = row.kind !== 'now' && row.expandable;
  // 51idc groups are backup chains, ZStack's are trees.
  const chains = provider === 'idc51';
  const caret = expandable ? (
    <span
      aria-hidden
      style={{ cursor: 'pointer', width: 16, display: 'inline-flex' }}
      onClick={(e) => {
        e.stopPropagation();
        onToggle(row.key);
      }}
    >
      {row.expanded ? <CaretDownOutlined /> : <CaretRightOutlined />}
    </span>
  ) : (
    <span style={{ width: 16, display: 'inline-block' }} />
  );
  const background = selected ? token.controlItemBgActive : comparing ? token.colorWarningBg : undefined;
  return (
    <div
      ref={rowRef}
      role="treeitem"
      data-row-key={row.key}
      data-testid={`snapshot-row-${row.kind}`}
      aria-level={row.level}
      aria-expanded={expandable ? row.expanded : undefined}
      aria-selected={row.kind === 'snapshot' ? selected : undefined}
      tabIndex={active ? 0 : -1}
      onClick={() => onClick(row)}
      style={{
        height: ROW_HEIGHT, display: 'flex', alignItems: 'center', gap: 8, paddingLeft: 8 + row.indent * INDENT_PX, paddingRight: 8, cursor: 'pointer',
        background, borderRadius: token.borderRadiusSM, whiteSpace: 'nowrap', overflow: 'hidden', outlineOffset: -2,
      }}
    >
      {caret}
      {row.kind === 'now' && (
        <Tag color="gold" icon={<EnvironmentFilled />} data-testid="snapshot-now" style={{ fontWeight: 600 }}>
          {t('snapshots.now')}
        </Tag>
      )}
      {row.kind === 'scope' && (
        <>
          <HddOutlined />
          <Typography.Text strong>{t(resourceLabelKey(row.resource))}</Typography.Text>
          <Typography.Text type="secondary">{row.resource.name ?? row.resource.id}</Typography.Text>
        </>
      )}
      {row.kind === 'snapshot' && (
        <>
          <Typography.Text strong={selected} ellipsis style={{ minWidth: 48, maxWidth: 320, flex: '0 1 auto' }} data-testid="snapshot-name">
            {row.node.name}
          </Typography.Text>
          {row.currentTree !== undefined && (
            <Tag color={row.currentTree ? 'green' : 'default'} data-testid={row.currentTree ? 'snapshot-current-tree' : 'snapshot-other-tree'}>
              {t(row.currentTree ? (chains ? 'snapshots.currentChain' : 'snapshots.currentTree') : chains ? 'snapshots.otherChain' : 'snapshots.otherTree')}
            </Tag>
          )}
          <KindTag kind={row.node.kind} />
          <SnapshotStatusTag node={row.node} />
          <span style={{ flex: 1 }} />
          {/* Size and time never shrink: the name gives way (ellipsis, full name on hover and in the details). */}
          {row.node.sizeBytes !== undefined && <Typography.Text type="secondary" style={{ flexShrink: 0 }}>{formatBytes(row.node.sizeBytes, locale)}</Typography.Text>}
          {row.node.createdAt && <Typography.Text type="secondary" style={{ flexShrink: 0 }}>{formatDateTime(row.node.createdAt, locale)}</Typography.Text>}
        </>
      )}
    </div>
  );
}
