import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Flex, Form, Input, Progress, Radio, Skeleton, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { Connection } from '@/domain/connections/types';
import type { ExportInput, ExportOptions, ExportStorage } from '@/domain/snapshots/types';
import { runtime } from '@/shared/connections/runtime';
import { ProviderErrorView } from '@/shared/errors/ProviderErrorView';
import { formatBytes } from '@/shared/format';
import { useLocale, useT } from '@/shared/i18n/useT';
import { snapshotKeys } from '@/shared/queryKeys';
import { exportFieldsOf, hasRoom, preselectStorage, toExportInput, validateExport, type ExportField, type ExportKind, type ExportValues } from './exportForm';

export interface ExportSnapshotFormProps {
  connection: Connection;
  /** The provider's snapshot id (51idc snapshot_id, ZStack uuid). */
  snapshotId: string;
  kind: ExportKind;
  /** What the snapshot takes, where known: storages without that much room are refused. */
  sizeBytes?: number;
  /** Sends the export once (the caller owns the request: one per click, never retried); true when accepted. */
  onSubmit(input: ExportInput): Promise<boolean>;
  /** The provider accepted it (its job is in Jobs). */
  onDone(): void;
  onCancel(): void;
  /** The send is in flight: the form is locked. */
  pending: boolean;
  /** The provider's refusal of the last send (shown in place; the values stay), or null. */
  error: unknown;
  /** The user changed something after a refusal (the caller may clear `error`). */
  onEdit?(): void;
}

const FIELDS: readonly ExportField[] = ['name', 'description', 'storage'];

/**
 * The export form for one snapshot and one kind (image, template, disk), independent of the snapshot tree: the
 * image-center pages reuse it. It asks what the provider's API asks (51idc: a name; ZStack: name, description,
 * backup storage for templates, optional primary storage for volumes) and checks it before anything is sent.
 */
export function ExportSnapshotForm({ connection, snapshotId, kind, sizeBytes, onSubmit, onDone, onCancel, pending, error, onEdit }: ExportSnapshotFormProps) {
  const t = useT();
  const locale = useLocale();
  const [form] = Form.useForm<ExportValues>();
  const fields = exportFieldsOf(connection.provider, kind);
  const bytes = (n: number) => formatBytes(n, locale);
  const options = useQuery({
    queryKey: [...snapshotKeys.connection(connection.id), 'export-options', kind],
    queryFn: async (): Promise<ExportOptions> => (await runtime(connection).snapshots.exportOptions?.(kind)) ?? {},
    enabled: fields.storage !== undefined,
    meta: { silent: true },
  });
  const storages: ExportStorage[] = (fields.storage === 'backup' ? options.data?.backupStorages : options.data?.primaryStorages) ?? [];
  const [touchedStorage, setTouchedStorage] = useState(false);

  // Preselect a backup storage with room once the list is in (never over the user's own choice).
  const preselected = fields.storage === 'backup' ? preselectStorage(storages, sizeBytes)?.id : undefined;
  useEffect(() => {
    if (preselected && !touchedStorage && !form.getFieldValue('storage')) form.setFieldValue('storage', preselected);
  }, [preselected, touchedStorage, form]);

  async function submit() {
    const values = form.getFieldsValue(true) as ExportValues;
    const problems = validateExport(values, fields, { storages, needBytes: sizeBytes, bytes });
    form.setFields(FIELDS.map((name) => ({ name, errors: problems[name] ? [t(problems[name].key, problems[name].params)] : [] })));
    if (Object.keys(problems).length) return;
    if (await onSubmit(toExportInput(snapshotId, kind, values, fields))) onDone();
  }

  const storageField = fields.storage && (
    <Form.Item
      name="storage"
      label={t(fields.storage === 'backup' ? 'snapshotExport.field.backupStorage' : 'snapshotExport.field.primaryStorage')}
      required={fields.storage === 'backup'}
      extra={sizeBytes !== undefined ? t('snapshotExport.needs', { size: bytes(sizeBytes) }) : undefined}
    >
      {options.isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} title={false} />
      ) : options.isError ? (
        <Alert
          type="error"
          showIcon
          title={t('snapshotExport.storage.loadFailed')}
          description={<ProviderErrorView error={options.error} />}
          action={<Button size="small" onClick={() => void options.refetch()}>{t('snapshotExport.storage.retry')}</Button>}
        />
      ) : (
        <StorageChoice storages={storages} needBytes={sizeBytes} withDefault={fields.storage === 'primary'} onPick={() => setTouchedStorage(true)} />
      )}
    </Form.Item>
  );

  return (
    <Form<ExportValues>
      form={form}
      layout="vertical"
      disabled={pending}
      initialValues={{ storage: fields.storage === 'primary' ? '' : undefined }}
      onValuesChange={(changed: Partial<ExportValues>) => {
        // A field's own message goes once it is edited; the next submit checks again.
        form.setFields(Object.keys(changed).map((name) => ({ name: name as ExportField, errors: [] })));
        if (error !== null && error !== undefined) onEdit?.();
      }}
      onFinish={() => void submit()}
      data-testid="export-form"
    >
      <Form.Item name="name" label={t(`snapshotExport.field.name.${kind}`)} required>
        <Input autoFocus maxLength={fields.nameMax ? fields.nameMax + 1 : undefined} />
      </Form.Item>
      {fields.description && (
        <Form.Item name="description" label={t('snapshotExport.field.description')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      )}
      {storageField}
      {fields.storage === 'backup' && !options.isPending && !options.isError && !storages.length && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('snapshotExport.storage.none')} />}
      {error !== null && error !== undefined && (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} data-testid="export-refused" title={t('snapshotExport.refused')} description={<ProviderErrorView error={error} />} />
      )}
      <Flex justify="end" gap={8}>
        <Button onClick={onCancel} disabled={false}>{t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={pending} data-testid="export-submit">
          {t(`snapshotExport.submit.${kind}`)}
        </Button>
      </Flex>
    </Form>
  );
}

interface ChoiceProps {
  storages: readonly ExportStorage[];
  needBytes?: number;
  withDefault: boolean;
  value?: string;
  onChange?(value: string): void;
  onPick(): void;
}

/** Storages as radio rows: name, type, state and status, free of total with a bar; the ones that cannot take it say so. */
function StorageChoice({ storages, needBytes, withDefault, value, onChange, onPick }: ChoiceProps) {
  const t = useT();
  const locale = useLocale();
  return (
    <Radio.Group
      value={value}
      onChange={(e) => {
        onPick();
        onChange?.(e.target.value as string);
      }}
      style={{ width: '100%' }}
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        {withDefault && <Radio value="">{t('snapshotExport.primaryDefault')}</Radio>}
        {storages.map((s) => {
          const room = hasRoom(s, needBytes);
          const used = s.totalBytes && s.availableBytes !== undefined ? Math.round(((s.totalBytes - s.availableBytes) / s.totalBytes) * 100) : undefined;
          return (
            <Radio key={s.id} value={s.id}>
              <Space orientation="vertical" size={0} data-testid={`storage-${s.id}`}>
                <Space size={4} wrap>
                  <Typography.Text strong>{s.name}</Typography.Text>
                  {s.type && <Tag>{s.type}</Tag>}
                  <Tag color={s.usable ? 'green' : 'red'}>{`${s.state} · ${s.status}`}</Tag>
                  {!s.usable && <Tag color="red">{t('snapshotExport.storage.unusable')}</Tag>}
                  {s.usable && !room && <Tag color="orange">{t('snapshotExport.storage.noRoom')}</Tag>}
                </Space>
                <Typography.Text type="secondary">
                  {s.availableBytes !== undefined && s.totalBytes !== undefined
                    ? t('snapshotExport.storage.free', { free: formatBytes(s.availableBytes, locale), total: formatBytes(s.totalBytes, locale) })
                    : t('snapshotExport.storage.freeUnknown')}
                </Typography.Text>
                {used !== undefined && <Progress percent={used} size="small" showInfo={false} status={room && s.usable ? 'normal' : 'exception'} style={{ width: 220, margin: 0 }} />}
              </Space>
            </Radio>
          );
        })}
      </Space>
    </Radio.Group>
  );
}
