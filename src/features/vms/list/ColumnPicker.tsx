import { SettingOutlined } from '@ant-design/icons';
import { Button, Checkbox, Popover, Space } from 'antd';
import type { MessageKey } from '@/i18n';
import { useT } from '@/shared/i18n/useT';
import { usePreferences } from '@/shared/preferences/store';
import { HIDEABLE_COLUMNS } from './vmColumns';

export const VM_TABLE_ID = 'vms';
const EMPTY: string[] = [];

export function useHiddenVmColumns(): string[] {
  return usePreferences((state) => state.hiddenColumns[VM_TABLE_ID] ?? EMPTY);
}

const LABELS: Record<(typeof HIDEABLE_COLUMNS)[number], MessageKey> = {
  provider: 'common.provider',
  location: 'vms.col.location',
  status: 'common.status',
  resources: 'vms.col.resources',
  created: 'vms.col.created',
  login: 'vms.col.login',
};

/** Show or hide columns; remembered in the preferences (per browser). */
export function ColumnPicker() {
  const t = useT();
  const hidden = useHiddenVmColumns();
  const setHidden = usePreferences((state) => state.setHiddenColumns);
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      title={t('vms.columns')}
      content={
        <Checkbox.Group
          value={HIDEABLE_COLUMNS.filter((key) => !hidden.includes(key))}
          onChange={(shown) => setHidden(VM_TABLE_ID, HIDEABLE_COLUMNS.filter((key) => !shown.includes(key)))}
        >
          <Space orientation="vertical">
            {HIDEABLE_COLUMNS.map((key) => (
              <Checkbox key={key} value={key} data-testid={`column-${key}`}>
                {t(LABELS[key])}
              </Checkbox>
            ))}
          </Space>
        </Checkbox.Group>
      }
    >
      <Button icon={<SettingOutlined />} data-testid="column-picker">{t('vms.columns')}</Button>
    </Popover>
  );
}
