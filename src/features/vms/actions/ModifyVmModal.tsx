import { Alert, Form, InputNumber, Modal, Select, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Connection } from '@/domain/connections/types';
import type { Vm } from '@/domain/vms/types';
import { ProviderErrorView } from '@/shared/errors/ProviderErrorView';
import { useT } from '@/shared/i18n/useT';
import { vmListQueryOptions } from '@/shared/vms/queries';
import { usedPorts } from '../create/ports';
import type { FieldProblem } from '../create/validation';
import { showProblems, withoutNulls } from './formProblems';
import { toModifyOptions, validateModify, type ModifyField, type ModifyVmForm } from './modifyValidation';
import { useVmAction } from './useVmAction';

type Values = { [K in keyof ModifyVmForm]: ModifyVmForm[K] | null };

const FIELDS: readonly ModifyField[] = ['sshPort', 'rdpPort', 'vncPort', 'customPorts', 'gpuCount', 'cpuCores', 'memoryGiB'];

/** DBC modify: ports, custom port ranges, GPU / CPU / memory; only filled fields change. A refusal keeps the form. */
export function ModifyVmModal({ connection, vm, onClose }: { connection: Connection; vm: Vm; onClose(): void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const action = useVmAction(connection, vm, { silent: true });
  const [formProblem, setFormProblem] = useState<FieldProblem>();
  const list = useQuery({ ...vmListQueryOptions(connection), meta: { silent: true } });
  const windows = /win/i.test(vm.os ?? '') || vm.login.some((l) => l.protocol === 'rdp');
  const neighbours = (list.data?.vms ?? []).filter((other) => other.location.id === vm.location.id);

  async function submit() {
    const values = withoutNulls(form.getFieldsValue()) as ModifyVmForm;
    const problems = validateModify(values, usedPorts(neighbours, vm.id));
    setFormProblem(problems.form);
    if (showProblems(form, FIELDS, problems, t) || problems.form) return;
    const outcome = await action.run('modify', { modify: toModifyOptions(values) });
    if (outcome) onClose();
  }

  return (
    <Modal
      open
      destroyOnHidden
      title={t('vms.modify.title', { name: vm.name })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: action.pending }}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">{t('vms.modify.hint')}</Typography.Paragraph>
      {formProblem && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t(formProblem.key, formProblem.params)} />}
      {action.error !== null && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={<ProviderErrorView error={action.error} />} />}
      <Form<Values> form={form} layout="vertical" onValuesChange={() => action.error !== null && action.reset()}>
        {windows ? (
          <Form.Item name="rdpPort" label={t('vms.field.rdpPort')}>
            <InputNumber style={{ width: '100%' }} min={1} max={65535} precision={0} />
          </Form.Item>
        ) : (
          <Form.Item name="sshPort" label={t('vms.field.sshPort')}>
            <InputNumber style={{ width: '100%' }} min={1} max={65535} precision={0} />
          </Form.Item>
        )}
        <Form.Item name="vncPort" label={t('vms.field.vncPort')}>
          <InputNumber style={{ width: '100%' }} min={5900} max={65535} precision={0} />
        </Form.Item>
        <Form.Item name="customPorts" label={t('vms.field.customPorts')} extra={t('vms.modify.customPortsHint')}>
          <Select mode="tags" tokenSeparators={[' ', ';']} open={false} suffixIcon={null} placeholder="tcp,8080" />
        </Form.Item>
        <Form.Item name="gpuCount" label={t('vms.field.gpuCount')}>
          <InputNumber style={{ width: '100%' }} min={0} precision={0} placeholder={vm.gpuCount === undefined ? undefined : String(vm.gpuCount)} />
        </Form.Item>
        <Form.Item name="cpuCores" label={t('vms.field.cpuCores')}>
          <InputNumber style={{ width: '100%' }} min={1} precision={0} placeholder={vm.cpuCores === undefined ? undefined : String(vm.cpuCores)} />
        </Form.Item>
        <Form.Item name="memoryGiB" label={t('vms.field.memoryGiB')}>
          <InputNumber style={{ width: '100%' }} min={1} precision={0} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
