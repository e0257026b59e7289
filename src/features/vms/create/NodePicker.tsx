import { Form, Select } from 'antd';
import { useShallow } from 'zustand/react/shallow';
import type { Connection } from '@/domain/connections/types';
import { VM_CREATE_STYLE } from '@/domain/vms/create';
import { useT } from '@/shared/i18n/useT';
import { readNodeIds, useNodeIds } from '@/shared/nodes/store';

const short = (id: string) => `${id.slice(0, 8)}…${id.slice(-6)}`;

/**
 * Which connection the VM goes on (every active one is listed; one whose API has no VM create says so and cannot be
 * picked) and, on DBC, which of the renter's nodes. Kept in the URL.
 */
export function NodePicker({ connections, connection, nodeId, onPick }: { connections: Connection[]; connection?: Connection; nodeId?: string; onPick(next: { connection?: string; node?: string }): void }) {
  const t = useT();
  const nodeIds = useNodeIds(useShallow((state) => (connection ? readNodeIds(connection.id, state) : [])));
  return (
    <Form layout="inline" style={{ marginBottom: 16, rowGap: 8 }}>
      <Form.Item label={t('vms.create.connection')}>
        <Select
          style={{ width: 360 }}
          value={connection?.id}
          onChange={(id) => onPick({ connection: id })}
          options={connections.map((c) => {
            const creates = VM_CREATE_STYLE[c.provider] !== undefined;
            return { value: c.id, disabled: !creates, label: creates ? c.name : `${c.name} · ${t('createFromImage.noCreate')}` };
          })}
          data-testid="create-connection"
        />
      </Form.Item>
      {connection?.provider === 'dbc' && (
        <Form.Item label={t('vms.create.node')}>
          <Select
            style={{ width: 300 }}
            value={nodeId}
            placeholder={t('vms.create.pickNode')}
            onChange={(node) => onPick({ connection: connection.id, node })}
            options={nodeIds.map((id) => ({ value: id, label: short(id), title: id }))}
            notFoundContent={t('vms.create.noNodes')}
            data-testid="create-node"
          />
        </Form.Item>
      )}
    </Form>
  );
}
