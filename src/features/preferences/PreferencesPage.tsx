import { Card, Form, InputNumber } from 'antd';
import { useT } from '@/shared/i18n/useT';
import { LanguageSelect, ThemeSegmented } from '@/shared/preferences/Controls';
import { usePreferences } from '@/shared/preferences/store';

export function PreferencesPage() {
  const t = useT();
  const stallMinutes = usePreferences((state) => state.stallMinutes);
  const setStallMinutes = usePreferences((state) => state.setStallMinutes);
  return (
    <Card title={t('preferences.title')} style={{ maxWidth: 640 }}>
      <Form layout="horizontal" labelCol={{ span: 6 }}>
        <Form.Item label={t('preferences.language')}>
          <LanguageSelect width={200} />
        </Form.Item>
        <Form.Item label={t('preferences.theme')}>
          <ThemeSegmented withLabels />
        </Form.Item>
        <Form.Item label={t('preferences.stallMinutes')}>
          <InputNumber
            aria-label={t('preferences.stallMinutes')}
            min={1}
            max={120}
            precision={0}
            value={stallMinutes}
            onChange={(value) => value !== null && setStallMinutes(value)}
            suffix={t('preferences.stallMinutesUnit')}
            style={{ width: 200 }}
          />
        </Form.Item>
      </Form>
    </Card>
  );
}
