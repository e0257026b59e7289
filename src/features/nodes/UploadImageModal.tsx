import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Form, Modal, Select, Typography } from 'antd';
import { settleAction } from '@/shared/actions/settle';
import { runtime } from '@/shared/connections/runtime';
import { ProviderErrorView } from '@/shared/errors/ProviderErrorView';
import { useT } from '@/shared/i18n/useT';
import { imageServersQueryOptions } from '@/shared/images/queries';
import type { NodeImageSubject } from './imageActions';
import { NODE_IMAGE_ACTIONS } from './imageActions';

const upload = NODE_IMAGE_ACTIONS.find((action) => action.name === 'image-upload')!;

/**
 * Upload a node's file to the image center. Era C asks which image server (`/images/servers`); era B has one
 * center and no choice. Sent once; the provider's refusal stays in the dialog with what was chosen.
 */
export function UploadImageModal({ subject, onClose }: { subject: NodeImageSubject; onClose(): void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const { connection, nodeId, image } = subject;
  const center = runtime(connection).imageCenter;
  const choosesServer = Boolean(center?.servers);
  const servers = useQuery({ ...imageServersQueryOptions(connection), enabled: choosesServer });
  const [form] = Form.useForm<{ server?: string }>();
  const send = useMutation({
    meta: { silent: true },
    mutationFn: async (server: string | undefined) => {
      if (!center?.uploadFromNode) throw new Error(`${connection.provider} cannot upload node images`);
      return center.uploadFromNode(nodeId, image, server);
    },
    onSuccess: (spec) => {
      settleAction(queryClient, { connection, action: upload.job, target: { kind: 'image', id: image.name, name: image.name }, jobs: [spec], refresh: upload.refresh(subject) });
      onClose();
    },
  });
  return (
    <Modal
      open
      title={t('nodeImages.upload.title', { name: image.name })}
      okText={t('nodeImages.upload.submit')}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      confirmLoading={send.isPending}
      okButtonProps={{ 'data-testid': 'upload-submit' } as never}
      onOk={() => void form.validateFields().then((values) => send.mutate(values.server), () => undefined)}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" data-testid="upload-form">
        {choosesServer && (
          <Form.Item name="server" label={t('nodeImages.upload.server')} rules={[{ required: true, message: t('nodeImages.upload.serverRequired') }]}>
            <Select
              loading={servers.isPending}
              options={(servers.data ?? []).map((server) => ({ value: server, label: server }))}
              data-testid="upload-server"
            />
          </Form.Item>
        )}
        {servers.isError && <Typography.Text type="warning">{t('nodeImages.upload.serversFailed')}</Typography.Text>}
      </Form>
      {send.isError && <Alert type="error" showIcon title={<ProviderErrorView error={send.error} />} data-testid="upload-error" />}
    </Modal>
  );
}
