import { Alert, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { checkSnapshotDescription, checkSnapshotName, takenNames } from '@/domain/snapshots/names';
import { runtime } from '@/shared/connections/runtime';
import { ProviderErrorView } from '@/shared/errors/ProviderErrorView';
import { useT } from '@/shared/i18n/useT';
import type { SnapshotDialogProps } from './dialogs';
import { useSnapshotMutation } from './useSnapshotMutation';

interface Values {
  name: string;
  description: string;
}

/**
 * Edit a snapshot's name and description in place (51idc, ZStack); on vsd only the description (the name is the
 * snapshot's key), the name shown read-only with why. Only what changed is sent; a refusal keeps what was typed.
 */
export function ModifySnapshotDialog({ subject, check, onClose }: SnapshotDialogProps) {
  const t = useT();
  const { connection, tree, targetName, snapshotId } = subject;
  const provider = tree.provider;
  const node = snapshotId === undefined ? undefined : tree.nodes.get(snapshotId);
  const mutation = useSnapshotMutation(subject, 'modify');
  const [form] = Form.useForm<Values>();
  const nameFixed = (check.notes ?? []).some((n) => n.key === 'snapshot.note.descriptionOnly');
  const [initial] = useState<Values>(() => ({ name: node?.name ?? '', description: node?.description ?? '' }));

  async function submit() {
    if (mutation.pending || !snapshotId) return;
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    const change: { name?: string; description?: string } = {};
    if (!nameFixed && values.name !== initial.name) change.name = values.name;
    if ((values.description ?? '') !== initial.description) change.description = values.description ?? '';
    if (!Object.keys(change).length) {
      onClose();
      return;
    }
    const outcome = await mutation.run(() => runtime(connection).snapshots.modify(tree, snapshotId, change), { kind: 'snapshot', id: snapshotId, name: `${targetName} · ${initial.name}` });
    if (outcome) onClose();
  }

  const nameRule = {
    validator: (_: unknown, value: string | undefined) => {
      if (nameFixed || value === initial.name) return Promise.resolve();
      const problem = checkSnapshotName(provider, value ?? '', takenNames(tree, snapshotId));
      return problem ? Promise.reject(new Error(t(problem.key, problem.params))) : Promise.resolve();
    },
  };
  const descriptionRule = {
    validator: (_: unknown, value: string | undefined) => {
      const problem = checkSnapshotDescription(provider, value ?? '');
      return problem ? Promise.reject(new Error(t(problem.key, problem.params))) : Promise.resolve();
    },
  };

  return (
    <Modal
      open
      destroyOnHidden
      title={t('snapshots.modify.title', { name: initial.name, vm: targetName })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: mutation.pending, 'data-testid': 'snapshot-modify-submit' } as never}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Space orientation="vertical" style={{ width: '100%' }} data-testid="snapshot-modify-dialog">
        {!node && <Alert type="warning" showIcon title={t('snapshots.modify.gone')} />}
        {mutation.error !== null && (
          <Alert type="error" showIcon data-testid="snapshot-modify-error" title={t('snapshots.modify.refused')} description={<ProviderErrorView error={mutation.error} />} />
        )}
        <Form<Values> form={form} layout="vertical" initialValues={initial} disabled={mutation.pending} onValuesChange={() => mutation.error !== null && mutation.reset()}>
          <Form.Item
            name="name"
            label={t('snapshots.field.name')}
            rules={[nameRule]}
            extra={nameFixed ? t('snapshot.note.descriptionOnly') : t(`snapshots.name.rules.${provider}`)}
          >
            <Input readOnly={nameFixed} variant={nameFixed ? 'filled' : undefined} />
          </Form.Item>
          <Form.Item name="description" label={t('snapshots.field.description')} rules={[descriptionRule]}>
            <Input.TextArea rows={3} autoFocus={nameFixed} />
          </Form.Item>
        </Form>
      </Space>
    </Modal>
  );
}
