import { Alert, Modal, Typography } from 'antd';
import { isMessageKey } from '@/i18n';
import { runtime } from '@/shared/connections/runtime';
import { useT } from '@/shared/i18n/useT';
import { ExportSnapshotForm } from '../export/ExportSnapshotForm';
import type { ExportKind } from '../export/exportForm';
import type { SnapshotDialogProps } from './dialogs';
import { useSnapshotMutation } from './useSnapshotMutation';

const KIND: Record<string, ExportKind> = { exportImage: 'image', exportTemplate: 'template', exportVolume: 'volume' };

/**
 * Export a snapshot as an image (51idc capture_instance, ZStack root-volume template), a data-volume template
 * (ZStack, on a chosen backup storage) or a disk (51idc create_volume, ZStack data volume). Names the VM and the
 * snapshot, says what is made (nothing is lost), and sends once through the snapshot mutation: accepted → Jobs
 * until the provider's job ends; refused → the provider's code and message here, with what was typed kept.
 */
export function ExportSnapshotDialog({ subject, action, onClose }: SnapshotDialogProps) {
  const t = useT();
  const mutation = useSnapshotMutation(subject, action);
  const kind = KIND[action] ?? 'image';
  const { connection, tree, targetName, snapshotId } = subject;
  const node = snapshotId ? tree.nodes.get(snapshotId) : undefined;
  const name = node?.name ?? snapshotId ?? '';
  const what = `snapshotExport.what.${kind}.${connection.provider}`;

  return (
    <Modal open destroyOnHidden width={600} title={t(`snapshotExport.title.${kind}`, { name })} onCancel={onClose} footer={null} maskClosable={!mutation.pending} data-testid="export-dialog">
      {!snapshotId || !node ? (
        <Alert type="warning" showIcon title={t('snapshotExport.missing')} />
      ) : (
        <>
          <Typography.Paragraph strong data-testid="export-source">
            {t('snapshotExport.source', { snapshot: node.name, target: node.resource.kind === 'volume' && node.resource.name && node.resource.name !== targetName ? `${targetName} · ${node.resource.name}` : targetName })}
          </Typography.Paragraph>
          {isMessageKey(what) && <Typography.Paragraph>{t(what)}</Typography.Paragraph>}
          <Typography.Paragraph type="secondary">{t('snapshotExport.keeps')}</Typography.Paragraph>
          <ExportSnapshotForm
            connection={connection}
            snapshotId={snapshotId}
            kind={kind}
            sizeBytes={node.sizeBytes}
            pending={mutation.pending}
            error={mutation.error}
            onEdit={mutation.reset}
            onCancel={onClose}
            onDone={onClose}
            onSubmit={async (input) =>
              (await mutation.run(() => runtime(connection).snapshots.export(tree, input), { kind: 'snapshot', id: snapshotId, name: `${node.name} → ${input.name}` })) !== undefined
            }
          />
        </>
      )}
    </Modal>
  );
}
