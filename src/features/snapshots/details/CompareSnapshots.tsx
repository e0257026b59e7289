import { Button, Descriptions, Select, Space, Tag, Typography } from 'antd';
import { compareSnapshots } from '@/domain/snapshots/queries';
import type { SnapshotTree } from '@/domain/snapshots/types';
import { formatBytes } from '@/shared/format';
import { useLocale, useT } from '@/shared/i18n/useT';
import { formatSpan } from './duration';

interface Props {
  tree: SnapshotTree;
  snapshotId: string;
  compareId?: string;
  onCompare(id: string | undefined): void;
}

/** The selected snapshot against a second one: size, time, disks, memory and the path between them. */
export function CompareSnapshots({ tree, snapshotId, compareId, onCompare }: Props) {
  const t = useT();
  const locale = useLocale();
  const other = compareId && compareId !== snapshotId ? tree.nodes.get(compareId) : undefined;
  const options = [...tree.nodes.values()].filter((n) => n.id !== snapshotId).map((n) => ({ value: n.id, label: n.name }));
  const dash = t('snapshots.unknown');
  const picker = (
    <Space wrap style={{ marginTop: 16 }}>
      <Select
        showSearch={{ optionFilterProp: 'label' }}
        allowClear
        style={{ minWidth: 240 }}
        placeholder={t('snapshots.compare.pick')}
        aria-label={t('snapshots.compare.pick')}
        value={other?.id}
        options={options}
        onChange={(value?: string) => onCompare(value)}
        data-testid="snapshot-compare-pick"
      />
      {other && <Button onClick={() => onCompare(undefined)}>{t('snapshots.compare.clear')}</Button>}
    </Space>
  );
  if (!other) return picker;
  const diff = compareSnapshots(tree, snapshotId, other.id);
  const signed = (bytes: number) => `${bytes >= 0 ? '+' : '−'}${formatBytes(Math.abs(bytes), locale)}`;
  const span = diff.timeBetweenMs === undefined ? dash : t(diff.timeBetweenMs >= 0 ? 'snapshots.compare.later' : 'snapshots.compare.earlier', { duration: formatSpan(diff.timeBetweenMs, locale) });
  const memory = (has: boolean) => t(has ? 'snapshots.compare.yes' : 'snapshots.compare.no');
  const sameDisks = diff.disksOnlyIn.a.length === 0 && diff.disksOnlyIn.b.length === 0;
  return (
    <>
      {picker}
      <Descriptions size="small" column={1} bordered styles={{ label: { whiteSpace: 'nowrap' } }} style={{ marginTop: 12 }} title={t('snapshots.compare.title', { name: other.name })} data-testid="snapshot-compare">
        <Descriptions.Item label={t('snapshots.compare.sizeDelta')}>{diff.sizeDelta === undefined ? dash : signed(diff.sizeDelta)}</Descriptions.Item>
        <Descriptions.Item label={t('snapshots.compare.timeBetween')}>{span}</Descriptions.Item>
        {sameDisks ? (
          <Descriptions.Item label={t('snapshots.details.disks')}>{t('snapshots.compare.sameDisks')}</Descriptions.Item>
        ) : (
          <>
            <Descriptions.Item label={t('snapshots.compare.disksOnlyHere')}>{diff.disksOnlyIn.a.join(', ') || dash}</Descriptions.Item>
            <Descriptions.Item label={t('snapshots.compare.disksOnlyThere', { name: other.name })}>{diff.disksOnlyIn.b.join(', ') || dash}</Descriptions.Item>
          </>
        )}
        <Descriptions.Item label={t('snapshots.compare.memory')}>{t('snapshots.compare.memoryBoth', { a: memory(diff.memory.a), b: memory(diff.memory.b) })}</Descriptions.Item>
        <Descriptions.Item label={t('snapshots.compare.path')}>
          {diff.path.ids.length === 0 ? (
            t('snapshots.compare.noPath')
          ) : (
            <Space size={[4, 4]} wrap data-testid="snapshot-compare-path">
              {diff.path.ids.map((id, i) => (
                <Space key={id} size={4}>
                  {i > 0 && <Typography.Text type="secondary">→</Typography.Text>}
                  <Tag color={id === diff.path.common ? 'gold' : undefined} title={id === diff.path.common ? t('snapshots.compare.common') : undefined}>
                    {tree.nodes.get(id)?.name ?? id}
                  </Tag>
                </Space>
              ))}
            </Space>
          )}
        </Descriptions.Item>
      </Descriptions>
    </>
  );
}
