import { Alert, Form, Input, List, Modal, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { runtime } from '@/shared/connections/runtime';
import { ProviderErrorView } from '@/shared/errors/ProviderErrorView';
import { useT } from '@/shared/i18n/useT';
import { confirmationMatches, deletePlanOf } from './deletePlan';
import type { SnapshotDialogProps } from './dialogs';
import { useSnapshotMutation } from './useSnapshotMutation';

/**
 * Delete a snapshot: names the VM and the snapshot, lists every snapshot the provider removes with it (ZStack
 * subtree, 51idc later chain points), the child that moves up (vsd) and where NOW goes; more than one snapshot
 * needs the name typed. One request; a refusal stays in the dialog with the provider's code and message.
 */
export function DeleteSnapshotDialog({ subject, action, check, onClose }: SnapshotDialogProps) {
  const t = useT();
  const { connection, tree, targetName } = subject;
  const snapshotId = subject.snapshotId ?? '';
  const mutation = useSnapshotMutation(subject, action);
  // The dialog keeps the plan it opened with: the tree refreshes (and after the delete, loses the snapshot).
  const [plan] = useState(() => deletePlanOf(tree, snapshotId));
  const [typed, setTyped] = useState('');
  const chosenName = plan?.removed[0]?.name ?? snapshotId;
  const stillThere = tree.nodes.has(snapshotId);
  const matches = !plan?.typeToConfirm || confirmationMatches(typed, chosenName);
  const count = plan?.removed.length ?? 0;

  async function submit() {
    if (!plan || !stillThere || !matches) return;
    const outcome = await mutation.run(() => runtime(connection).snapshots.delete(tree, snapshotId), { kind: 'snapshot', id: snapshotId, name: chosenName });
    if (outcome) onClose();
  }

  return (
    <Modal
      open
      destroyOnHidden
      title={t('snapshots.delete.title', { name: chosenName, target: targetName })}
      okText={count > 1 ? t('snapshots.delete.okMany', { count }) : t('snapshots.delete.ok')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true, disabled: !plan || !stillThere || !matches, loading: mutation.pending, 'data-testid': 'delete-submit' } as never}
      cancelButtonProps={{ disabled: mutation.pending }}
      onOk={() => void submit()}
      onCancel={() => !mutation.pending && onClose()}
      data-testid="snapshot-delete-dialog"
    >
      {!plan || !stillThere ? (
        <Alert type="warning" showIcon title={t('snapshots.delete.gone')} style={{ marginBottom: 12 }} />
      ) : (
        <Space orientation="vertical" style={{ width: '100%' }} size={12}>
          <Alert type="warning" showIcon title={t('snapshots.delete.lost', { count })} />
          <div data-testid="delete-removed">
            <Typography.Text strong>{t('snapshots.delete.removedTitle')}</Typography.Text>
            <List
              size="small"
              bordered
              style={{ marginTop: 4, maxHeight: 220, overflow: 'auto' }}
              dataSource={plan.removed}
              rowKey="id"
              renderItem={(item, i) => (
                <List.Item data-testid="delete-removed-item">
                  <Typography.Text delete>{item.name}</Typography.Text>
                  {i === 0 && <Tag color="error">{t('snapshots.delete.chosen')}</Tag>}
                </List.Item>
              )}
            />
          </div>
          {plan.reparented.length > 0 && (
            <div data-testid="delete-reparented">
              <Typography.Text strong>{t('snapshots.delete.reparentedTitle')}</Typography.Text>
              <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
                {plan.reparented.map((child) => (
                  <li key={child.id}>
                    {child.parentName === undefined
                      ? t('snapshots.delete.reparentedToRoot', { child: child.name })
                      : t('snapshots.delete.reparentedTo', { child: child.name, parent: child.parentName })}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <Typography.Text data-testid="delete-now">
            {plan.now.moves
              ? plan.now.toName === undefined
                ? t('snapshots.delete.nowMovesToStart')
                : t('snapshots.delete.nowMoves', { name: plan.now.toName })
              : t('snapshots.delete.nowStays')}
          </Typography.Text>
          {(check.notes ?? []).length > 0 && (
            <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="delete-notes">
              {(check.notes ?? []).map((note) => (
                <li key={note.key}>
                  <Typography.Text type="secondary">{t(note.key, note.params)}</Typography.Text>
                </li>
              ))}
            </ul>
          )}
          {plan.typeToConfirm && (
            <Form layout="vertical" onFinish={() => void submit()}>
              <Form.Item
                htmlFor="snapshot-delete-confirm-name"
                label={t('snapshots.delete.confirmLabel', { name: chosenName })}
                validateStatus={typed !== '' && !matches ? 'error' : undefined}
                help={typed !== '' && !matches ? t('snapshots.delete.confirmMismatch', { name: chosenName }) : t('snapshots.delete.confirmHelp')}
                style={{ marginBottom: 0 }}
              >
                <Input
                  id="snapshot-delete-confirm-name"
                  value={typed}
                  onChange={(e) => {
                    setTyped(e.target.value);
                    if (mutation.error !== null) mutation.reset();
                  }}
                  autoComplete="off"
                  autoFocus
                  data-testid="delete-confirm-name"
                />
              </Form.Item>
            </Form>
          )}
        </Space>
      )}
      {mutation.error !== null && (
        <Alert type="error" showIcon style={{ marginTop: 12 }} title={<ProviderErrorView error={mutation.error} />} data-testid="delete-error" />
      )}
    </Modal>
  );
}
