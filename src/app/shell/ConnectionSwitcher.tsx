import { ApiOutlined, DownOutlined } from '@ant-design/icons';
import { Badge, Button, Checkbox, Divider, Dropdown, Space, Tag, Tooltip, Typography, theme } from 'antd';
import { Link } from '@tanstack/react-router';
import { isEmulated } from '@/domain/connections/types';
import { useConnectionHealth } from '@/shared/connections/health';
import { useActiveIds, useConnections } from '@/shared/connections/hooks';
import { useConnectionStore } from '@/shared/connections/store';
import { useT } from '@/shared/i18n/useT';

/** Header control: which connections are active (several may be); pages fan out to the active ones. */
export function ConnectionSwitcher() {
  const t = useT();
  const { token } = theme.useToken();
  const connections = useConnections();
  const activeIds = useActiveIds();
  const setActive = useConnectionStore((state) => state.setActive);
  const activeConnections = connections.filter((c) => activeIds.includes(c.id));
  const active = activeConnections.length;
  // The badge counts healthy connections of the active ones: "4/4" must not hide a failing or refused one. While some
  // are unchecked (nothing on this page read them) and none is failing, it says how many are active, claiming nothing.
  const health = useConnectionHealth(activeConnections);
  const healthy = health.healthy.size;
  const unchecked = health.unchecked.size;
  const failing = active - healthy - unchecked;
  const badgeText = unchecked > 0 && failing === 0 ? String(active) : `${healthy}/${active}`;
  const badgeColor = active === 0 || (unchecked > 0 && failing === 0) ? token.colorTextQuaternary : healthy === active ? token.colorSuccess : token.colorWarning;
  const badgeTitle = [t('dataHealth.headerHealthy', { healthy, active }), unchecked > 0 ? t('dataHealth.headerUnchecked', { count: unchecked }) : undefined].filter(Boolean).join(' · ');

  const panel = (
    <div
      data-testid="connection-switcher-panel"
      style={{ background: token.colorBgElevated, borderRadius: token.borderRadiusLG, boxShadow: token.boxShadowSecondary, padding: 12, minWidth: 320 }}
    >
      {connections.length === 0 && <Typography.Text type="secondary">{t('header.noConnections')}</Typography.Text>}
      <Space orientation="vertical" style={{ width: '100%' }}>
        {connections.map((connection) => (
          <Checkbox
            key={connection.id}
            checked={activeIds.includes(connection.id)}
            onChange={(event) => setActive(connection.id, event.target.checked)}
          >
            <Space size={6}>
              <span>{connection.name}</span>
              <Tag>{t(`provider.${connection.provider}`)}</Tag>
              {isEmulated(connection) && <Tag color="orange">{t('common.emulator')}</Tag>}
            </Space>
          </Checkbox>
        ))}
      </Space>
      <Divider style={{ margin: '10px 0' }} />
      <Link to="/settings/connections">{t('header.manageConnections')}</Link>
    </div>
  );

  return (
    <Dropdown popupRender={() => panel} trigger={['click']}>
      <Button data-testid="connection-switcher" icon={<ApiOutlined />}>
        <Space size={6}>
          {t('header.connections')}
          <Tooltip title={badgeTitle}>
            <Badge count={badgeText} color={badgeColor} data-testid="header-health-badge" aria-label={badgeTitle} />
          </Tooltip>
          <DownOutlined />
        </Space>
      </Button>
    </Dropdown>
  );
}
