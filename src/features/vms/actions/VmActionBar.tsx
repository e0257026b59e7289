import { Button, Space, Tooltip } from 'antd';
import type { Connection } from '@/domain/connections/types';
import { DESTRUCTIVE_ACTIONS, type Vm } from '@/domain/vms/types';
import { runtime } from '@/shared/connections/runtime';
import { useT } from '@/shared/i18n/useT';
import { useVmActionFlow } from './useVmActionFlow';

/** The detail page's buttons: every action the provider offers; disabled ones say why in a tooltip. */
export function VmActionBar({ connection, vm }: { connection: Connection; vm: Vm }) {
  const t = useT();
  const service = runtime(connection).vms;
  const flow = useVmActionFlow(connection, vm);
  return (
    <Space wrap data-testid="vm-actions">
      {service.actions.map((name) => {
        const capability = service.can(vm, name);
        const button = (
          <Button
            key={name}
            danger={DESTRUCTIVE_ACTIONS.includes(name)}
            disabled={!capability.allowed || (flow.pendingAction !== undefined && flow.pendingAction !== name)}
            loading={flow.pendingAction === name}
            onClick={() => flow.trigger(name)}
            data-testid={`action-${name}`}
          >
            {t(`vm.action.${name}`)}
          </Button>
        );
        return capability.allowed ? (
          button
        ) : (
          // A disabled button swallows pointer events and cannot take focus: the wrapper receives the hover and the
          // keyboard focus, so mouse and keyboard users both reach the reason.
          <Tooltip key={name} title={t(capability.reason.key, capability.reason.params)} trigger={['hover', 'focus']}>
            <span tabIndex={0} data-testid={`action-${name}-disabled`}>{button}</span>
          </Tooltip>
        );
      })}
      {flow.dialogs}
    </Space>
  );
}
