import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Checkbox, Form, Input, Modal, Select, Space, Steps, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { defaultDiskChoice, diskChoicesOf, type DiskChoice } from '@/domain/snapshots/createChoices';
import { SNAPSHOT_NAME_RULES, checkSnapshotDescription, checkSnapshotName, defaultSnapshotName, takenNames } from '@/domain/snapshots/names';
import { snapshotTargetOf } from '@/domain/snapshots/target';
import type { CreateSnapshotInput, SnapshotTarget } from '@/domain/snapshots/types';
import type { Vm } from '@/domain/vms/types';
import type { Translate } from '@/i18n';
import { runtime } from '@/shared/connections/runtime';
import { ProviderErrorView } from '@/shared/errors/ProviderErrorView';
import { useT } from '@/shared/i18n/useT';
import { imageServersQueryOptions } from '@/shared/images/queries';
import type { SnapshotDialogProps } from './dialogs';
import { PowerOffError, powerOffAndWait } from './powerOff';
import { useSnapshotMutation } from './useSnapshotMutation';

/** The form's values are the create input itself; inputOf keeps only what this provider takes. */
type Values = CreateSnapshotInput;

/** Where "power off, then snapshot" is: the form, powering off, sending the create. */
type Phase = 'form' | 'stopping' | 'creating';

const diskLabel = (t: Translate, d: DiskChoice) =>
  `${d.name ?? d.id}${d.role ? ` (${t(d.role === 'root' ? 'snapshots.create.systemDisk' : 'snapshots.create.dataDisk')})` : ''}`;

/**
 * Take a snapshot of the VM (or volume): a name valid for the provider (prefilled), a description where the create
 * takes one, and the provider's own choices: vsd memory, DBC disks (2022 API) or image server, ZStack volumes
 * (one snapshot each), 51idc forced full backup. Where the VM must be off (DBC) and is not, the one button powers
 * it off, waits until it reads stopped and only then sends the create; nothing else is sent if it does not stop.
 */
export function CreateSnapshotDialog({ subject, check, vm, onClose }: SnapshotDialogProps) {
  const t = useT();
  const queryClient = useQueryClient();
  const { connection, tree, targetName } = subject;
  const provider = tree.provider;
  const service = runtime(connection).snapshots;
  const rules = SNAPSHOT_NAME_RULES[provider];
  const mutation = useSnapshotMutation(subject, 'create');
  const [form] = Form.useForm<Values>();
  const [phase, setPhase] = useState<Phase>('form');
  const [stopped, setStopped] = useState<Vm>();
  const [stopError, setStopError] = useState<unknown>();
  // The state that made the power-off necessary (the VM prop follows the VM while it shuts down).
  const [openedStatus] = useState(vm?.providerStatus ?? '');

  const eraC = connection.provider === 'dbc' && connection.options.era !== '2022';
  const servers = useQuery({ ...imageServersQueryOptions(connection), enabled: eraC });
  const memory = service.can(tree, 'createWithMemory');
  const offersMemory = provider === 'vsd';
  const disks = service.can(tree, 'chooseDisks').allowed ? diskChoicesOf(tree) : [];
  const chooseDisks = disks.length > 1 || (provider === 'dbc' && disks.length > 0);
  const chooseFull = service.can(tree, 'chooseFullOrIncremental').allowed;
  const stopFirst = Boolean(check.stopFirst && vm) && !stopped;
  const [initial] = useState<Values>(() => ({
    name: defaultSnapshotName(new Date(), rules.unique ? takenNames(tree) : undefined),
    description: '',
    withMemory: false,
    disks: defaultDiskChoice(tree, disks),
    full: false,
  }));

  // The first image server is chosen once the list arrives (the user may pick another).
  const firstServer = servers.data?.[0];
  useEffect(() => {
    if (firstServer !== undefined && form.getFieldValue('imageServer') === undefined) form.setFieldValue('imageServer', firstServer);
  }, [firstServer, form]);

  const nameRule = {
    validator: (_: unknown, value: string | undefined) => {
      const problem = checkSnapshotName(provider, value ?? '', takenNames(tree));
      return problem ? Promise.reject(new Error(t(problem.key, problem.params))) : Promise.resolve();
    },
  };
  const descriptionRule = {
    validator: (_: unknown, value: string | undefined) => {
      const problem = checkSnapshotDescription(provider, value ?? '');
      return problem ? Promise.reject(new Error(t(problem.key, problem.params))) : Promise.resolve();
    },
  };

  function inputOf(values: Values): CreateSnapshotInput {
    const description = values.description?.trim() ? values.description : undefined;
    return {
      name: values.name,
      ...(rules.descriptionOnCreate && description ? { description } : {}),
      ...(offersMemory && memory.allowed && values.withMemory ? { withMemory: true } : {}),
      ...(chooseDisks ? { disks: values.disks ?? [] } : {}),
      ...(chooseFull && values.full ? { full: true } : {}),
      ...(eraC && values.imageServer ? { imageServer: values.imageServer } : {}),
    };
  }

  async function submit() {
    if (phase !== 'form' || mutation.pending) return;
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    const input = inputOf(values);
    let target: SnapshotTarget = tree.target;
    setStopError(undefined);
    if (stopFirst && vm) {
      // Step 1: power off (its own tracked job); nothing else is sent unless the VM then reads stopped.
      setPhase('stopping');
      try {
        const now = await powerOffAndWait(queryClient, connection, vm);
        setStopped(now);
        target = { ...tree.target, vm: snapshotTargetOf(now).vm };
      } catch (error) {
        setStopError(error);
        setPhase('form');
        return;
      }
    } else if (stopped) {
      target = { ...tree.target, vm: snapshotTargetOf(stopped).vm };
    }
    setPhase('creating');
    const outcome = await mutation.run(() => service.create(target, input), { kind: tree.target.volumeId ? 'volume' : 'vm', id: tree.target.volumeId ?? tree.target.vmId, name: `${targetName} · ${input.name}` });
    setPhase('form');
    if (outcome) onClose();
  }

  const busy = phase !== 'form' || mutation.pending;
  const serverOptions = (servers.data ?? []).map((s) => ({ value: s, label: s }));
  const showSteps = Boolean(check.stopFirst && vm);
  const stepIndex = phase === 'stopping' ? 0 : stopped ? 1 : 0;
  const stepStatus = stopError !== undefined || (stopped && mutation.error !== null) ? 'error' : phase === 'form' && !stopped ? 'wait' : 'process';

  return (
    <Modal
      open
      destroyOnHidden
      mask={{ closable: !busy }}
      title={t('snapshots.create.title', { name: targetName })}
      okText={t(stopFirst ? 'snapshots.create.stopAndSubmit' : 'snapshots.create.submit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: busy, disabled: eraC && servers.isSuccess && serverOptions.length === 0, 'data-testid': 'snapshot-create-submit' } as never}
      cancelButtonProps={{ disabled: busy }}
      onOk={() => void submit()}
      onCancel={() => !busy && onClose()}
      closable={!busy}
    >
      <Space orientation="vertical" style={{ width: '100%' }} data-testid="snapshot-create-dialog">
        {check.stopFirst && vm && (
          <Alert
            type="warning"
            showIcon
            data-testid="snapshot-create-stop-first"
            title={stopped ? t('snapshots.create.stoppedNow', { name: vm.name }) : t('snapshots.create.mustStop', { name: vm.name, status: openedStatus })}
          />
        )}
        {showSteps && (
          <Steps
            size="small"
            current={stepIndex}
            status={stepStatus}
            data-testid="snapshot-create-steps"
            items={[
              { title: t('snapshots.create.step.stop'), description: phase === 'stopping' ? t('snapshots.action.stopping', { name: vm?.name ?? targetName }) : undefined },
              { title: t('snapshots.create.step.create') },
            ]}
          />
        )}
        {(check.notes ?? [])
          // Said by the power-off alert, or by the forced-full checkbox's hint.
          .filter((n) => n.key !== 'snapshots.action.stopsFirst' && !(chooseFull && n.key === 'snapshot.note.providerDecidesKind'))
          .map((n) => (
            <Alert key={n.key} type="info" showIcon title={t(n.key, n.params)} />
          ))}
        {stopError !== undefined && (
          <Alert
            type="error"
            showIcon
            data-testid="snapshot-create-stop-error"
            title={stopError instanceof PowerOffError ? t('snapshots.action.stopFailed', { status: stopError.vm.providerStatus }) : t('snapshots.create.stopRefused')}
            description={stopError instanceof PowerOffError ? undefined : <ProviderErrorView error={stopError} />}
          />
        )}
        {mutation.error !== null && (
          <Alert type="error" showIcon data-testid="snapshot-create-error" title={t('snapshots.create.refused')} description={<ProviderErrorView error={mutation.error} />} />
        )}
        <Form<Values> form={form} layout="vertical" initialValues={initial} disabled={busy} onValuesChange={() => mutation.error !== null && mutation.reset()}>
          <Form.Item name="name" label={t('snapshots.field.name')} rules={[nameRule]} extra={t(`snapshots.name.rules.${provider}`)} validateTrigger={['onChange', 'onBlur']}>
            <Input autoFocus />
          </Form.Item>
          {rules.descriptionOnCreate ? (
            <Form.Item name="description" label={t('snapshots.field.description')} rules={[descriptionRule]}>
              <Input.TextArea rows={2} />
            </Form.Item>
          ) : (
            <Typography.Paragraph type="secondary">{t('snapshots.create.noDescription')}</Typography.Paragraph>
          )}
          {offersMemory && (
            <Form.Item name="withMemory" valuePropName="checked" extra={memory.allowed ? t('snapshots.create.memoryHint') : t(memory.reason.key, memory.reason.params)}>
              <Checkbox disabled={!memory.allowed} data-testid="snapshot-create-memory">
                {t('snapshots.create.memory')}
              </Checkbox>
            </Form.Item>
          )}
          {chooseDisks && (
            <Form.Item
              name="disks"
              label={t(provider === 'zstack' ? 'snapshots.create.volumes' : 'snapshots.create.disks')}
              extra={t(provider === 'zstack' ? 'snapshots.create.volumesHint' : 'snapshots.create.disksHint')}
              rules={[{ validator: (_: unknown, v: string[] | undefined) => (v?.length ? Promise.resolve() : Promise.reject(new Error(t('snapshots.create.disksRequired')))) }]}
            >
              <Checkbox.Group options={disks.map((d) => ({ value: d.id, label: diskLabel(t, d) }))} />
            </Form.Item>
          )}
          {chooseFull && (
            <Form.Item name="full" valuePropName="checked" extra={t('snapshots.create.fullHint')}>
              <Checkbox data-testid="snapshot-create-full">{t('snapshots.create.full')}</Checkbox>
            </Form.Item>
          )}
          {eraC && (
            <Form.Item
              name="imageServer"
              label={t('snapshots.create.imageServer')}
              extra={t('snapshots.create.imageServerHint')}
              rules={[{ required: true, message: t('snapshots.create.imageServerRequired') }]}
              validateStatus={servers.isError ? 'error' : undefined}
              help={servers.isError ? <ProviderErrorView error={servers.error} /> : servers.isSuccess && !serverOptions.length ? t('snapshots.create.noImageServer') : undefined}
            >
              <Select aria-label={t('snapshots.create.imageServer')} loading={servers.isPending} options={serverOptions} data-testid="snapshot-create-image-server" />
            </Form.Item>
          )}
        </Form>
      </Space>
    </Modal>
  );
}
