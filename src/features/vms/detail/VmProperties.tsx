import { QuestionCircleOutlined } from '@ant-design/icons';
import { Descriptions, Space, Tag, Tooltip, Typography } from 'antd';
import type { Connection } from '@/domain/connections/types';
import type { Vm } from '@/domain/vms/types';
import { formatBytes, formatDateTime, formatNumber } from '@/shared/format';
import { useLocale, useT } from '@/shared/i18n/useT';
import { diskPartsText } from '@/shared/vms/resources';
import { VmStatusTag } from '@/shared/vms/VmStatusTag';
import { SourceImageLink } from './SourceImageLink';

export function VmProperties({ connection, vm }: { connection: Connection; vm: Vm }) {
  const t = useT();
  const locale = useLocale();
  const dash = <Typography.Text type="secondary">—</Typography.Text>;
  const number = (value: number | undefined) => (value === undefined ? dash : formatNumber(value, locale));
  const bytes = (value: number | undefined) => (value === undefined ? dash : formatBytes(value, locale));
  const parts = diskPartsText(vm, t, locale);
  // The total alone ("450 GiB" for a 100 GiB data disk) reads as a mistake: say what it counts.
  const disk =
    vm.diskBytes === undefined || parts === undefined ? (
      bytes(vm.diskBytes)
    ) : (
      <Space size={6} data-testid="vm-disk">
        {bytes(vm.diskBytes)}
        <Typography.Text type="secondary">= {parts}</Typography.Text>
        <Tooltip title={t('vmCreate.disk.help')}>
          <QuestionCircleOutlined aria-label={t('vmCreate.disk.help')} />
        </Tooltip>
      </Space>
    );
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2 }}
      data-testid="vm-properties"
      items={[
        { key: 'id', label: t('vms.prop.id'), children: <Typography.Text code copyable>{vm.id}</Typography.Text> },
        { key: 'status', label: t('common.status'), children: <VmStatusTag vm={vm} /> },
        { key: 'provider', label: t('common.provider'), children: <><Tag>{t(`provider.${vm.provider}`)}</Tag>{connection.name}</> },
        {
          key: 'location',
          label: t(`vms.location.${vm.location.kind}`),
          children: <Typography.Text copyable={{ text: vm.location.id }}>{vm.location.name ?? vm.location.id}</Typography.Text>,
        },
        { key: 'os', label: t('vms.prop.os'), children: vm.os ?? dash },
        { key: 'created', label: t('vms.col.created'), children: formatDateTime(vm.createdAt, locale) },
        { key: 'cpu', label: t('vms.field.cpuCores'), children: number(vm.cpuCores) },
        { key: 'memory', label: t('vms.prop.memory'), children: bytes(vm.memoryBytes) },
        { key: 'gpu', label: t('vms.field.gpuCount'), children: number(vm.gpuCount) },
        { key: 'disk', label: t('vms.prop.disk'), children: disk },
        ...(vm.sourceImageId ? [{ key: 'image', label: t('createFromImage.createdFrom'), span: 2, children: <SourceImageLink connection={connection} imageId={vm.sourceImageId} /> }] : []),
        { key: 'description', label: t('vms.prop.description'), span: 2, children: vm.description ?? dash },
      ]}
    />
  );
}
