import { Space, Tag, Typography } from 'antd';
import type { Vm } from '@/domain/vms/types';
import { useT } from '@/shared/i18n/useT';
import { VM_STATUS_COLOR } from '@/shared/vms/status';

/** Normalised badge (colour + word) with the provider's own status word beside it. */
export function VmStatusTag({ vm }: { vm: Pick<Vm, 'status' | 'providerStatus'> }) {
  const t = useT();
  return (
    <Space size={4} data-testid="vm-status" data-status={vm.status}>
      <Tag color={VM_STATUS_COLOR[vm.status]} style={{ marginInlineEnd: 0 }}>
        {t(`vm.status.${vm.status}`)}
      </Tag>
      <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="vm-provider-status">
        {vm.providerStatus}
      </Typography.Text>
    </Space>
  );
}
