import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Form, Input, InputNumber, Space, Typography } from 'antd';
import { useState } from 'react';
import type { MessageKey } from '@/i18n';
import { ProviderErrorView } from '@/shared/errors/ProviderErrorView';
import { useT } from '@/shared/i18n/useT';
import { checkMultisig, memberSign, multisigSessionId, SIGNATURE_PATTERN, type MultisigInput } from './signIn';
import { useExtension } from './useExtension';
import type { RenterSessionApi } from './useRenterSession';

interface Values {
  wallets: string;
  threshold: number;
  signs: Array<{ wallet?: string; nonce?: string; sign?: string }>;
}

const toInput = (values: Values): MultisigInput => ({
  wallets: (values.wallets ?? '').split(/[\s,;]+/).map((w) => w.trim()).filter(Boolean),
  threshold: values.threshold,
  signs: (values.signs ?? []).map((s) => ({ wallet: s.wallet?.trim() ?? '', nonce: s.nonce?.trim() ?? '', sign: s.sign?.trim() ?? '' })),
});

const short = (address: string) => `${address.slice(0, 6)}…${address.slice(-4)}`;

/** Multisig renters: members' signs → the multisig session id → one member signs the session id. */
export function MultisigForm({ api, rememberForTab }: { api: RenterSessionApi; rememberForTab: boolean }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const extension = useExtension();
  const [session, setSession] = useState<{ id: string; input: MultisigInput }>();
  const [sessionSign, setSessionSign] = useState('');
  const [problem, setProblem] = useState<MessageKey>();

  const getSession = useMutation({
    mutationFn: (input: MultisigInput) => {
      if (!api.firstNode) throw new Error(t('renter.needNode'));
      return multisigSessionId(api.nodes(), api.firstNode, input);
    },
    onSuccess: (id, input) => setSession({ id, input }),
    meta: { silent: true },
  });

  const submit = (values: Values) => {
    const input = toInput(values);
    const found = checkMultisig(input);
    setProblem(found ? (`renter.multisig.problem.${found}`) : undefined);
    if (!found) getSession.mutate(input);
  };

  /** Adds a sign from every extension account that is a member and has not signed yet. */
  const signWithExtension = async () => {
    if (!extension.connected) return extension.connect();
    const input = toInput(form.getFieldsValue());
    const signed = new Set(input.signs.map((s) => s.wallet));
    const members = extension.connected.accounts.filter((a) => input.wallets.includes(a.address) && !signed.has(a.address));
    const added = [];
    for (const member of members) added.push(await memberSign(extension.connected.signerFor(member.address)));
    form.setFieldValue('signs', [...input.signs.filter((s) => s.wallet || s.sign), ...added]);
  };

  const signSessionWithExtension = async () => {
    if (!extension.connected || !session) return extension.connect();
    const member = extension.connected.accounts.find((a) => session.input.wallets.includes(a.address));
    if (member) setSessionSign(await extension.connected.signerFor(member.address).sign(session.id));
  };

  const saveSession = () => {
    if (!session) return;
    const signers = session.input.signs.map((s) => short(s.wallet)).join(', ');
    api.save({ sessionId: session.id, sessionIdSign: sessionSign.trim(), renterWallet: `multisig ${session.input.threshold}/${session.input.wallets.length} (${signers})` }, rememberForTab);
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{t('renter.multisig.help')}</Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ threshold: 2, signs: [{}] }} requiredMark={false} data-testid="renter-multisig-form">
        <Form.Item name="wallets" label={t('renter.multisig.wallets')} rules={[{ required: true, message: t('renter.required') }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} spellCheck={false} />
        </Form.Item>
        <Form.Item name="threshold" label={t('renter.multisig.threshold')} rules={[{ required: true, message: t('renter.required') }]}>
          <InputNumber min={1} precision={0} />
        </Form.Item>
        <Typography.Text strong>{t('renter.multisig.signs')}</Typography.Text>
        <Form.List name="signs">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="start" wrap style={{ display: 'flex', marginTop: 8 }}>
                  <Form.Item name={[field.name, 'wallet']} noStyle>
                    <Input placeholder={t('renter.multisig.wallet')} style={{ width: 260 }} spellCheck={false} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'nonce']} noStyle>
                    <Input placeholder={t('renter.multisig.nonce')} style={{ width: 160 }} spellCheck={false} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'sign']} noStyle>
                    <Input placeholder={t('renter.multisig.sign')} style={{ width: 260 }} spellCheck={false} />
                  </Form.Item>
                  <Button type="text" aria-label={t('common.remove')} icon={<DeleteOutlined />} onClick={() => remove(field.name)} />
                </Space>
              ))}
              <Space style={{ marginTop: 8 }}>
                <Button icon={<PlusOutlined />} onClick={() => add({})}>{t('renter.multisig.addSign')}</Button>
                <Button onClick={() => void signWithExtension()} loading={extension.connecting}>{t('renter.multisig.signWithExtension')}</Button>
              </Space>
            </>
          )}
        </Form.List>
        <div style={{ marginTop: 12 }}>
          <Button type="primary" htmlType="submit" loading={getSession.isPending} disabled={!api.firstNode}>
            {t('renter.multisig.getSession')}
          </Button>
        </div>
      </Form>
      {!api.firstNode && <Alert type="warning" showIcon title={t('renter.needNode')} />}
      {problem && <Alert type="error" showIcon title={t(problem)} />}
      {extension.error && <Alert type="error" showIcon title={extension.error} />}
      {getSession.isError && <Alert type="error" showIcon title={<ProviderErrorView error={getSession.error} />} />}
      {session && (
        <Space orientation="vertical" style={{ width: '100%' }} data-testid="renter-multisig-session">
          <Typography.Text code copyable>{session.id}</Typography.Text>
          <Typography.Text type="secondary">{t('renter.multisig.sessionSignHelp')}</Typography.Text>
          <Space wrap>
            <Input value={sessionSign} onChange={(e) => setSessionSign(e.target.value)} placeholder={t('renter.sessionIdSign')} style={{ width: 420 }} spellCheck={false} />
            <Button onClick={() => void signSessionWithExtension()}>{t('renter.multisig.signWithExtension')}</Button>
            <Button type="primary" disabled={!SIGNATURE_PATTERN.test(sessionSign.trim())} onClick={saveSession}>{t('renter.paste.save')}</Button>
          </Space>
        </Space>
      )}
    </Space>
  );
}
