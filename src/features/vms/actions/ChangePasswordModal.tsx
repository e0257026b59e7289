import { Alert, Form, Input, Modal } from 'antd';
import type { Connection } from '@/domain/connections/types';
import type { Vm } from '@/domain/vms/types';
import { ProviderErrorView } from '@/shared/errors/ProviderErrorView';
import { useT } from '@/shared/i18n/useT';
import { useVmAction } from './useVmAction';

interface Values {
  username: string;
  password: string;
}

/** DBC passwd (running VMs only): the node wants both fields non-empty. A refusal keeps what was typed. */
export function ChangePasswordModal({ connection, vm, onClose }: { connection: Connection; vm: Vm; onClose(): void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const action = useVmAction(connection, vm, { silent: true });
  const currentUser = vm.login.find((l) => l.user)?.user;

  async function submit(values: Values) {
    const outcome = await action.run('changePassword', { username: values.username.trim(), password: values.password });
    if (outcome) onClose();
  }

  return (
    <Modal
      open
      destroyOnHidden
      title={t('vms.password.title', { name: vm.name })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: action.pending, 'data-testid': 'password-submit' } as never}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {action.error !== null && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={<ProviderErrorView error={action.error} />} />}
      <Form<Values> form={form} layout="vertical" initialValues={{ username: currentUser ?? '', password: '' }} onFinish={(v) => void submit(v)}>
        <Form.Item name="username" label={t('vms.login.user')} rules={[{ required: true, whitespace: true, message: t('vms.create.error.required') }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('vms.password.new')}
          rules={[{ required: true, message: t('vms.create.error.required') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
