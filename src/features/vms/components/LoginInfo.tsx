import { CopyOutlined, EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { Button, Descriptions, Empty, Space, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import type { LoginEndpoint } from '@/domain/vms/types';
import { reportSuccess } from '@/shared/errors/notify';
import { useT } from '@/shared/i18n/useT';

const address = (endpoint: LoginEndpoint) => `${endpoint.host}:${endpoint.port}`;

function CopyButton({ text, label }: { text: string; label: string }) {
  const t = useT();
  return (
    <Tooltip title={t('common.copy')}>
      <Button
        size="small"
        type="text"
        icon={<CopyOutlined />}
        aria-label={`${t('common.copy')} ${label}`}
        onClick={() => {
          void navigator.clipboard?.writeText(text).then(() => reportSuccess(t('common.copied')), () => undefined);
        }}
      />
    </Tooltip>
  );
}

/** A password shown as dots until revealed (never written anywhere else), with its copy button. */
export function Secret({ value, label, testId = 'login-password' }: { value: string; label: string; testId?: string }) {
  const t = useT();
  const [shown, setShown] = useState(false);
  return (
    <Space size={4}>
      <Typography.Text code data-testid={testId}>{shown ? value : '••••••••'}</Typography.Text>
      <Tooltip title={shown ? t('vms.login.hide') : t('vms.login.reveal')}>
        <Button
          size="small"
          type="text"
          icon={shown ? <EyeInvisibleOutlined /> : <EyeOutlined />}
          aria-label={`${shown ? t('vms.login.hide') : t('vms.login.reveal')} ${label}`}
          onClick={() => setShown((s) => !s)}
        />
      </Tooltip>
      <CopyButton text={value} label={label} />
    </Space>
  );
}

/** Host:port, user and password (hidden until revealed) of every way into the VM, each copyable. */
export function LoginInfo({ login }: { login: LoginEndpoint[] }) {
  const t = useT();
  if (login.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('vms.login.none')} />;
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="login-info">
      {login.map((endpoint) => {
        const name = endpoint.protocol.toUpperCase();
        return (
          <Descriptions
            key={endpoint.protocol}
            size="small"
            bordered
            column={1}
            title={name}
            data-testid={`login-${endpoint.protocol}`}
            items={[
              {
                key: 'address',
                label: t('vms.login.address'),
                children: (
                  <Space size={4}>
                    <Typography.Text code>{address(endpoint)}</Typography.Text>
                    <CopyButton text={address(endpoint)} label={`${name} ${t('vms.login.address')}`} />
                  </Space>
                ),
              },
              ...(endpoint.user
                ? [{ key: 'user', label: t('vms.login.user'), children: (
                    <Space size={4}>
                      <Typography.Text code>{endpoint.user}</Typography.Text>
                      <CopyButton text={endpoint.user} label={`${name} ${t('vms.login.user')}`} />
                    </Space>
                  ) }]
                : []),
              ...(endpoint.password
                ? [{ key: 'password', label: t('vms.login.password'), children: <Secret value={endpoint.password} label={`${name} ${t('vms.login.password')}`} /> }]
                : []),
            ]}
          />
        );
      })}
    </Space>
  );
}
