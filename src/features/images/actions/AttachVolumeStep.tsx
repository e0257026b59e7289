import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Alert, Button, Form, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import type { Connection } from '@/domain/connections/types';
import type { ImageRecord } from '@/domain/images/model';
import { ProviderErrorView } from '@/shared/errors/ProviderErrorView';
import { useT } from '@/shared/i18n/useT';
import { useJobs } from '@/shared/jobs/store';
import { vmListQueryOptions } from '@/shared/vms/queries';
import { jobErrorText } from './jobErrorText';
import { useImageAction } from './useImageAction';
import { useSingleSend } from './useSingleSend';

interface Props {
  connection: Connection;
  /** The template the volume was made from (the action's subject). */
  image: ImageRecord;
  volume: { id: string; name: string };
}

/**
 * The make-volume dialog's second step: the new volume onto a VM of the same connection. Every VM is offered with
 * its ZStack state (ZStack decides, and its refusal is shown with the code while the choice stays); one request per
 * click, never retried, followed as a tracked job. A failed attach may be tried again, with another VM.
 */
export function AttachVolumeStep({ connection, image, volume }: Props) {
  const t = useT();
  const [form] = Form.useForm<{ vmId: string }>();
  const action = useImageAction(connection, image, { silent: true });
  const [jobId, setJobId] = useState<string>();
  const job = useJobs((state) => state.jobs.find((j) => j.id === jobId));
  const vms = useQuery({ ...vmListQueryOptions(connection), meta: { silent: true } });
  const vmName = (id: string | undefined) => vms.data?.vms.find((vm) => vm.id === id)?.name ?? id ?? '';

  const single = useSingleSend();
  async function attach({ vmId }: { vmId: string }) {
    // Another attach only after ZStack refused the last one (the user may pick another VM then).
    const failed = (id: string) => useJobs.getState().jobs.find((j) => j.id === id)?.status === 'failed';
    const id = await single(() => action.run('attachVolume', (service) => service.attachVolume(volume.id, vmId), { kind: 'vm', id: vmId, name: vmName(vmId) }), failed);
    if (id) setJobId(id);
  }

  const busy = action.pendingAction !== undefined || job?.status === 'running';
  const attached = job?.status === 'succeeded';
  const target = job?.target;
  return (
    <section data-testid="attach-volume" aria-label={t('volumeAttach.title')} style={{ marginTop: 16 }}>
      <Typography.Title level={5}>{t('volumeAttach.title')}</Typography.Title>
      <Form form={form} layout="vertical" disabled={attached} onFinish={(values) => void attach(values)}>
        <Form.Item name="vmId" label={t('volumeAttach.vm')} extra={t('volumeAttach.hint')} rules={[{ required: true, message: t('volumeAttach.vmRequired') }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={vms.isPending}
            disabled={busy || attached}
            placeholder={t('volumeAttach.vmPlaceholder', { connection: connection.name })}
            data-testid="attach-volume-vm"
            options={(vms.data?.vms ?? []).map((vm) => ({ value: vm.id, label: t('volumeAttach.vmOption', { name: vm.name, state: vm.providerStatus }) }))}
          />
        </Form.Item>
        {!attached && (
          <Button htmlType="submit" loading={busy} data-testid="attach-volume-submit">
            {t('volumeAttach.submit')}
          </Button>
        )}
      </Form>
      <Space orientation="vertical" style={{ width: '100%', marginTop: 12 }}>
        {vms.isError && <Alert type="error" showIcon title={t('volumeAttach.vmsFailed')} description={<ProviderErrorView error={vms.error} />} />}
        {action.error && <Alert type="error" showIcon title={<ProviderErrorView error={action.error} />} />}
        {job?.status === 'running' && <Alert type="info" showIcon data-testid="attach-volume-job" title={t('volumeAttach.running', { volume: volume.name, vm: target?.name ?? '' })} />}
        {attached && target && (
          <Alert
            type="success"
            showIcon
            data-testid="attach-volume-job"
            title={t('volumeAttach.done', { volume: volume.name, vm: target.name })}
            action={
              <Link to="/vms/$connectionId/$vmId" params={{ connectionId: connection.id, vmId: target.id }} data-testid="attach-volume-open-vm">
                {t('volumeAttach.openVm')}
              </Link>
            }
          />
        )}
        {job?.status === 'failed' && <Alert type="error" showIcon data-testid="attach-volume-job" title={t('volumeAttach.failed')} description={jobErrorText(job.error)} />}
      </Space>
    </section>
  );
}
