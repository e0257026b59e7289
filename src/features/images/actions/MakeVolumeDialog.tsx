import { useQuery } from '@tanstack/react-query';
import { Alert, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import type { Connection } from '@/domain/connections/types';
import type { ImageRecord, NewVolumeRequest } from '@/domain/images/model';
import { ProviderErrorView } from '@/shared/errors/ProviderErrorView';
import { useT } from '@/shared/i18n/useT';
import { useJobs } from '@/shared/jobs/store';
import { imageKeys } from '@/shared/queryKeys';
import { AttachVolumeStep } from './AttachVolumeStep';
import { jobErrorText } from './jobErrorText';
import { imageActionService, useImageAction } from './useImageAction';
import { useSingleSend } from './useSingleSend';

interface Props {
  connection: Connection;
  image: ImageRecord;
  onClose(): void;
}

/**
 * A new data volume from a data-volume template: its name and primary storage. Once ZStack accepted it the
 * dialog follows the job (it also runs in the Jobs drawer) and ends with the new volume's name and uuid, then
 * offers to attach it to a VM (AttachVolumeStep).
 */
export function MakeVolumeDialog({ connection, image, onClose }: Props) {
  const t = useT();
  const [form] = Form.useForm<NewVolumeRequest>();
  const action = useImageAction(connection, image, { silent: true });
  const [jobId, setJobId] = useState<string>();
  const job = useJobs((state) => state.jobs.find((j) => j.id === jobId));
  const single = useSingleSend();
  const storages = useQuery({
    queryKey: [...imageKeys.connection(connection.id), 'volumeStorages'],
    queryFn: () => imageActionService(connection).volumeStorages(),
    meta: { silent: true },
  });

  async function submit(values: NewVolumeRequest) {
    const id = await single(() => action.run('makeVolume', (service) => service.createVolume(image, { name: values.name.trim(), primaryStorageId: values.primaryStorageId })));
    if (id) setJobId(id);
  }

  const sent = jobId !== undefined;
  const name = form.getFieldValue('name') as string | undefined;
  // The volume exists once its job succeeded: then it can go onto a VM (ZStack attaches only Ready volumes).
  const volumeId = job?.status === 'succeeded' ? job.result?.inventoryUuid : undefined;
  const newVolume = typeof volumeId === 'string' ? { id: volumeId, name: String(job?.result?.inventoryName ?? name ?? volumeId) } : undefined;
  return (
    <Modal
      open
      title={t('imageActions.volume.title', { name: image.name })}
      okText={sent ? t('common.close') : t('imageActions.volume.submit')}
      okButtonProps={{ loading: action.pendingAction !== undefined, 'data-testid': 'make-volume-submit' } as never}
      cancelButtonProps={{ style: sent ? { display: 'none' } : undefined }}
      cancelText={t('common.cancel')}
      onOk={() => (sent ? onClose() : form.submit())}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" disabled={sent} initialValues={{ name: `${image.name}-volume` }} onFinish={(values) => void submit(values)}>
        <Form.Item
          name="name"
          label={t('imageActions.volume.name')}
          rules={[
            { required: true, whitespace: true, message: t('imageActions.volume.nameRequired') },
            { max: 255, message: t('imageActions.volume.nameTooLong') },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="primaryStorageId" label={t('imageActions.volume.storage')} rules={[{ required: true, message: t('imageActions.volume.storageRequired') }]}>
          <Select
            loading={storages.isPending}
            data-testid="make-volume-storage"
            options={(storages.data ?? []).map((ps) => ({ value: ps.id, label: ps.usable ? ps.name : t('imageActions.volume.storageUnusable', { name: ps.name }), disabled: !ps.usable }))}
          />
        </Form.Item>
      </Form>
      {storages.isError && <Alert type="error" showIcon title={t('imageActions.volume.storagesFailed')} description={<ProviderErrorView error={storages.error} />} />}
      {action.error && <Alert type="error" showIcon title={<ProviderErrorView error={action.error} />} />}
      {job?.status === 'running' && <Alert type="info" showIcon data-testid="make-volume-job" title={t('imageActions.volume.running', { name: name ?? '' })} />}
      {job?.status === 'succeeded' && (
        <Alert
          type="success"
          showIcon
          data-testid="make-volume-job"
          title={t('imageActions.volume.done', { name: String(job.result?.inventoryName ?? name ?? ''), id: String(job.result?.inventoryUuid ?? '') })}
        />
      )}
      {job?.status === 'failed' && (
        <Alert type="error" showIcon data-testid="make-volume-job" title={t('imageActions.volume.failed')} description={jobErrorText(job.error)} />
      )}
      {newVolume && <AttachVolumeStep connection={connection} image={image} volume={newVolume} />}
    </Modal>
  );
}
