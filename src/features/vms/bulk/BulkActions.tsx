import { CloseOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Space, Typography, theme } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Connection } from '@/domain/connections/types';
import { refuse } from '@/domain/vms/status';
import type { Vm, VmAction } from '@/domain/vms/types';
import { runtime } from '@/shared/connections/runtime';
import { useT } from '@/shared/i18n/useT';
import { VM_ACTIONS } from '../actions/registry';
import { settleVmAction } from '../actions/useVmAction';
import { BulkResults } from './BulkResults';
import { BULK_ACTIONS, planBulk, runBulk, type BulkAction, type BulkResult } from './runBulk';

interface Props {
  selected: Vm[];
  connections: ReadonlyMap<string, Connection>;
  onFinished(): void;
  /** Drops the selection (the bar's close button). */
  onClear(): void;
}

function serviceOf(connections: ReadonlyMap<string, Connection>, vm: Vm) {
  const connection = connections.get(vm.connectionId);
  return connection ? { connection, vms: runtime(connection).vms } : undefined;
}

/** Bulk start / power off / delete of the selected rows: confirm (listing VMs and skips), run, show each result. */
export function BulkActions({ selected, connections, onFinished, onClear }: Props) {
  const t = useT();
  const { token } = theme.useToken();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState<BulkAction>();
  const [running, setRunning] = useState(false);
  const [results, setResults] = useState<BulkResult[]>();

  const can = (vm: Vm, action: VmAction) => {
    const connection = connections.get(vm.connectionId);
    return connection ? VM_ACTIONS[action].can({ connection, vm }) : refuse.notOffered();
  };
  const plan = confirming ? planBulk(selected, confirming, can) : undefined;

  async function execute(action: BulkAction) {
    setRunning(true);
    try {
      const all = await runBulk(selected, action, {
        can,
        run: async (vm, name) => {
          const target = serviceOf(connections, vm)!;
          const outcome = await target.vms.run(vm, name);
          settleVmAction(queryClient, target.connection, vm, name, outcome);
          return outcome;
        },
      });
      setResults(all);
      setConfirming(undefined);
      onFinished();
    } finally {
      setRunning(false);
    }
  }

  const label = (action: BulkAction) => t(VM_ACTIONS[action].label);
  return (
    <>
      {selected.length > 0 && (
        // Floats over the bottom of the table (its parent is positioned), so selecting a row never moves the rows.
        <Space
          wrap
          role="toolbar"
          aria-label={t('vmList.bulkBar')}
          data-testid="bulk-actions"
          style={{
            position: 'absolute',
            insetInlineStart: '50%',
            bottom: 64,
            transform: 'translateX(-50%)',
            zIndex: 3,
            padding: '8px 12px 8px 16px',
            background: token.colorBgElevated,
            border: `1px solid ${token.colorBorderSecondary}`,
            borderRadius: token.borderRadiusLG,
            boxShadow: token.boxShadowSecondary,
          }}
        >
          <Typography.Text>{t('vms.bulk.selected', { count: selected.length })}</Typography.Text>
          {BULK_ACTIONS.map((action) => (
            <Button key={action} size="small" icon={VM_ACTIONS[action].icon} danger={VM_ACTIONS[action].destructive} onClick={() => setConfirming(action)} data-testid={`bulk-${action}`}>
              {label(action)}
            </Button>
          ))}
          <Button size="small" type="text" icon={<CloseOutlined />} aria-label={t('vmList.clearSelection')} title={t('vmList.clearSelection')} onClick={onClear} data-testid="bulk-clear" />
        </Space>
      )}
      {confirming && plan && (
        <Modal
          open
          destroyOnHidden
          title={t('vms.bulk.confirmTitle', { action: label(confirming), count: plan.run.length })}
          okText={label(confirming)}
          okButtonProps={{ danger: VM_ACTIONS[confirming].destructive, disabled: plan.run.length === 0, loading: running, 'data-testid': 'bulk-confirm' } as never}
          cancelText={t('common.cancel')}
          cancelButtonProps={{ disabled: running }}
          onOk={() => void execute(confirming)}
          onCancel={() => !running && setConfirming(undefined)}
        >
          {confirming !== 'start' && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t(confirming === 'delete' ? 'vms.bulk.deleteWarning' : 'vms.bulk.stopWarning')} />}
          <Typography.Paragraph>{t('vms.bulk.willRun', { count: plan.run.length })}</Typography.Paragraph>
          <ul data-testid="bulk-plan">
            {plan.run.map((vm) => (
              <li key={vm.key}>{vm.name}</li>
            ))}
          </ul>
          {plan.skipped.length > 0 && (
            <>
              <Typography.Paragraph type="secondary">{t('vms.bulk.willSkip', { count: plan.skipped.length })}</Typography.Paragraph>
              <BulkResults results={plan.skipped} />
            </>
          )}
        </Modal>
      )}
      {results && (
        <Modal
          open
          destroyOnHidden
          title={t('vms.bulk.resultTitle', {
            ok: results.filter((r) => r.outcome === 'succeeded').length,
            failed: results.filter((r) => r.outcome === 'failed').length,
            skipped: results.filter((r) => r.outcome === 'skipped').length,
          })}
          footer={<Button onClick={() => setResults(undefined)}>{t('common.close')}</Button>}
          onCancel={() => setResults(undefined)}
        >
          <BulkResults results={results} />
        </Modal>
      )}
    </>
  );
}
