import { ExperimentOutlined, MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Space, Spin, Tag, Tooltip, Typography, theme } from 'antd';
import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { Suspense, lazy, useRef, useState, type ReactNode } from 'react';
import { ImageListLink } from '@/features/images/ImageListLink';
import { VmListLink } from '@/features/vms/list/VmListLink';
import { useDemoActive } from '@/shared/connections/hooks';
import { useJobs } from '@/shared/jobs/store';
import { useT } from '@/shared/i18n/useT';
import { LanguageSelect, ThemeSegmented } from '@/shared/preferences/Controls';
import { DemoUnavailableAlert } from '../embed/DemoUnavailableAlert';
import { EmbedBridge } from '../embed/EmbedBridge';
import { EmbedDebugPanel } from '../embed/EmbedDebugPanel';
import { useEmbed } from '@/shared/embed';
import { Breadcrumbs } from './Breadcrumbs';
import { ConnectionSwitcher } from './ConnectionSwitcher';
import { HEADER_HEIGHT } from './header';
import { NAV_ITEMS, currentNavItem } from './navigation';

function DemoBadge() {
  const t = useT();
  if (!useDemoActive()) return null;
  return (
    <Tooltip title={t('header.demoTooltip')}>
      <Tag color="orange" data-testid="demo-badge" style={{ marginInlineEnd: 0 }}>
        {t('header.demo')}
      </Tag>
    </Tooltip>
  );
}

/** Loaded on first open: the drawer's forms stay out of the shell's first load. */
const DemoControlsDrawer = lazy(() => import('@/features/demo-controls/DemoControlsDrawer'));
const JobsDrawer = lazy(() => import('@/features/jobs/JobsDrawer'));
// The tracker polls providers, so it brings every provider driver (and axios): loaded only while a job runs.
const JobTracker = lazy(() => import('@/shared/jobs/JobTracker').then((module) => ({ default: module.JobTracker })));

function DemoControls() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  if (!useDemoActive()) return null;
  return (
    <>
      <Button
        icon={<ExperimentOutlined />}
        data-testid="demo-controls-open"
        onClick={() => {
          setOpened(true);
          setOpen(true);
        }}
      >
        {t('demo.open')}
      </Button>
      {opened && (
        <Suspense fallback={null}>
          <DemoControlsDrawer open={open} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}

/** The console frame: side navigation, header controls, breadcrumbs, and the routed page. */
export function AppShell() {
  const t = useT();
  const { token } = theme.useToken();
  const [collapsed, setCollapsed] = useState(false);
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const current = currentNavItem(pathname);
  const jobsRunning = useJobs((state) => state.jobs.some((job) => job.status === 'running'));
  const embedded = useEmbed((state) => state.embedded);
  const debug = useEmbed((state) => state.debug);
  const tracker = jobsRunning && (
    <Suspense fallback={null}>
      <JobTracker />
    </Suspense>
  );

  if (embedded) return <EmbeddedShell tracker={tracker} debug={debug} />;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {tracker}
      <Layout.Sider collapsible collapsed={collapsed} trigger={null} width={216} theme="light" style={{ borderInlineEnd: `1px solid ${token.colorBorderSecondary}` }}>
        <Link to="/" style={{ display: 'flex', alignItems: 'center', gap: 10, height: 56, padding: '0 20px', color: token.colorText }}>
          <img src="/favicon.svg" width={24} height={24} alt="" />
          {!collapsed && <Typography.Text strong style={{ fontSize: 16 }}>{t('app.name')}</Typography.Text>}
        </Link>
        <Menu
          mode="inline"
          data-testid="side-nav"
          selectedKeys={current ? [current.to] : []}
          style={{ borderInlineEnd: 'none' }}
          items={NAV_ITEMS.map((item) => ({
            key: item.to,
            icon: item.icon,
            // The VM and image lists open as the user left them (filters, search, sort); the other pages have nothing to restore.
            label:
              item.to === '/vms' ? (
                <VmListLink>{t(item.label)}</VmListLink>
              ) : item.to === '/images' ? (
                <ImageListLink>{t(item.label)}</ImageListLink>
              ) : (
                <Link to={item.to}>{t(item.label)}</Link>
              ),
          }))}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            display: 'flex',
            alignItems: 'center',
            gap: 12,
            padding: '0 16px',
            height: HEADER_HEIGHT,
            background: token.colorBgContainer,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
          }}
        >
          <Button
            type="text"
            aria-label={t('shell.toggleNavigation')}
            icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
            onClick={() => setCollapsed((value) => !value)}
          />
          <DemoBadge />
          <DemoControls />
          <div style={{ flex: 1 }} />
          <Space size={12}>
            <Suspense fallback={null}>
              <JobsDrawer />
            </Suspense>
            <ConnectionSwitcher />
            <LanguageSelect />
            <ThemeSegmented />
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: '16px 24px 32px' }}>
          <DemoUnavailableAlert />
          <Breadcrumbs />
          <Suspense fallback={<Spin style={{ display: 'block', margin: '64px auto' }} />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

/**
 * Embed mode (`?embed=1`): the routed page alone, filling the frame: no side navigation and no header (the host
 * page has its own). Its natural height is what the host is told, so it sets no minimum height of its own.
 */
function EmbeddedShell({ tracker, debug }: { tracker: ReactNode; debug: boolean }) {
  const contentRef = useRef<HTMLDivElement>(null);
  const awaitingInit = useEmbed((state) => state.awaitingInit);
  const spinner = <Spin data-testid="embed-awaiting-init" style={{ display: 'block', margin: '64px auto' }} />;
  return (
    <div ref={contentRef} data-testid="embedded-shell" style={{ padding: '12px 16px 16px' }}>
      <EmbedBridge contentRef={contentRef} />
      {tracker}
      <DemoUnavailableAlert />
      {awaitingInit ? (
        spinner
      ) : (
        <>
          <Breadcrumbs />
          <Suspense fallback={spinner}>
            <Outlet />
          </Suspense>
        </>
      )}
      {(import.meta.env.DEV || debug) && <EmbedDebugPanel />}
    </div>
  );
}
