import { DeleteOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Divider, Drawer, Empty, Flex, List, Popconfirm, Segmented, Select, Space, Switch, Tag, Typography } from 'antd';
import { useState } from 'react';
import { PROVIDER_IDS } from '@/api/provider';
import type { DatasetName, FaultRule } from '@/api/control/types';
import type { MessageKey, Translate } from '@/i18n';
import { reportSuccess } from '@/shared/errors/notify';
import { ProviderErrorView } from '@/shared/errors/ProviderErrorView';
import { useT } from '@/shared/i18n/useT';
import { FaultForm } from './FaultForm';
import { useDemoControls } from './useDemoControls';

const TIME_SCALES = [
  { value: 1, label: 'demo.timeScale.real' },
  { value: 0.02, label: 'demo.timeScale.demo' },
  { value: 0.002, label: 'demo.timeScale.fast' },
  { value: 0.0001, label: 'demo.timeScale.instant' },
] as const satisfies ReadonlyArray<{ value: number; label: MessageKey }>;

function faultSummary(rule: FaultRule, t: Translate): string {
  const parts: string[] = [];
  if (rule.error) parts.push(`${rule.error.code ?? ''} ${rule.error.message ?? ''}`.trim());
  if (rule.timeout) parts.push(t('demo.fault.effect.timeout'));
  if (rule.malformed) parts.push(t('demo.fault.effect.malformed'));
  if (rule.latencyMs) parts.push(t('demo.fault.summary.latency', { ms: rule.latencyMs }));
  if (rule.errorRate !== undefined && rule.errorRate < 1) parts.push(t('demo.fault.summary.rate', { rate: Math.round(rule.errorRate * 100) }));
  if (rule.times) parts.push(t('demo.fault.summary.times', { times: rule.times }));
  return parts.join(' · ');
}

/** Fault injection, time, dataset and reset for the emulators; shown only while a demo connection is active. */
export default function DemoControlsDrawer({ open, onClose }: { open: boolean; onClose(): void }) {
  const t = useT();
  const controls = useDemoControls(open);
  const state = controls.state.data;
  // What "Reset demo data" clears besides the data: both by default (a reset is a fresh start), either kept on request.
  const [clear, setClear] = useState({ faults: true, flags: true });

  return (
    <Drawer open={open} onClose={onClose} size={520} title={t('demo.title')} data-testid="demo-controls">
      <Typography.Paragraph type="secondary">{t('demo.subtitle')}</Typography.Paragraph>
      {controls.state.isError && <Alert type="error" showIcon title={t('demo.unavailable')} description={<ProviderErrorView error={controls.state.error} />} />}
      {state && (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Card size="small" title={t('demo.data')}>
            <Flex gap={12} align="center" wrap>
              <Typography.Text>{t('demo.dataset')}</Typography.Text>
              <Segmented<DatasetName>
                value={state.dataset}
                onChange={(dataset) => controls.reset.mutate({ dataset })}
                options={[
                  { value: 'demo', label: t('demo.dataset.demo') },
                  { value: 'large', label: t('demo.dataset.large') },
                ]}
              />
              <Popconfirm
                title={t('demo.resetConfirm')}
                description={
                  <Space orientation="vertical" size={2} data-testid="demo-reset-also">
                    <Typography.Text type="secondary">{t('demo.resetAlso')}</Typography.Text>
                    <Checkbox checked={clear.faults} onChange={(event) => setClear({ ...clear, faults: event.target.checked })}>
                      {t('demo.resetFaults', { count: state.faults.length })}
                    </Checkbox>
                    <Checkbox checked={clear.flags} onChange={(event) => setClear({ ...clear, flags: event.target.checked })}>
                      {t('demo.resetSessions')}
                    </Checkbox>
                  </Space>
                }
                okText={t('demo.reset')}
                okButtonProps={{ danger: true }}
                cancelText={t('common.cancel')}
                onConfirm={() =>
                  controls.reset.mutate({ keepFaults: !clear.faults, keepFlags: !clear.flags }, { onSuccess: () => reportSuccess(t('demo.resetDone')) })
                }
              >
                <Button danger loading={controls.reset.isPending} data-testid="demo-reset">{t('demo.reset')}</Button>
              </Popconfirm>
            </Flex>
          </Card>
          <Card size="small" title={t('demo.time')}>
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Typography.Text>{t('demo.timeScale')}</Typography.Text>
              <Select
                value={state.timeScale}
                style={{ width: '100%' }}
                onChange={(timeScale) => controls.settings.mutate({ timeScale })}
                options={TIME_SCALES.map((scale) => ({ value: scale.value, label: t(scale.label) }))}
                data-testid="demo-time-scale"
              />
              <Space>
                <Switch checked={state.strictAuth} onChange={(strictAuth) => controls.settings.mutate({ strictAuth })} />
                <Typography.Text>{t('demo.strictAuth')}</Typography.Text>
              </Space>
            </Space>
          </Card>
          <Card size="small" title={t('demo.providers')}>
            {PROVIDER_IDS.map((provider) => (
              <Flex key={provider} justify="space-between" align="center" gap={8} style={{ padding: '6px 0' }}>
                <Tag>{t(`provider.${provider}`)}</Tag>
                <Space>
                  <Switch
                    size="small"
                    checked={Boolean(state.flags[provider]?.jobFailsHalfway)}
                    onChange={(jobFailsHalfway) => controls.setFlags.mutate({ provider, flags: { jobFailsHalfway } })}
                    aria-label={`${t('demo.jobFailsHalfway')} ${provider}`}
                  />
                  <Typography.Text style={{ fontSize: 12 }}>{t('demo.jobFailsHalfway')}</Typography.Text>
                  <Button
                    size="small"
                    onClick={() => controls.setFlags.mutate({ provider, flags: { sessionExpired: true } }, { onSuccess: () => reportSuccess(t('demo.sessionExpired')) })}
                  >
                    {t('demo.expireSession')}
                  </Button>
                </Space>
              </Flex>
            ))}
            <Flex justify="space-between" align="center" gap={8} style={{ padding: '6px 0' }}>
              <Tag>{t('provider.dbc')}</Tag>
              <Space>
                <Switch
                  size="small"
                  checked={Boolean(state.flags.dbc?.transferStalls)}
                  onChange={(transferStalls) => controls.setFlags.mutate({ provider: 'dbc', flags: { transferStalls } })}
                  aria-label={t('demo.transferStalls')}
                />
                <Typography.Text style={{ fontSize: 12 }}>{t('demo.transferStalls')}</Typography.Text>
              </Space>
            </Flex>
          </Card>
          <Card
            size="small"
            title={t('demo.faults')}
            extra={state.faults.length > 0 && <Button size="small" onClick={() => controls.clearFaults.mutate()}>{t('demo.clearFaults')}</Button>}
          >
            {state.faults.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('demo.noFaults')} />
            ) : (
              <List
                size="small"
                data-testid="fault-list"
                dataSource={state.faults}
                renderItem={(rule) => (
                  <List.Item actions={[<Button key="x" size="small" type="text" danger icon={<DeleteOutlined />} onClick={() => controls.removeFault.mutate(rule.id)} aria-label={t('common.remove')} />]}>
                    <List.Item.Meta
                      title={<Space size={4}><Tag>{t(`provider.${rule.provider}`)}</Tag>{rule.method && <Tag>{rule.method}</Tag>}<Typography.Text code>{rule.route || t('demo.fault.everyRoute')}</Typography.Text></Space>}
                      description={faultSummary(rule, t)}
                    />
                  </List.Item>
                )}
              />
            )}
            <Divider style={{ margin: '12px 0' }} />
            <FaultForm pending={controls.addFault.isPending} onAdd={(rule) => controls.addFault.mutate(rule)} />
          </Card>
        </Space>
      )}
    </Drawer>
  );
}
