import { useQueryClient } from '@tanstack/react-query';
import { Alert, Checkbox, Descriptions, Form, Input, List, Modal, Space, Steps, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { ProviderError } from '@/api/errors';
import { SnapshotPartsError } from '@/domain/snapshots/errors';
import { lostOnRollback } from '@/domain/snapshots/queries';
import type { SnapshotAction, SnapshotCapability, SnapshotPartResult, SnapshotReason, SnapshotTree } from '@/domain/snapshots/types';
import type { Vm } from '@/domain/vms/types';
import { runtime } from '@/shared/connections/runtime';
import { ProviderErrorView } from '@/shared/errors/ProviderErrorView';
import { useT } from '@/shared/i18n/useT';
import { jobEnded } from '@/shared/jobs/store';
import type { SnapshotDialogProps } from './dialogs';
import { PowerOffError, powerOffAndWait } from './powerOff';
import { useSnapshotMutation } from './useSnapshotMutation';

const NAME_MAX = 64;
type Step = 'powerOff' | 'snapshot' | 'rollback';
type StepState = 'wait' | 'process' | 'finish' | 'error';

/** The tree as if its VM were `vm` (after powering it off) or stopped: what the capability table says then. */
function withVm(tree: SnapshotTree, vm: Pick<Vm, 'status' | 'providerStatus'>): SnapshotTree {
  return { ...tree, target: { ...tree.target, vm: { status: vm.status, providerStatus: vm.providerStatus, busy: false } } };
}

type Evaluation = { allowed: true; stopFirst: boolean; notes: SnapshotReason[] } | { allowed: false; reason: SnapshotReason };

/** Whether `action` can go now, or after powering the VM off (which the dialog does first), or why not. */
function evaluate(tree: SnapshotTree, action: SnapshotAction, snapshotId: string | undefined, can: (t: SnapshotTree, a: SnapshotAction, id?: string) => SnapshotCapability): Evaluation {
  const now = can(tree, action, snapshotId);
  if (now.allowed) return { allowed: true, stopFirst: false, notes: now.notes };
  const vm = tree.target.vm;
  if (now.reason.key === 'snapshot.reason.vmOff' && vm && !vm.busy) {
    const after = can(withVm(tree, { status: 'stopped', providerStatus: 'stopped' }), action, snapshotId);
    if (after.allowed) return { allowed: true, stopFirst: true, notes: after.notes };
  }
  return { allowed: false, reason: now.reason };
}

/** A default name for the safety snapshot: sortable, unique to the second. */
function defaultName(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `before-rollback-${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}${p(now.getSeconds())}`;
}

/** A failed job's error, shown like any provider error (code, both messages). */
function jobError(provider: ProviderError['provider'], error: { code: string; message: string; messageZh?: string; details?: string } | undefined): ProviderError {
  return new ProviderError({ provider, httpStatus: 0, code: error?.code ?? 'JOB_FAILED', message: error?.message ?? 'The job failed', messageZh: error?.messageZh, details: error?.details, kind: 'server', retriable: false });
}

/**
 * Roll back to a snapshot (registry actions `rollback` and `rollbackDisks`): names the VM and the snapshot, says
 * what is lost, offers to take a snapshot first and to power the VM off first (as Steps; nothing more is sent when
 * a step fails), the vsd memory choice and, for per-disk rollback, the disks and then each disk's result.
 */
export function RollbackDialog({ subject, action, check, vm, onClose }: SnapshotDialogProps) {
  const t = useT();
  const queryClient = useQueryClient();
  const { connection, tree, targetName } = subject;
  const snapshotId = subject.snapshotId ?? '';
  const service = runtime(connection).snapshots;
  const snap = tree.nodes.get(snapshotId);
  const snapshotName = snap?.name ?? snapshotId;
  const disksMode = action === 'rollbackDisks';
  const rollback = useSnapshotMutation(subject, action);
  const create = useSnapshotMutation(subject, 'create');

  const memoryOffered = tree.provider === 'vsd' && !disksMode && service.can(tree, 'rollbackWithMemory', snapshotId).allowed;
  const [withMemory, setWithMemory] = useState(memoryOffered && check.via === 'rollbackWithMemory');
  const [diskIds, setDiskIds] = useState<string[]>(() => snap?.disks.map((d) => d.diskId) ?? []);
  const [takeFirst, setTakeFirst] = useState(true);
  const [name, setName] = useState(defaultName);
  const [nameProblem, setNameProblem] = useState<string>();
  const [disksProblem, setDisksProblem] = useState<string>();
  /** The VM as powered off by this dialog (a second try does not power it off again). */
  const [stopped, setStopped] = useState<Vm>();
  /** A safety snapshot this dialog took (a second try does not take another). */
  const [taken, setTaken] = useState<string>();
  const [running, setRunning] = useState(false);
  const [steps, setSteps] = useState<Partial<Record<Step, StepState>>>({});
  const [failure, setFailure] = useState<{ step: 'powerOff' | 'snapshot'; error: unknown }>();
  const [results, setResults] = useState<readonly SnapshotPartResult[]>();

  // The model action sent: vsd per-disk or VM rollback (from memory when chosen); else what the check chose.
  const model: SnapshotAction = disksMode ? 'rollbackVolume' : tree.provider === 'vsd' ? (withMemory ? 'rollbackWithMemory' : 'rollback') : (check.via ?? 'rollback');
  const current = stopped ? withVm(tree, stopped) : tree;
  const evaluated = evaluate(current, model, snapshotId, (tr, a, id) => service.can(tr, a, id));
  // Powering off needs the VM as the VM list shows it; without it the rollback is refused for the VM's state.
  const evaluation: Evaluation = evaluated.allowed && evaluated.stopFirst && !vm ? { allowed: false, reason: { key: 'snapshot.reason.vmOff', params: { status: tree.target.vm?.providerStatus ?? '' } } } : evaluated;
  const stopFirst = evaluation.allowed && evaluation.stopFirst && !stopped;
  const createCheck = evaluate(current, 'create', undefined, (tr, a, id) => service.can(tr, a, id));
  const canTakeFirst = createCheck.allowed && taken === undefined;
  const snapshotFirst = canTakeFirst && takeFirst;
  const loss = useMemo(() => (snap ? lostOnRollback(tree, snapshotId) : undefined), [tree, snap, snapshotId]);
  const nameOf = (id: string) => tree.nodes.get(id)?.name ?? id;
  const volumeId = snap?.resource.kind === 'volume' ? snap.resource.id : undefined;

  const plan: Step[] = [...(stopFirst ? (['powerOff'] as const) : []), ...(snapshotFirst ? (['snapshot'] as const) : []), 'rollback'];
  const mark = (step: Step, state: StepState) => setSteps((s) => ({ ...s, [step]: state }));

  function validate(): boolean {
    let ok = true;
    if (snapshotFirst) {
      const trimmed = name.trim();
      const problem = !trimmed
        ? t('snapshots.rollback.nameRequired')
        : trimmed.length > NAME_MAX
          ? t('snapshots.rollback.nameTooLong', { max: NAME_MAX })
          : [...tree.nodes.values()].some((n) => n.name === trimmed)
            ? t('snapshots.rollback.nameTaken', { name: trimmed })
            : undefined;
      setNameProblem(problem);
      if (problem) ok = false;
    }
    if (disksMode && diskIds.length === 0) {
      setDisksProblem(t('snapshots.rollback.disksRequired'));
      ok = false;
    }
    return ok;
  }

  async function submit() {
    if (running || !evaluation.allowed || !validate()) return;
    setRunning(true);
    setFailure(undefined);
    setResults(undefined);
    rollback.reset();
    create.reset();
    setSteps(Object.fromEntries(plan.map((s) => [s, 'wait'])));
    try {
      let vmNow = stopped;
      if (stopFirst && vm) {
        mark('powerOff', 'process');
        try {
          vmNow = await powerOffAndWait(queryClient, connection, vm);
          setStopped(vmNow);
          mark('powerOff', 'finish');
        } catch (error) {
          mark('powerOff', 'error');
          setFailure({ step: 'powerOff', error });
          return;
        }
      }
      const sendTree = vmNow ? withVm(tree, vmNow) : tree;
      if (snapshotFirst) {
        mark('snapshot', 'process');
        const safetyName = name.trim();
        // Of the snapshot's own volume where the provider snapshots volumes (51idc disk backups, ZStack), else the VM.
        const made = await create.run(() => service.create({ ...sendTree.target, ...(volumeId ? { volumeId } : {}) }, { name: safetyName }), { kind: 'vm', id: tree.target.vmId, name: targetName });
        if (!made) {
          mark('snapshot', 'error');
          return;
        }
        const ended = await Promise.all(made.jobIds.map(jobEnded));
        const failed = ended.find((job) => job?.status === 'failed');
        if (failed) {
          mark('snapshot', 'error');
          setFailure({ step: 'snapshot', error: jobError(connection.provider, failed.error) });
          return;
        }
        setTaken(safetyName);
        mark('snapshot', 'finish');
      }
      mark('rollback', 'process');
      const input = disksMode ? { snapshotId, diskIds } : { snapshotId, ...(tree.provider === 'vsd' ? { withMemory } : {}) };
      const done = await rollback.run(() => service.rollback(sendTree, input), { kind: 'snapshot', id: snapshotId, name: `${targetName} → ${snapshotName}` });
      if (!done) {
        mark('rollback', 'error');
        return;
      }
      mark('rollback', 'finish');
      if (disksMode) setResults(done.parts ?? []);
      else onClose();
    } finally {
      setRunning(false);
    }
  }

  const refusal = rollback.error;
  // After a partial per-disk failure a second click sends only the disks that failed (state adjusted while
  // rendering, when the refusal changes: React's pattern for state derived from a new value).
  const [seenRefusal, setSeenRefusal] = useState(refusal);
  if (refusal !== seenRefusal) {
    setSeenRefusal(refusal);
    if (refusal instanceof SnapshotPartsError) setDiskIds(refusal.parts.filter((p) => !p.ok).map((p) => p.diskId));
  }
  const partResults = results ?? (refusal instanceof SnapshotPartsError ? refusal.parts : undefined);
  const stepTitle: Record<Step, string> = {
    powerOff: t('snapshots.rollback.stepPowerOff'),
    snapshot: t('snapshots.rollback.stepSnapshot'),
    rollback: t(disksMode ? 'snapshots.action.rollbackDisks' : 'snapshots.rollback.stepRollback'),
  };
  const finished = results !== undefined;

  return (
    <Modal
      open
      destroyOnHidden
      width={620}
      title={t(disksMode ? 'snapshots.rollback.titleDisks' : 'snapshots.rollback.title', { vm: targetName, snapshot: snapshotName })}
      okText={finished ? t('common.close') : t(stopFirst ? 'snapshots.rollback.submitStop' : 'snapshots.rollback.submit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: !finished, loading: running, disabled: !finished && !evaluation.allowed, 'data-testid': 'rollback-submit' } as never}
      cancelButtonProps={{ disabled: running, style: finished ? { display: 'none' } : undefined }}
      closable={!running}
      mask={{ closable: false }}
      keyboard={!running}
      onOk={() => (finished ? onClose() : void submit())}
      onCancel={() => !running && onClose()}
    >
      <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="rollback-dialog">
        <Descriptions size="small" column={1} bordered items={[
          { key: 'vm', label: t('snapshots.rollback.vm'), children: targetName },
          { key: 'snapshot', label: t('snapshots.rollback.snapshot'), children: snapshotName },
        ]} />

        <Alert
          type="warning"
          showIcon
          data-testid="rollback-loss"
          title={t('snapshots.rollback.lostTitle')}
          description={
            disksMode ? (
              t('snapshots.rollback.lostDisks')
            ) : loss ? (
              <Space orientation="vertical" size={4}>
                <span>
                  {loss.samePlace
                    ? t('snapshots.rollback.lostSamePlace', { name: snapshotName })
                    : loss.changesSince === undefined
                      ? t('snapshots.rollback.lostSinceNone')
                      : t('snapshots.rollback.lostSince', { name: nameOf(loss.changesSince) })}
                </span>
                {loss.leftBehind.length > 0 && <span data-testid="rollback-left-behind">{t('snapshots.rollback.leftBehind', { names: loss.leftBehind.map(nameOf).join(', ') })}</span>}
              </Space>
            ) : null
          }
        />

        {stopFirst && <Alert type="warning" showIcon data-testid="rollback-stop-first" title={t('snapshots.rollback.stopsFirst', { status: tree.target.vm?.providerStatus ?? '' })} />}
        {evaluation.allowed
          ? evaluation.notes.length > 0 && (
              <Alert type="info" showIcon data-testid="rollback-notes" title={<Space orientation="vertical" size={2}>{evaluation.notes.map((n) => <span key={n.key}>{t(n.key, n.params)}</span>)}</Space>} />
            )
          : <Alert type="error" showIcon title={t('snapshots.rollback.blocked', { reason: t(evaluation.reason.key, evaluation.reason.params) })} />}

        <Form layout="vertical" disabled={running || finished}>
          {memoryOffered && (
            <Form.Item extra={t('snapshots.rollback.memoryHint')} style={{ marginBottom: 8 }}>
              <Checkbox checked={withMemory} onChange={(e) => setWithMemory(e.target.checked)}>{t('snapshots.rollback.memory')}</Checkbox>
            </Form.Item>
          )}
          {disksMode && snap && (
            <Form.Item label={t('snapshots.rollback.disks')} validateStatus={disksProblem ? 'error' : undefined} help={disksProblem} style={{ marginBottom: 8 }}>
              <Checkbox.Group
                data-testid="rollback-disks"
                value={diskIds}
                onChange={(v) => {
                  setDiskIds(v);
                  setDisksProblem(undefined);
                }}
                options={snap.disks.map((d) => ({ value: d.diskId, label: `${d.diskName ?? d.diskId} (${d.diskId})` }))}
              />
            </Form.Item>
          )}
          {taken !== undefined ? (
            <Alert type="success" showIcon style={{ marginBottom: 8 }} title={t('snapshots.rollback.snapshotTaken', { name: taken })} />
          ) : createCheck.allowed ? (
            <>
              <Form.Item style={{ marginBottom: 8 }}>
                <Checkbox checked={takeFirst} onChange={(e) => setTakeFirst(e.target.checked)}>{t('snapshots.rollback.snapshotFirst')}</Checkbox>
              </Form.Item>
              {takeFirst && (
                <Form.Item label={t('snapshots.rollback.snapshotName')} htmlFor="rollback-snapshot-name" validateStatus={nameProblem ? 'error' : undefined} help={nameProblem} style={{ marginBottom: 8 }}>
                  <Input
                    id="rollback-snapshot-name"
                    value={name}
                    maxLength={NAME_MAX + 1}
                    onChange={(e) => {
                      setName(e.target.value);
                      setNameProblem(undefined);
                    }}
                  />
                </Form.Item>
              )}
            </>
          ) : (
            <Typography.Paragraph type="secondary" data-testid="rollback-no-snapshot-first">
              {t('snapshots.rollback.snapshotRefused', { reason: t(createCheck.reason.key, createCheck.reason.params) })}
            </Typography.Paragraph>
          )}
        </Form>

        {plan.length > 1 || Object.keys(steps).length > 1 ? (
          // What will be sent, in order; each step's state once sending starts (nothing more after a failed one).
          <Steps
            size="small"
            data-testid="rollback-steps"
            items={(Object.keys(steps).length > 1 ? (['powerOff', 'snapshot', 'rollback'] as const).filter((s) => steps[s] !== undefined) : plan).map((s) => ({ key: s, title: stepTitle[s], status: steps[s] ?? 'wait' }))}
          />
        ) : null}

        {failure?.step === 'powerOff' && (
          <Alert
            type="error"
            showIcon
            data-testid="rollback-failure"
            title={t('snapshots.rollback.stopFailedTitle')}
            description={failure.error instanceof PowerOffError ? t('snapshots.action.stopFailed', { status: failure.error.vm.providerStatus }) : <ProviderErrorView error={failure.error} />}
          />
        )}
        {(failure?.step === 'snapshot' || create.error !== null) && (
          <Alert type="error" showIcon data-testid="rollback-failure" title={t('snapshots.rollback.snapshotFailedTitle')} description={<ProviderErrorView error={failure?.error ?? create.error} />} />
        )}
        {refusal !== null && !(refusal instanceof SnapshotPartsError) && (
          <Alert type="error" showIcon data-testid="rollback-failure" title={t('snapshots.rollback.refusedTitle')} description={<ProviderErrorView error={refusal} />} />
        )}

        {partResults && (
          <Space orientation="vertical" style={{ width: '100%' }} data-testid="rollback-results">
            <Alert
              type={partResults.some((p) => !p.ok) ? 'error' : 'success'}
              showIcon
              title={
                partResults.some((p) => !p.ok)
                  ? t('snapshots.rollback.resultsPartial', { failed: partResults.filter((p) => !p.ok).length, total: partResults.length })
                  : t('snapshots.rollback.resultsAllOk', { total: partResults.length })
              }
            />
            <List
              size="small"
              bordered
              header={t('snapshots.rollback.resultsTitle')}
              dataSource={[...partResults]}
              renderItem={(p) => (
                <List.Item data-testid="rollback-disk-result" data-ok={String(p.ok)}>
                  <Space orientation="vertical" size={2} style={{ width: '100%' }}>
                    <Space>
                      <Typography.Text strong>{p.diskName ?? p.diskId}</Typography.Text>
                      <Tag color={p.ok ? 'success' : 'error'}>{t(p.ok ? 'snapshots.rollback.resultOk' : 'snapshots.rollback.resultFailed')}</Tag>
                    </Space>
                    {p.error && <ProviderErrorView error={p.error} />}
                  </Space>
                </List.Item>
              )}
            />
          </Space>
        )}
      </Space>
    </Modal>
  );
}
