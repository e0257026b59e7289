import { MoreOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import type { MenuProps } from 'antd';
import { useState } from 'react';
import type { Connection } from '@/domain/connections/types';
import type { Vm, VmAction } from '@/domain/vms/types';
import { actionMenuItems } from '@/shared/actions/ActionBar';
import { useT } from '@/shared/i18n/useT';
import { vmActionsOf } from './registry';
import { useVmActionFlow } from './useVmActionFlow';

interface Props {
  connection: Connection;
  vm: Vm;
}

/**
 * A row's action menu. Rows mount with a bare button; the menu (capability checks, the action mutation, its
 * dialogs) is built on the first click, so a virtual table of 10,000 rows pays one button per row as it scrolls.
 */
export function VmRowActions(props: Props) {
  const t = useT();
  const [armed, setArmed] = useState(false);
  if (armed) return <RowActionsMenu {...props} />;
  return (
    <Button
      size="small"
      type="text"
      icon={<MoreOutlined />}
      aria-label={t('vms.rowActions', { name: props.vm.name })}
      aria-haspopup="menu"
      onClick={() => setArmed(true)}
      data-testid={`row-actions-${props.vm.id}`}
    />
  );
}

/** The menu itself, open as it mounts; an action not allowed now is greyed with its reason. */
function RowActionsMenu({ connection, vm }: Props) {
  const t = useT();
  const [open, setOpen] = useState(true);
  const flow = useVmActionFlow(connection, vm);
  const items = actionMenuItems(vmActionsOf(connection), { connection, vm }, t);
  const onClick: MenuProps['onClick'] = ({ key }) => {
    setOpen(false);
    flow.trigger(key as VmAction);
  };
  return (
    <>
      <Dropdown trigger={['click']} open={open} onOpenChange={setOpen} menu={{ items, onClick }}>
        <Button
          size="small"
          type="text"
          icon={<MoreOutlined />}
          loading={flow.pendingAction !== undefined}
          aria-label={t('vms.rowActions', { name: vm.name })}
          aria-haspopup="menu"
          data-testid={`row-actions-${vm.id}`}
        />
      </Dropdown>
      {flow.dialogs}
    </>
  );
}
