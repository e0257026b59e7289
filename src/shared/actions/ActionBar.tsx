import { Button, Space, Tooltip } from 'antd';
import type { MenuProps } from 'antd';
import type { Translate } from '@/i18n';
import { useT } from '../i18n/useT';
import type { ActionDefinition } from './types';

interface BarProps<S> {
  actions: readonly ActionDefinition<S, string>[];
  subject: S;
  /** The action whose request is in flight: it spins, the others wait. */
  pending?: string;
  onTrigger(name: string): void;
  size?: 'small' | 'middle';
  testId?: string;
}

/** Buttons for a registry's actions; a refused one is greyed with its reason on hover and keyboard focus. */
export function ActionBar<S>({ actions, subject, pending, onTrigger, size, testId }: BarProps<S>) {
  const t = useT();
  return (
    <Space wrap data-testid={testId}>
      {actions.map((action) => {
        const capability = action.can(subject);
        const button = (
          <Button
            key={action.name}
            size={size}
            icon={action.icon}
            danger={action.destructive}
            disabled={!capability.allowed || (pending !== undefined && pending !== action.name)}
            loading={pending === action.name}
            onClick={() => onTrigger(action.name)}
            data-testid={`action-${action.name}`}
          >
            {t(action.label)}
          </Button>
        );
        return capability.allowed ? (
          button
        ) : (
          // A disabled button swallows pointer events and cannot take focus: the wrapper receives the hover and the
          // keyboard focus, so mouse and keyboard users both reach the reason.
          <Tooltip key={action.name} title={t(capability.reason.key, capability.reason.params)} trigger={['hover', 'focus']}>
            <span tabIndex={0} data-testid={`action-${action.name}-disabled`}>{button}</span>
          </Tooltip>
        );
      })}
    </Space>
  );
}

/** The same actions as dropdown menu items (keys are the action names). */
export function actionMenuItems<S>(actions: readonly ActionDefinition<S, string>[], subject: S, t: Translate): NonNullable<MenuProps['items']> {
  return actions.map((action) => {
    const capability = action.can(subject);
    const label = t(action.label);
    return {
      key: action.name,
      icon: action.icon,
      danger: action.destructive,
      disabled: !capability.allowed,
      label: capability.allowed ? label : <Tooltip title={t(capability.reason.key, capability.reason.params)} placement="left"><span>{label}</span></Tooltip>,
    };
  });
}
