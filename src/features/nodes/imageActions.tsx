import { CloudUploadOutlined, DeleteOutlined } from '@ant-design/icons';
import type { Connection } from '@/domain/connections/types';
import type { ImageFile } from '@/domain/images/types';
import type { ActionCapability, ActionDefinition } from '@/shared/actions/types';
import { imageKeys, nodeKeys } from '@/shared/queryKeys';

/** A file in a node's `/data`, with what the console knows is happening to it. */
export interface NodeImageSubject {
  connection: Connection;
  nodeId: string;
  image: ImageFile;
  /** A transfer of this file on this node is running in the Jobs list. */
  transferring: boolean;
}

export type NodeImageForm = 'upload';

const busy = (subject: NodeImageSubject): ActionCapability =>
  subject.transferring ? { allowed: false, reason: { key: 'nodeImages.busy' } } : { allowed: true };

const refresh = ({ connection, nodeId }: NodeImageSubject) => [nodeKeys.detail(connection.id, nodeId), imageKeys.connection(connection.id)];

/**
 * Actions on a node's image file (docs/providers/dbc.md §7). A file in use by a VM is refused by the node
 * itself (the console cannot tell which file a VM was made from); its refusal is shown as it came.
 */
export const NODE_IMAGE_ACTIONS: readonly ActionDefinition<NodeImageSubject, NodeImageForm>[] = [
  {
    name: 'image-upload',
    label: 'nodeImages.upload',
    icon: <CloudUploadOutlined />,
    destructive: false,
    form: 'upload',
    can: busy,
    job: 'image.upload',
    refresh,
  },
  {
    name: 'image-delete',
    label: 'nodeImages.delete',
    icon: <DeleteOutlined />,
    destructive: true,
    confirm: { title: 'nodeImages.delete', body: 'nodeImages.delete.confirm' },
    can: busy,
    job: 'image.delete',
    refresh,
  },
];
