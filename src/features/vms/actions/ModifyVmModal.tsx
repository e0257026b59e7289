import { Alert, Form, InputNumber, Modal, Select, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Connection } from '@/domain/connections/types';
import type { Vm } from '@/domain/vms/types';
import { isProviderError } from '@/api/errors';
import { ProviderErrorView } from '@/shared/errors/ProviderErrorView';
import { useT } from '@/shared/i18n/useT';
import { vmListQueryOptions } from '@/shared/vms/queries';
import { fieldOfNodeMessage } from '../create/mapCreateError';
import { dormantPorts, usedPorts } from '../create/ports';
import type { FieldProblem } from '../create/validation';
import { clearProblemsOf, showProblems, withoutNulls } from './formProblems';
import { modifyPortWarnings, toModifyOptions, validateModify, type ModifyField, type ModifyVmForm } from './modifyValidation';
import { useVmAction } from './useVmAction';

type Values = { [K in keyof ModifyVmForm]: ModifyVmForm[K] | null };

const FIELDS: readonly ModifyField[] = ['sshPort', 'rdpPort', 'vncPort', 'customPorts', 'gpuCount', 'cpuCores', 'memoryGiB'];
const PORT_FIELDS = ['sshPort', 'rdpPort', 'vncPort'] as const;

/** DBC modify: ports, custom port ranges, GPU / CPU / memory; only filled fields change. A refusal keeps the form. */
export function ModifyVmModal({ connection, vm, onClose }: { connection: Connection; vm: Vm; onClose(): void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const action = useVmAction(connection, vm, { silent: true });
  const [formProblem, setFormProblem] = useState<FieldProblem>();
  const list = useQuery({ ...vmListQueryOptions(connection), meta: { silent: true } });
  const windows = /win/i.test(vm.os ?? '') || vm.login.some((l) => l.protocol === 'rdp');
  const neighbours = (list.data?.vms ?? []).filter((other) => other.location.id === vm.location.id);

  // A refusal about one field shows under it (the node names it: "allocate mem failed"), else above the form.
  const refusal = action.error;
  const refusalText = refusal === null ? undefined : isProviderError(refusal) ? `${refusal.message} (${t('error.code', { code: refusal.code })})` : refusal.message;
  const refusalField = refusal === null ? undefined : fieldOfNodeMessage(refusal.message, FIELDS);
  const refused = (name: ModifyField) => (name === refusalField ? { validateStatus: 'error' as const, help: refusalText } : {});

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
      okButtonProps={{ loading: action.pending, 'data-testid': 'modify-submit' } as never}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">{t('vms.modify.hint')}</Typography.Paragraph>
      {formProblem && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t(formProblem.key, formProblem.params)} />}
      {refusal !== null && refusalField === undefined && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={<ProviderErrorView error={refusal} />} />}
      {/* No min/max on the inputs: clamping would hide the mistake; the validation says what is wrong instead. */}
      <Form<Values> form={form} layout="vertical" onValuesChange={(changed: Partial<Values>, all: Values) => {
          clearProblemsOf(form, changed);
          // Said while typing, before Save closes the dialog: a stopped VM's port is allowed but named.
          const warnings = modifyPortWarnings(withoutNulls(all) as ModifyVmForm, dormantPorts(neighbours, vm.id));
          form.setFields(PORT_FIELDS.map((name) => ({ name, warnings: warnings[name] ? [t(warnings[name].key, warnings[name].params)] : [] })));
          if (action.error !== null) action.reset();
        }}>
        {windows ? (
          <Form.Item name="rdpPort" {...refused('rdpPort')} label={t('vms.field.rdpPort')}>
            <InputNumber style={{ width: '100%' }} />
          </Form.Item>
        ) : (
          <Form.Item name="sshPort" {...refused('sshPort')} label={t('vms.field.sshPort')}>
            <InputNumber style={{ width: '100%' }} />
          </Form.Item>
        )}
        <Form.Item name="vncPort" {...refused('vncPort')} label={t('vms.field.vncPort')}>
          <InputNumber style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="customPorts" {...refused('customPorts')} label={t('vms.field.customPorts')} extra={t('vms.modify.customPortsHint')}>
          <Select mode="tags" tokenSeparators={[' ', ';']} open={false} suffixIcon={null} placeholder="tcp,8080" />
        </Form.Item>
        <Form.Item name="gpuCount" {...refused('gpuCount')} label={t('vms.field.gpuCount')}>
          <InputNumber style={{ width: '100%' }} placeholder={vm.gpuCount === undefined ? undefined : String(vm.gpuCount)} />
        </Form.Item>
        <Form.Item name="cpuCores" {...refused('cpuCores')} label={t('vms.field.cpuCores')}>
          <InputNumber style={{ width: '100%' }} placeholder={vm.cpuCores === undefined ? undefined : String(vm.cpuCores)} />
        </Form.Item>
        <Form.Item name="memoryGiB" {...refused('memoryGiB')} label={t('vms.field.memoryGiB')}>
          <InputNumber style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
