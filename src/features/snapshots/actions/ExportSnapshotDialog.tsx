import { Modal } from 'antd';
import type { SnapshotDialogProps } from './dialogs';

/** TODO(issue 9): the export dialog (being built). */
export function ExportSnapshotDialog({ onClose }: SnapshotDialogProps) {
  return <Modal open title="export" onCancel={onClose} footer={null} />;
}
