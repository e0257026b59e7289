import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import type { Connection } from '@/domain/connections/types';
import type { ImageRecord } from '@/domain/images/model';
import { ProviderErrorView } from '@/shared/errors/ProviderErrorView';
import { useT } from '@/shared/i18n/useT';
import { useImageAction } from './useImageAction';

interface Props {
  connection: Connection;
  image: ImageRecord;
  onClose(): void;
}

/** Expunge is irreversible: the image's name typed out arms the button (a click alone could be a slip). */
export function ExpungeImageDialog({ connection, image, onClose }: Props) {
  const t = useT();
  const [typed, setTyped] = useState('');
  const action = useImageAction(connection, image, { silent: true });
  const matches = typed === image.name;
  async function submit() {
    if (!matches) return;
    const id = await action.run('expunge', (service) => service.expunge(image));
    if (id) onClose();
  }
  return (
    <Modal
      open
      title={t('imageActions.expunge.title', { name: image.name })}
      okText={t('imageActions.action.expunge')}
      okButtonProps={{ danger: true, disabled: !matches, loading: action.pendingAction !== undefined, 'data-testid': 'expunge-submit' } as never}
      cancelText={t('common.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('imageActions.expunge.body')}</Typography.Paragraph>
      <Form layout="vertical" onFinish={() => void submit()}>
        <Form.Item
          label={t('imageActions.expunge.typeName')}
          validateStatus={typed && !matches ? 'error' : undefined}
          help={typed && !matches ? t('imageActions.expunge.mismatch', { name: image.name }) : undefined}
        >
          <Input value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" data-testid="expunge-name" />
        </Form.Item>
      </Form>
      {action.error && <Alert type="error" showIcon title={<ProviderErrorView error={action.error} />} />}
    </Modal>
  );
}
