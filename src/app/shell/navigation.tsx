import {
  CloudServerOutlined,
  DashboardOutlined,
  DatabaseOutlined,
  DeploymentUnitOutlined,
  HistoryOutlined,
  PictureOutlined,
  SettingOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { MessageKey } from '@/i18n';

export interface NavItem {
  to: '/' | '/nodes' | '/vms' | '/snapshots' | '/images' | '/jobs' | '/settings/connections';
  /** Path prefix that marks the item as current. */
  match: string;
  label: MessageKey;
  icon: ReactNode;
}

export const NAV_ITEMS: NavItem[] = [
  { to: '/', match: '/', label: 'nav.overview', icon: <DashboardOutlined /> },
  { to: '/nodes', match: '/nodes', label: 'nav.nodes', icon: <DeploymentUnitOutlined /> },
  { to: '/vms', match: '/vms', label: 'nav.vms', icon: <CloudServerOutlined /> },
  { to: '/snapshots', match: '/snapshots', label: 'nav.snapshots', icon: <HistoryOutlined /> },
  { to: '/images', match: '/images', label: 'nav.images', icon: <PictureOutlined /> },
  { to: '/jobs', match: '/jobs', label: 'nav.jobs', icon: <DatabaseOutlined /> },
  { to: '/settings/connections', match: '/settings', label: 'nav.settings', icon: <SettingOutlined /> },
];

export function currentNavItem(pathname: string): NavItem | undefined {
  if (pathname === '/') return NAV_ITEMS[0];
  return NAV_ITEMS.find((item) => item.match !== '/' && pathname.startsWith(item.match));
}
