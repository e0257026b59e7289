import { Card, Descriptions, Space, Typography } from 'antd';
import type { Vm } from '@/domain/vms/types';
import { useT } from '@/shared/i18n/useT';
import { Secret } from '../components/LoginInfo';
import { connectMethods, type ConnectMethod } from './connectMethods';

const TITLES = { ssh: 'vmConnect.ssh', rdp: 'vmConnect.rdp', vnc: 'vmConnect.vnc' } as const;
const HINTS = { ssh: 'vmConnect.sshHint', rdp: 'vmConnect.rdpHint', vnc: 'vmConnect.vncHint' } as const;

function Method({ method }: { method: ConnectMethod }) {
  const t = useT();
  if (!method.available) return <Typography.Text type="secondary" data-testid={`connect-${method.protocol}-unavailable`}>{t(method.reason.key, method.reason.params)}</Typography.Text>;
  const copyable = { text: method.text, tooltips: [t('common.copy'), t('common.copied')] };
  const { password } = method.endpoint;
  return (
    <Space orientation="vertical" size={2}>
      {method.href ? (
        <Typography.Link href={method.href} code copyable={copyable} data-testid={`connect-${method.protocol}`}>{method.text}</Typography.Link>
      ) : (
        <Typography.Text code copyable={copyable} data-testid={`connect-${method.protocol}`}>{method.text}</Typography.Text>
      )}
      {password && (
        <Space size={4}>
          <Typography.Text type="secondary">{t('vmConnect.password')}</Typography.Text>
          <Secret value={password} label={`${method.protocol.toUpperCase()} ${t('vmConnect.password')}`} testId={`connect-${method.protocol}-password`} />
        </Space>
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t(HINTS[method.protocol])}</Typography.Text>
    </Space>
  );
}

/** How to get into the VM: a pasteable ssh command, the RDP address, the VNC link, or why each is unavailable now. */
export function ConnectCard({ vm }: { vm: Vm }) {
  const t = useT();
  const methods = connectMethods(vm, t(`vm.status.${vm.status}`), t(`provider.${vm.provider}`));
  return (
    <Card title={t('vmConnect.title')} size="small" style={{ marginBottom: 16 }} data-testid="vm-connect">
      <Descriptions
        size="small"
        column={1}
        items={methods.map((method) => ({ key: method.protocol, label: t(TITLES[method.protocol]), children: <Method method={method} /> }))}
      />
    </Card>
  );
}
