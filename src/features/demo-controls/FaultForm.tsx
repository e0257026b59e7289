import { Button, Flex, Form, Input, InputNumber, Radio, Select, Slider } from 'antd';
import { PROVIDER_IDS, type ProviderId } from '@/api/provider';
import type { FaultRule } from '@/api/control/types';
import { useT } from '@/shared/i18n/useT';

type Effect = 'error' | 'latency' | 'timeout' | 'malformed';

interface FaultFormValues {
  provider: ProviderId;
  route?: string;
  method?: string;
  effect: Effect;
  latencyMs?: number;
  errorRate: number;
  code?: string;
  message?: string;
  status?: number;
  times?: number;
}

/** A provider's own error code and text that the demo can fail with by default. */
const EXAMPLE_ERROR: Record<ProviderId, { code: string; message: string; status?: number }> = {
  dbc: { code: '-1', message: 'list task timeout', status: 500 },
  idc51: { code: '5100', message: 'server busy', status: 503 },
  vsd: { code: '11057', message: 'not the master node' },
  zstack: { code: 'SYS.1000', message: 'An internal error happened', status: 503 },
};

export function toFaultRule(values: FaultFormValues): Omit<FaultRule, 'id'> {
  const rule: Omit<FaultRule, 'id'> = { provider: values.provider };
  if (values.route?.trim()) rule.route = values.route.trim();
  if (values.method) rule.method = values.method;
  if (values.latencyMs) rule.latencyMs = values.latencyMs;
  if (values.times) rule.times = values.times;
  if (values.effect !== 'latency') rule.errorRate = values.errorRate / 100;
  if (values.effect === 'timeout') rule.timeout = true;
  if (values.effect === 'malformed') rule.malformed = true;
  if (values.effect === 'error') {
    const example = EXAMPLE_ERROR[values.provider];
    rule.error = { code: values.code || example.code, message: values.message || example.message, status: values.status ?? example.status };
  }
  return rule;
}

export function FaultForm({ onAdd, pending }: { onAdd(rule: Omit<FaultRule, 'id'>): void; pending: boolean }) {
  const t = useT();
  const [form] = Form.useForm<FaultFormValues>();
  const effect = Form.useWatch('effect', form) ?? 'error';
  const provider = Form.useWatch('provider', form) ?? 'dbc';
  return (
    <Form<FaultFormValues>
      form={form}
      layout="vertical"
      size="small"
      initialValues={{ provider: 'dbc', effect: 'error', errorRate: 100 }}
      onFinish={(values) => onAdd(toFaultRule(values))}
      data-testid="fault-form"
    >
      <Flex gap={8}>
        <Form.Item name="provider" label={t('common.provider')} style={{ flex: 2 }}>
          <Select options={PROVIDER_IDS.map((value) => ({ value, label: t(`provider.${value}`) }))} />
        </Form.Item>
        <Form.Item name="method" label={t('demo.fault.method')} style={{ flex: 1 }}>
          <Select allowClear placeholder={t('demo.fault.anyMethod')} options={['GET', 'POST', 'PUT', 'DELETE'].map((value) => ({ value, label: value }))} />
        </Form.Item>
      </Flex>
      <Form.Item name="route" label={t('demo.fault.route')} extra={t('demo.fault.routeHelp')}>
        <Input allowClear placeholder={t('demo.fault.routePlaceholder')} />
      </Form.Item>
      <Form.Item name="effect" label={t('demo.fault.effect')}>
        <Radio.Group
          optionType="button"
          options={(['error', 'latency', 'timeout', 'malformed'] as const).map((value) => ({ value, label: t(`demo.fault.effect.${value}`) }))}
        />
      </Form.Item>
      <Flex gap={8}>
        <Form.Item name="latencyMs" label={t('demo.fault.latencyMs')} style={{ flex: 1 }}>
          <InputNumber min={0} max={120_000} step={250} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="times" label={t('demo.fault.times')} tooltip={t('demo.fault.timesHelp')} style={{ flex: 1 }}>
          <InputNumber min={1} max={1000} style={{ width: '100%' }} />
        </Form.Item>
      </Flex>
      {effect !== 'latency' && (
        <Form.Item name="errorRate" label={t('demo.fault.errorRate')}>
          <Slider min={1} max={100} />
        </Form.Item>
      )}
      {effect === 'error' && (
        <>
          <Flex gap={8}>
            <Form.Item name="code" label={t('demo.fault.code')} style={{ flex: 2 }}>
              <Input placeholder={t('demo.fault.examplePlaceholder', { example: EXAMPLE_ERROR[provider].code })} />
            </Form.Item>
            <Form.Item name="status" label={t('demo.fault.status')} style={{ flex: 1 }}>
              <InputNumber min={200} max={599} placeholder={String(EXAMPLE_ERROR[provider].status ?? 200)} style={{ width: '100%' }} />
            </Form.Item>
          </Flex>
          <Form.Item name="message" label={t('demo.fault.message')}>
            <Input placeholder={t('demo.fault.examplePlaceholder', { example: EXAMPLE_ERROR[provider].message })} />
          </Form.Item>
        </>
      )}
      <Button type="primary" htmlType="submit" loading={pending} data-testid="fault-add">
        {t('demo.addFault')}
      </Button>
    </Form>
  );
}
