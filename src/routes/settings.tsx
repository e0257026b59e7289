import { Tabs } from 'antd';
import { Outlet, createFileRoute, useNavigate, useRouterState } from '@tanstack/react-router';
import { useT } from '@/shared/i18n/useT';

function SettingsLayout() {
  const t = useT();
  const navigate = useNavigate();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  return (
    <>
      <Tabs
        activeKey={pathname.startsWith('/settings/preferences') ? 'preferences' : 'connections'}
        onChange={(key) => void navigate({ to: key === 'preferences' ? '/settings/preferences' : '/settings/connections' })}
        items={[
          { key: 'connections', label: t('nav.connections') },
          { key: 'preferences', label: t('nav.preferences') },
        ]}
      />
      <Outlet />
    </>
  );
}

export const Route = createFileRoute('/settings')({
  staticData: { crumb: 'nav.settings' },
  component: SettingsLayout,
});
