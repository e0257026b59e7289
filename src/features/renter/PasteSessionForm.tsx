import { Button, Form, Input, Typography } from 'antd';
import { useT } from '@/shared/i18n/useT';
import { SIGNATURE_PATTERN } from './signIn';
import type { RenterSessionApi } from './useRenterSession';

interface Values {
  sessionId: string;
  sessionIdSign: string;
}

const SESSION_ID_PATTERN = /^\S+$/;

/** (b) A session made with DBC's sign_tool, or handed over by the renter: stored as the connection's secrets. */
export function PasteSessionForm({ api, rememberForTab }: { api: RenterSessionApi; rememberForTab: boolean }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const submit = (values: Values) => {
    api.save({ sessionId: values.sessionId.trim(), sessionIdSign: values.sessionIdSign.trim() }, rememberForTab);
    form.resetFields();
  };
  return (
    <Form<Values> form={form} layout="vertical" onFinish={submit} data-testid="renter-paste-form" requiredMark={false}>
      <Typography.Paragraph type="secondary">{t('renter.paste.help')}</Typography.Paragraph>
      <Form.Item
        name="sessionId"
        label={t('renter.sessionId')}
        rules={[
          { required: true, whitespace: true, message: t('renter.required') },
          { pattern: SESSION_ID_PATTERN, message: t('renter.paste.sessionIdInvalid') },
        ]}
      >
        <Input autoComplete="off" spellCheck={false} />
      </Form.Item>
      <Form.Item
        name="sessionIdSign"
        label={t('renter.sessionIdSign')}
        rules={[
          { required: true, whitespace: true, message: t('renter.required') },
          { validator: async (_, value: string | undefined) => {
            if (value && !SIGNATURE_PATTERN.test(value.trim())) throw new Error(t('renter.paste.signInvalid'));
          } },
        ]}
      >
        <Input.TextArea autoComplete="off" spellCheck={false} autoSize={{ minRows: 2, maxRows: 3 }} />
      </Form.Item>
      <Button type="primary" htmlType="submit" data-testid="renter-paste-save">
        {t('renter.paste.save')}
      </Button>
    </Form>
  );
}
