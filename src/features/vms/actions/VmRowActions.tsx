import { MoreOutlined } from '@ant-design/icons';
import { Button, Dropdown, Tooltip } from 'antd';
import type { MenuProps } from 'antd';
import type { Connection } from '@/domain/connections/types';
import { DESTRUCTIVE_ACTIONS, type Vm, type VmAction } from '@/domain/vms/types';
import type { MessageKey } from '@/i18n';
import { runtime } from '@/shared/connections/runtime';
import { useT } from '@/shared/i18n/useT';
import { useVmActionFlow } from './useVmActionFlow';

/** A row's action menu; an action not allowed now is greyed with its reason. */
export function VmRowActions({ connection, vm }: { connection: Connection; vm: Vm }) {
  const t = useT();
  const service = runtime(connection).vms;
  const flow = useVmActionFlow(connection, vm);
  const items: MenuProps['items'] = service.actions.map((name) => {
    const capability = service.can(vm, name);
    const label = t(`vm.action.${name}` as MessageKey);
    return {
      key: name,
      danger: DESTRUCTIVE_ACTIONS.includes(name),
      disabled: !capability.allowed,
      label: capability.allowed ? label : <Tooltip title={t(capability.reason.key, capability.reason.params)} placement="left"><span>{label}</span></Tooltip>,
    };
  });
  return (
    <>
      <Dropdown trigger={['click']} menu={{ items, onClick: ({ key }) => flow.trigger(key as VmAction) }}>
        <Button size="small" type="text" icon={<MoreOutlined />} loading={flow.pendingAction !== undefined} aria-label={t('vms.rowActions', { name: vm.name })} data-testid={`row-actions-${vm.id}`} />
      </Dropdown>
      {flow.dialogs}
    </>
  );
}
