import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Select, Skeleton, Space } from 'antd';
import { useMemo, useState } from 'react';
import type { Connection } from '@/domain/connections/types';
import { imageCanMakeVm } from '@/domain/vms/create';
import { ProviderErrorView } from '@/shared/errors/ProviderErrorView';
import { formatBytes } from '@/shared/format';
import { useLocale, useT } from '@/shared/i18n/useT';
import { imageListQueryOptions } from '@/shared/images/queries';
import { withoutNulls } from '../actions/formProblems';
import { DESCRIPTION_MAX, IMAGE_VM_FIELDS, NAME_MAX, toImageVmInput, validateImageVm, type ImageVmField, type ImageVmForm as Values } from './imageVmValidation';
import { imageVmChoicesQueryOptions, useCreateFromImage } from './useCreateFromImage';

interface Props {
  connection: Connection;
  /** ?image=: the image the user came from (preselected when this connection can make a VM of it). */
  imageId?: string;
  onCreated(vmId: string): void;
}

/** A VM from an image (ZStack CreateVmInstance): name, image, instance offering, networks. */
export function ImageVmForm({ connection, imageId, onCreated }: Props) {
  const t = useT();
  const locale = useLocale();
  const [form] = Form.useForm<Values>();
  const images = useQuery(imageListQueryOptions(connection));
  const choices = useQuery(imageVmChoicesQueryOptions(connection));
  const create = useCreateFromImage(connection);
  const [refusal, setRefusal] = useState<unknown>();
  const bootableImages = useMemo(() => (images.data?.images ?? []).filter(imageCanMakeVm), [images.data]);

  function check(fields: readonly ImageVmField[]): boolean {
    const problems = validateImageVm(withoutNulls(form.getFieldsValue(true)) as Values);
    form.setFields(fields.map((name) => ({ name, errors: problems[name] ? [t(problems[name].key, problems[name].params)] : [] })));
    return fields.some((name) => problems[name] !== undefined);
  }

  async function submit() {
    if (check(IMAGE_VM_FIELDS)) return;
    setRefusal(undefined);
    try {
      const { vmId } = await create.mutateAsync(toImageVmInput(withoutNulls(form.getFieldsValue(true)) as Values));
      onCreated(vmId);
    } catch (error) {
      setRefusal(error);
    }
  }

  const firstEnabled = (list: readonly { id: string; enabled: boolean }[] | undefined) => list?.find((item) => item.enabled)?.id;
  const initialImage = bootableImages.some((image) => image.id === imageId) ? imageId : undefined;
  // The form mounts once the lists are there, so its first values can be the preselected image and the first choices.
  if (images.isPending || choices.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{ imageId: initialImage, offeringId: firstEnabled(choices.data?.offerings), networkIds: [firstEnabled(choices.data?.networks)].filter((id): id is string => id !== undefined) }}
      onFinish={() => void submit()}
      onValuesChange={(changed: Partial<Values>) => check(Object.keys(changed) as ImageVmField[])}
      data-testid="create-from-image-form"
      style={{ maxWidth: 760 }}
    >
      {refusal !== undefined && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={t('createFromImage.refused')} description={<ProviderErrorView error={refusal} />} data-testid="create-refused" />}
      {images.isError && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('createFromImage.imagesFailed')} description={<ProviderErrorView error={images.error} />} />}
      {choices.isError && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('createFromImage.choicesFailed')} description={<ProviderErrorView error={choices.error} />} />}
      <Form.Item name="name" label={t('createFromImage.field.name')} required>
        <Input maxLength={NAME_MAX + 1} onBlur={() => check(['name'])} data-testid="field-name" />
      </Form.Item>
      <Form.Item name="description" label={t('createFromImage.field.description')}>
        <Input.TextArea maxLength={DESCRIPTION_MAX + 1} autoSize={{ minRows: 1, maxRows: 4 }} data-testid="field-description" />
      </Form.Item>
      <Form.Item name="imageId" label={t('createFromImage.field.image')} required>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={bootableImages.map((image) => ({ value: image.id, label: `${image.name}${image.sizeBytes === undefined ? '' : ` · ${formatBytes(image.sizeBytes, locale)}`}` }))}
          notFoundContent={t('createFromImage.noImages')}
          data-testid="field-imageId"
        />
      </Form.Item>
      <Form.Item name="offeringId" label={t('createFromImage.field.offering')} required>
        <Select
          options={(choices.data?.offerings ?? []).map((o) => ({
            value: o.id,
            disabled: !o.enabled,
            label: `${t('createFromImage.offeringLabel', { name: o.name, cpu: o.cpuNum, memory: formatBytes(o.memoryBytes, locale) })}${o.enabled ? '' : ` (${t('createFromImage.disabled')})`}`,
          }))}
          data-testid="field-offeringId"
        />
      </Form.Item>
      <Form.Item name="networkIds" label={t('createFromImage.field.networks')} extra={t('createFromImage.networksHint')} required>
        <Select
          mode="multiple"
          options={(choices.data?.networks ?? []).map((n) => ({ value: n.id, disabled: !n.enabled, label: `${n.name}${n.category ? ` · ${n.category}` : ''}` }))}
          data-testid="field-networkIds"
        />
      </Form.Item>
      <Space style={{ marginTop: 8 }}>
        <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="create-submit">
          {t('createFromImage.submit')}
        </Button>
      </Space>
    </Form>
  );
}
