import { Modal } from 'antd';
import type { SnapshotDialogProps } from './dialogs';

/** TODO(issue 9): the modify dialog (being built). */
export function ModifySnapshotDialog({ onClose }: SnapshotDialogProps) {
  return <Modal open title="modify" onCancel={onClose} footer={null} />;
}
