import { Table, Typography } from 'antd';
import type { Connection } from '@/domain/connections/types';
import type { VmDataVolume } from '@/domain/vms/types';
import { formatBytes } from '@/shared/format';
import { useLocale, useT } from '@/shared/i18n/useT';
import { SourceImageLink } from './SourceImageLink';

/** The VM's data volumes (ZStack), each with the template it was made from linked to that image's page. */
export function VmDataVolumes({ connection, volumes }: { connection: Connection; volumes: VmDataVolume[] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <section aria-label={t('vmVolumes.title')}>
      <Typography.Title level={5}>{t('vmVolumes.title')}</Typography.Title>
      <Table<VmDataVolume>
        size="small"
        rowKey="id"
        pagination={false}
        data-testid="vm-data-volumes"
        dataSource={volumes}
        locale={{ emptyText: t('vmVolumes.none') }}
        columns={[
          {
            key: 'name',
            title: t('vmVolumes.name'),
            render: (_, volume) => (
              <Typography.Text copyable={{ text: volume.id }} title={volume.id}>
                {volume.name}
              </Typography.Text>
            ),
          },
          { key: 'size', title: t('vmVolumes.size'), render: (_, volume) => formatBytes(volume.sizeBytes, locale) },
          {
            key: 'template',
            title: t('vmVolumes.template'),
            render: (_, volume) =>
              volume.templateId ? <SourceImageLink connection={connection} imageId={volume.templateId} testId={`vm-volume-template-${volume.id}`} /> : <Typography.Text type="secondary">—</Typography.Text>,
          },
        ]}
      />
    </section>
  );
}
