import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Form, Modal, Select, Typography } from 'antd';
import { useMemo } from 'react';
import type { Connection } from '@/domain/connections/types';
import type { ImageRecord } from '@/domain/images/model';
import { settleAction } from '@/shared/actions/settle';
import { runtime } from '@/shared/connections/runtime';
import { ProviderErrorView } from '@/shared/errors/ProviderErrorView';
import { useT } from '@/shared/i18n/useT';
import { imageListQueryOptions } from '@/shared/images/queries';
import { readNodeIds, useNodeIds } from '@/shared/nodes/store';
import { imageKeys, nodeKeys } from '@/shared/queryKeys';
import { useNodeChoices } from './nodeChoices';

/** The renter's nodes of this connection that do not hold `name` yet (read from the listing the page shows). */
function useNodesWithout(connection: Connection, name: string): string[] {
  const nodeIds = useNodeIds((state) => readNodeIds(connection.id, state));
  const listing = useQuery(imageListQueryOptions(connection));
  return useMemo(() => {
    const holding = new Set((listing.data?.images ?? []).filter((image) => image.kind === 'node' && image.name === name).flatMap((image) => image.location.ids));
    return nodeIds.filter((id) => !holding.has(id));
  }, [listing.data, nodeIds, name]);
}

/**
 * Copy a center image onto one of the renter's nodes, as the create page does: one request, then a tracked
 * job (progress in era C) that refreshes the listing when the file lands. A refusal stays in the dialog.
 */
export function DownloadToNodeDialog({ connection, image, onClose }: { connection: Connection; image: ImageRecord; onClose(): void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const nodes = useNodesWithout(connection, image.name);
  const choices = useNodeChoices(connection, nodes);
  const [form] = Form.useForm<{ nodeId: string }>();
  const send = useMutation({
    meta: { silent: true },
    mutationFn: async (nodeId: string) => {
      const center = runtime(connection).imageCenter;
      if (!center) throw new Error(`${connection.provider} has no image center here`);
      return { nodeId, spec: await center.downloadToNode(nodeId, { server: image.location.ids[0], name: image.name, sizeBytes: image.sizeBytes }) };
    },
    onSuccess: ({ nodeId, spec }) => {
      const refresh = [imageKeys.connection(connection.id), nodeKeys.detail(connection.id, nodeId)];
      settleAction(queryClient, { connection, action: 'image.download', target: { kind: 'image', id: image.name, name: image.name }, jobs: [spec], refresh });
      onClose();
    },
  });
  return (
    <Modal
      open
      title={t('imageDbc.download.title', { name: image.name })}
      okText={t('imageDbc.download.submit')}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      confirmLoading={send.isPending}
      okButtonProps={{ disabled: nodes.length === 0, 'data-testid': 'download-submit' } as never}
      // An invalid form shows its messages in place; nothing to report beyond them.
      onOk={() => void form.validateFields().then((values) => send.mutate(values.nodeId), () => undefined)}
      destroyOnHidden
    >
      {nodes.length === 0 ? (
        <Typography.Text type="secondary" data-testid="download-no-nodes">{t('imageDbc.download.noNodes')}</Typography.Text>
      ) : (
        <Form form={form} layout="vertical" data-testid="download-form" initialValues={nodes.length === 1 ? { nodeId: nodes[0] } : undefined}>
          <Form.Item name="nodeId" label={t('imageDbc.download.node')} rules={[{ required: true, message: t('imageDbc.download.nodeRequired') }]}>
            <Select options={choices} showSearch={{ optionFilterProp: ['label', 'title'] }} data-testid="download-node" />
          </Form.Item>
        </Form>
      )}
      {send.isError && <Alert type="error" showIcon title={<ProviderErrorView error={send.error} />} data-testid="download-error" />}
    </Modal>
  );
}
