import { Alert, Button, Checkbox, Divider, Flex, Form, Input, Modal, Select, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { PROVIDER_IDS, type ProviderId } from '@/api/provider';
import { SECRET_FIELDS } from '@/domain/connections/defaults';
import type { Connection } from '@/domain/connections/types';
import type { MessageKey } from '@/i18n';
import { useConnections } from '@/shared/connections/hooks';
import { useSecrets } from '@/shared/connections/secrets';
import { findShipped, useConnectionStore } from '@/shared/connections/store';
import { reportSuccess } from '@/shared/errors/notify';
import { useLocale, useT } from '@/shared/i18n/useT';
import {
  OPTION_FIELDS,
  emptyFormValues,
  fromFormValues,
  missingSecrets,
  sameEndpointAs,
  slugId,
  toFormValues,
  validateBaseUrl,
  validateId,
  type ConnectionFormValues,
} from './connectionForm';
import { CleartextAlert } from '@/shared/connections/Cleartext';
import { TestResult } from './TestResult';
import { useTestConnection } from './useTestConnection';

interface Props {
  /** The connection being edited, or undefined to add one. */
  editing?: Connection;
  takenIds: string[];
  onClose(): void;
}

/** Add or edit a connection; credentials go to the in-memory secret store, never with the connection. */
export function ConnectionFormModal({ editing, takenIds, onClose }: Props) {
  const t = useT();
  const locale = useLocale();
  const [form] = Form.useForm<ConnectionFormValues>();
  const save = useConnectionStore((state) => state.save);
  const shipped = useConnectionStore((state) => (editing ? findShipped(state, editing.id) : undefined));
  const { byId, remembered, setSecrets } = useSecrets();
  const test = useTestConnection();
  const connections = useConnections();
  // Set when a save found the connection unreachable: the user confirms ("Save anyway") or fixes the values.
  const [unreachable, setUnreachable] = useState<ConnectionFormValues | undefined>();
  const [idTouched, setIdTouched] = useState(Boolean(editing));
  const initialValues = useMemo(
    () => (editing ? toFormValues(editing, byId[editing.id] ?? {}, remembered[editing.id] ?? false) : emptyFormValues()),
    // Only when the modal opens for a connection: later secret changes must not reset what the user typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [editing?.id],
  );
  const provider = (Form.useWatch('provider', form) ?? initialValues.provider) as ProviderId;
  const otherIds = takenIds.filter((id) => id !== editing?.id);
  const watched = Form.useWatch([], form) as ConnectionFormValues | undefined;
  const duplicate = watched?.provider ? sameEndpointAs(watched, connections, editing?.id) : undefined;

  const runTest = async () => {
    // A refused field shows its own message under it; there is nothing to test then.
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return;
    const { connection, secrets } = fromFormValues(values, editing?.origin ?? 'user');
    test.mutate({ connection, secrets });
  };

  const persist = (values: ConnectionFormValues) => {
    const { connection, secrets } = fromFormValues(values, editing?.origin ?? 'user');
    save(connection);
    setSecrets(connection.id, secrets, values.rememberForTab);
    reportSuccess(t('connections.saved'));
    onClose();
  };

  /**
   * Saves what answered the test at once; otherwise tests first (unless a test just failed) and, when the
   * connection does not answer, asks before saving it: an unreachable connection fills every page with errors.
   */
  const submit = async (values: ConnectionFormValues) => {
    if (test.data) return persist(values);
    let failed = Boolean(test.error);
    if (!failed) {
      const { connection, secrets } = fromFormValues(values, editing?.origin ?? 'user');
      failed = await test.mutateAsync({ connection, secrets }).then(
        () => false,
        () => true,
      );
    }
    if (failed) setUnreachable(values);
    else persist(values);
  };

  const rule = (check: (value: string) => MessageKey | undefined) => ({
    validator: async (_: unknown, value: string | undefined) => {
      const problem = check(value ?? '');
      if (problem) throw new Error(t(problem));
    },
  });
  // whitespace: a name or option of spaces only is empty once trimmed, and a connection needs it.
  const required = { required: true, whitespace: true, message: t('connections.validation.required') };

  return (
    <Modal
      open
      width={640}
      title={editing ? t('connections.edit') : t('connections.add')}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button onClick={() => void runTest()} loading={test.isPending} data-testid="form-test">
            {t('connections.test')}
          </Button>
          <Button type="primary" onClick={() => form.submit()} loading={test.isPending && !unreachable} data-testid="form-save">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <Form<ConnectionFormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => void submit(values)}
        onValuesChange={(changed: Partial<ConnectionFormValues>) => {
          if (changed.name !== undefined && !idTouched && !editing) form.setFieldValue('id', slugId(changed.name));
          if (changed.provider) form.setFieldValue('options', emptyFormValues(changed.provider).options);
          test.reset();
          setUnreachable(undefined);
        }}
      >
        <Form.Item name="provider" label={t('connections.field.provider')} rules={[required]}>
          <Select disabled={Boolean(editing)} options={PROVIDER_IDS.map((value) => ({ value, label: t(`provider.${value}`) }))} />
        </Form.Item>
        {/* Apart, not Space.Compact: two labelled fields, each with its own border and messages. */}
        <Flex gap={12}>
          <Form.Item name="name" label={t('connections.field.name')} rules={[required]} style={{ flex: 2 }}>
            <Input autoFocus />
          </Form.Item>
          <Form.Item name="id" label={t('connections.field.id')} rules={[rule((value) => validateId(value, otherIds))]} style={{ flex: 1 }}>
            <Input disabled={Boolean(editing)} onChange={() => setIdTouched(true)} />
          </Form.Item>
        </Flex>
        <Form.Item
          name="baseUrl"
          label={t('connections.field.baseUrl')}
          extra={t(`connections.example.${provider}`)}
          rules={[rule(validateBaseUrl)]}
        >
          <Input placeholder={`/mock/${provider}`} />
        </Form.Item>
        <CleartextAlert baseUrl={watched?.baseUrl} />
        {OPTION_FIELDS[provider].map((field) => (
          <Form.Item key={field.key} name={['options', field.key]} label={t(field.label)} rules={[...(field.required ? [required] : []), ...(field.validate ? [rule(field.validate)] : [])]}>
            {field.key === 'era' ? (
              <Select options={[{ value: 'current', label: t('connections.field.era.current') }, { value: '2022', label: t('connections.field.era.2022') }]} />
            ) : (
              <Input />
            )}
          </Form.Item>
        ))}
        <Divider titlePlacement="start" style={{ marginTop: 4 }}>{t('connections.secrets')}</Divider>
        <Typography.Paragraph type="secondary">{t('connections.secretsHint')}</Typography.Paragraph>
        {shipped?.help && (
          <Alert style={{ marginBottom: 12 }} type="info" showIcon title={t('connections.demoHelp')} description={shipped.help[locale] ?? shipped.help.en} />
        )}
        {SECRET_FIELDS[provider].map((key) => (
          <Form.Item
            key={key}
            name={['secrets', key]}
            label={t(`connections.secret.${key}`)}
            required={missingSecrets(provider, {}).includes(key)}
            // vsd takes a password or an API key: typing either one settles the other's message.
            dependencies={SECRET_FIELDS[provider].filter((other) => other !== key).map((other) => ['secrets', other])}
            rules={[
              {
                validator: async () => {
                  const secrets = (form.getFieldValue('secrets') ?? {}) as Record<string, string | undefined>;
                  if (missingSecrets(provider, secrets).includes(key)) throw new Error(t('connections.validation.secretRequired', { provider: t(`provider.${provider}`) }));
                },
              },
            ]}
          >
            <Input.Password autoComplete="off" />
          </Form.Item>
        ))}
        <Form.Item name="rememberForTab" valuePropName="checked">
          <Checkbox>{t('connections.rememberForTab')}</Checkbox>
        </Form.Item>
      </Form>
      {duplicate && <Alert type="warning" showIcon style={{ marginBottom: 12 }} data-testid="duplicate-endpoint" title={t('connections.duplicateEndpoint', { name: duplicate.name })} />}
      <TestResult result={test.data} error={test.error ?? undefined} />
      {unreachable && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          data-testid="save-unreachable"
          title={t('connections.saveUntested.title')}
          description={t('connections.saveUntested.failed')}
          action={
            <Button danger size="small" onClick={() => persist(unreachable)}>
              {t('connections.saveUntested.ok')}
            </Button>
          }
        />
      )}
    </Modal>
  );
}
