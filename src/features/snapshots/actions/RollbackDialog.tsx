import { Modal } from 'antd';
import type { SnapshotDialogProps } from './dialogs';

/** TODO(issue 9): the rollback dialog (being built). */
export function RollbackDialog({ onClose }: SnapshotDialogProps) {
  return <Modal open title="rollback" onCancel={onClose} footer={null} />;
}
