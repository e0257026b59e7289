import { Modal } from 'antd';
import type { SnapshotDialogProps } from './dialogs';

/** TODO(issue 9): the delete dialog (being built). */
export function DeleteSnapshotDialog({ onClose }: SnapshotDialogProps) {
  return <Modal open title="delete" onCancel={onClose} footer={null} />;
}
