import { Modal } from 'antd';
import type { SnapshotDialogProps } from './dialogs';

/** TODO(issue 9): the create dialog (being built). */
export function CreateSnapshotDialog({ onClose }: SnapshotDialogProps) {
  return <Modal open title="create" onCancel={onClose} footer={null} />;
}
