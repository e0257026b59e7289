import { Alert, Button, Col, Form, Input, InputNumber, Radio, Row, Space } from 'antd';
import { useState } from 'react';
import { isProviderError } from '@/api/errors';
import type { Connection } from '@/domain/connections/types';
import type { MessageKey } from '@/i18n';
import { ProviderErrorView } from '@/shared/errors/ProviderErrorView';
import { useT } from '@/shared/i18n/useT';
import { withoutNulls } from '../actions/formProblems';
import { defaultCreateForm } from './defaults';
import { ImageField } from './ImageField';
import { fieldOfCreateError } from './mapCreateError';
import { useCreateVm } from './useCreateVm';
import { portWarnings, toCreateInput, validateCreateVm, type CreateVmField, type CreateVmForm as Values, type FieldProblem, type NodeLimits } from './validation';

const FIELDS: readonly CreateVmField[] = ['description', 'imageName', 'operatingSystem', 'biosMode', 'gpuCount', 'cpuCores', 'memoryGiB', 'diskGiB', 'sshPort', 'rdpPort', 'vncPort'];

interface Props {
  connection: Connection;
  nodeId: string;
  limits: NodeLimits;
  /** The image file to start with (?image= of a DBC image), instead of the node's first. */
  imageName?: string;
  onCreated(vmId: string): void;
}

/**
 * The create form, checked as the node checks it before anything is sent. A refused create keeps every field;
 * the node's message lands under the field it is about, else above the form with its code.
 */
export function CreateVmForm({ connection, nodeId, limits, imageName, onCreated }: Props) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const create = useCreateVm(connection);
  const [refusal, setRefusal] = useState<unknown>();
  const os = Form.useWatch('operatingSystem', form) ?? 'ubuntu';
  const windows = os === 'windows';
  const free = (value: number | undefined) => (value === undefined ? undefined : t('vms.create.free', { count: value }));

  /** Puts each field's problem (an error) and port warning under it, clearing what no longer applies; true if any error. */
  function check(fields: readonly CreateVmField[]): boolean {
    const values = withoutNulls(form.getFieldsValue(true)) as Values;
    const problems = validateCreateVm(values, limits);
    const warnings = portWarnings(values, limits);
    const say = (problem: FieldProblem | undefined) => (problem ? [t(problem.key, problem.params)] : []);
    form.setFields(fields.map((name) => ({ name, errors: say(problems[name]), warnings: say(warnings[name]) })));
    return fields.some((name) => problems[name] !== undefined);
  }

  // A field is checked when it is left; once it shows something, every change checks it again, so a fixed
  // error goes at once (and a field that still depends on it, like VNC on the login port, follows).
  function recheckShown() {
    const shown = FIELDS.filter((name) => form.getFieldError(name).length > 0 || form.getFieldWarning(name).length > 0);
    if (shown.length > 0) check(shown);
  }

  async function submit() {
    const values = withoutNulls(form.getFieldsValue(true)) as Values;
    if (check(FIELDS)) return;
    setRefusal(undefined);
    try {
      const { vmId } = await create.mutateAsync(toCreateInput(values, nodeId));
      onCreated(vmId);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const field = fieldOfCreateError(message, values);
      if (field) form.setFields([{ name: field, errors: [isProviderError(error) ? `${message} (${t('error.code', { code: error.code })})` : message] }]);
      else setRefusal(error);
    }
  }

  // No min/max on the inputs: clamping would hide the mistake; the validation says what is wrong instead.
  const number = (name: CreateVmField, label: MessageKey, extra?: string) => (
    <Form.Item name={name} label={t(label)} extra={extra} required>
      <InputNumber style={{ width: '100%' }} onBlur={() => check([name])} data-testid={`field-${name}`} />
    </Form.Item>
  );

  return (
    <Form<Values> form={form} layout="vertical" initialValues={{ ...defaultCreateForm(limits), ...(imageName ? { imageName } : {}) }} onFinish={() => void submit()} onValuesChange={recheckShown} data-testid="create-vm-form" style={{ maxWidth: 760 }}>
      {refusal !== undefined && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={t('vms.create.refused')} description={<ProviderErrorView error={refusal} />} data-testid="create-refused" />}
      <Form.Item name="description" label={t('vms.field.description')} extra={t('vms.create.descriptionHint')}>
        <Input maxLength={120} data-testid="field-description" />
      </Form.Item>
      <Form.Item name="imageName" label={t('vms.field.image')} extra={t('vms.create.imageHint')} required>
        <ImageField connection={connection} nodeId={nodeId} nodeImages={limits.images} onBlur={() => check(['imageName'])} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="operatingSystem" label={t('vms.field.os')} required>
            <Radio.Group optionType="button" options={[{ value: 'ubuntu', label: 'Ubuntu' }, { value: 'linux', label: 'Linux' }, { value: 'windows', label: 'Windows' }]} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="biosMode" label={t('vms.field.bios')} required>
            <Radio.Group optionType="button" options={[{ value: 'legacy', label: 'Legacy' }, { value: 'uefi', label: 'UEFI' }]} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={12} md={6}>{number('gpuCount', 'vms.field.gpuCount', free(limits.freeGpus))}</Col>
        <Col xs={12} md={6}>{number('cpuCores', 'vms.field.cpuCores', free(limits.freeCpuCores))}</Col>
        <Col xs={12} md={6}>{number('memoryGiB', 'vms.field.memoryGiB', free(limits.freeMemoryGiB))}</Col>
        <Col xs={12} md={6}>{number('diskGiB', 'vms.field.diskGiB', free(limits.freeDiskGiB))}</Col>
      </Row>
      {/* Wide enough for a warning that names another VM. */}
      <Row gutter={16}>
        <Col xs={24} md={12}>{windows ? number('rdpPort', 'vms.field.rdpPort') : number('sshPort', 'vms.field.sshPort')}</Col>
        <Col xs={24} md={12}>{number('vncPort', 'vms.field.vncPort', t('vms.create.vncHint'))}</Col>
      </Row>
      <Space style={{ marginTop: 8 }}>
        <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="create-submit">
          {t('vms.create.submit')}
        </Button>
      </Space>
    </Form>
  );
}
