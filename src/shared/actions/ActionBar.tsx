import { DownOutlined } from '@ant-design/icons';
import { Button, Divider, Dropdown, Space, Tooltip, Typography } from 'antd';
import type { MenuProps } from 'antd';
import type { Translate } from '@/i18n';
import { useT } from '../i18n/useT';
import type { ActionDefinition, ActionGroup } from './types';

type Action<S> = ActionDefinition<S, string>;

interface BarProps<S> {
  actions: readonly Action<S>[];
  subject: S;
  /** The action whose request is in flight: it spins, the others wait. */
  pending?: string;
  onTrigger(name: string): void;
  size?: 'small' | 'middle';
  testId?: string;
}

// Ungrouped actions (a registry without groups) first, as plain buttons in their order.
const GROUP_ORDER: readonly (ActionGroup | undefined)[] = [undefined, 'power', 'configure', 'delete'];

/**
 * The actions in the sections bars and menus show, dividers between them: one per group in GROUP_ORDER, and a
 * group's destructive actions (power off, force restart) as their own section after its gentle ones.
 */
export function actionSections<S>(actions: readonly Action<S>[]): { group?: ActionGroup; actions: Action<S>[] }[] {
  return GROUP_ORDER.flatMap((group) => {
    const members = actions.filter((action) => action.group === group);
    return [members.filter((a) => !a.destructive), members.filter((a) => a.destructive)]
      .filter((section) => section.length > 0)
      .map((section) => ({ group, actions: section }));
  });
}

interface ButtonProps<S> extends Omit<BarProps<S>, 'actions' | 'testId'> {
  action: Action<S>;
}

function ActionButton<S>({ action, subject, pending, onTrigger, size }: ButtonProps<S>) {
  const t = useT();
  const capability = action.can(subject);
  const button = (
    <Button
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
  if (capability.allowed) return button;
  // A disabled button swallows pointer events and cannot take focus: the wrapper receives the hover and the
  // keyboard focus, so mouse and keyboard users both reach the reason.
  return (
    <Tooltip title={t(capability.reason.key, capability.reason.params)} trigger={['hover', 'focus']}>
      <span tabIndex={0} data-testid={`action-${action.name}-disabled`}>{button}</span>
    </Tooltip>
  );
}

/**
 * A split button: the action the subject's state calls for (Start on a VM that is off, Shut down on a running
 * one) and a menu of the whole group, as established consoles show power actions.
 */
function SplitActions<S>({ actions, ...props }: Omit<BarProps<S>, 'testId'>) {
  const t = useT();
  const allowed = actions.filter((action) => action.can(props.subject).allowed);
  const primary = allowed.find((action) => !action.destructive) ?? actions.find((action) => !action.destructive) ?? actions[0];
  if (!primary) return null;
  return (
    <Space.Compact>
      <ActionButton action={primary} {...props} />
      <Dropdown
        trigger={['click']}
        disabled={props.pending !== undefined}
        menu={{ items: actionMenuItems(actions, props.subject, t), onClick: ({ key }) => props.onTrigger(key) }}
      >
        <Button
          size={props.size}
          icon={<DownOutlined aria-hidden />}
          // A menu action in flight spins here (the primary button spins for itself).
          loading={props.pending !== undefined && props.pending !== primary.name && actions.some((action) => action.name === props.pending)}
          aria-label={t('actions.powerMenu')}
          aria-haspopup="menu"
          data-testid="action-group-power"
        />
      </Dropdown>
    </Space.Compact>
  );
}

/**
 * Buttons for a registry's actions; a refused one is greyed with its reason on hover and keyboard focus. Grouped
 * actions: power ones in one split button, configuration as buttons, deletion set apart after a divider.
 */
export function ActionBar<S>({ actions, testId, ...props }: BarProps<S>) {
  const groups = GROUP_ORDER.map((group) => ({ group, actions: actions.filter((action) => action.group === group) })).filter((g) => g.actions.length > 0);
  return (
    <Space wrap data-testid={testId}>
      {groups.map(({ group, actions: members }) => {
        if (group === 'power') return <SplitActions key="power" actions={members} {...props} />;
        const buttons = members.map((action) => <ActionButton key={action.name} action={action} {...props} />);
        if (group !== 'delete' || groups.length === 1) return buttons;
        return [<Divider key="delete-divider" orientation="vertical" />, ...buttons];
      })}
    </Space>
  );
}

/**
 * The same actions as dropdown menu items (keys are the action names), sections apart by dividers. A refused item
 * shows its reason under its name: a disabled menu item takes no keyboard focus, so a tooltip would reach mouse
 * users only. The reason stays out of the item's name (screen readers get it as its description).
 */
export function actionMenuItems<S>(actions: readonly Action<S>[], subject: S, t: Translate): NonNullable<MenuProps['items']> {
  return actionSections(actions).flatMap((section, index) => [
    ...(index > 0 ? [{ type: 'divider' as const, key: `divider-${index}` }] : []),
    ...section.actions.map((action) => {
      const capability = action.can(subject);
      const label = t(action.label);
      if (capability.allowed) return { key: action.name, icon: action.icon, danger: action.destructive, label };
      const reason = t(capability.reason.key, capability.reason.params);
      return {
        key: action.name,
        icon: action.icon,
        danger: action.destructive,
        disabled: true,
        'aria-description': reason,
        label: (
          <span>
            {label}
            <Typography.Text type="secondary" aria-hidden style={{ display: 'block', fontSize: 12, maxWidth: 280, whiteSpace: 'normal' }}>
              {reason}
            </Typography.Text>
          </span>
        ),
      };
    }),
  ]);
}
